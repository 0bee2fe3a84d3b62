#pragma once

#include "Dossier.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace guichet {
struct Programme;
}

namespace guichet::listing {

// The scripting view of a dossier: snake_case keys, amounts in integer cents with a _cents
// suffix, dates in ISO 8601, and what instruction derives from the programme (eligibility).
// Later capabilities add their keys here.
QJsonObject toJson(const Dossier& dossier, const Programme& programme);
QByteArray toJsonDocument(const QList<Dossier>& dossiers, const Programme& programme);
// The same keys as CSV columns (comma separated, UTF-8, quoted where needed).
QByteArray toCsv(const QList<Dossier>& dossiers, const Programme& programme);

} // namespace guichet::listing
