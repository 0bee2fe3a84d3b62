#pragma once

#include "Dossier.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace guichet {
class InstructionOverview;
struct DossierInstruction;
} // namespace guichet

namespace guichet::listing {

// The scripting view of a dossier: snake_case keys, amounts in integer cents with a _cents
// suffix, dates in ISO 8601, and what instruction says of it (eligibility verdict,
// consolidated score out of 100, rank). Later capabilities add their keys here.
QJsonObject toJson(const Dossier& dossier, const DossierInstruction* instruction);
QByteArray toJsonDocument(const QList<Dossier>& dossiers, const InstructionOverview& overview);
// The same keys as CSV columns (comma separated, UTF-8, quoted where needed).
QByteArray toCsv(const QList<Dossier>& dossiers, const InstructionOverview& overview);

} // namespace guichet::listing
