#pragma once

#include "Dossier.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace guichet::listing {

// The scripting view of a dossier: snake_case keys, amounts in integer cents with a _cents
// suffix, dates in ISO 8601. Later capabilities add their keys here.
QJsonObject toJson(const Dossier& dossier);
QByteArray toJsonDocument(const QList<Dossier>& dossiers);
// The same keys as CSV columns (comma separated, UTF-8, quoted where needed).
QByteArray toCsv(const QList<Dossier>& dossiers);

} // namespace guichet::listing
