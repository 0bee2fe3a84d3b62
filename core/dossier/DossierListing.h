#pragma once

#include "Dossier.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace guichet {
class EnvelopeOverview;
class InstructionOverview;
struct DossierInstruction;
struct DossierMoney;
} // namespace guichet

namespace guichet::listing {

// The scripting view of a dossier: snake_case keys, amounts in integer cents with a _cents
// suffix, dates in ISO 8601, and what instruction says of it (eligibility verdict,
// consolidated score out of 100, rank), and its money (proposed amount and its basis in
// words, decision, amount decided and paid). Later capabilities add their keys here.
QJsonObject toJson(const Dossier& dossier, const DossierInstruction* instruction,
                   const DossierMoney* money = nullptr);
QByteArray toJsonDocument(const QList<Dossier>& dossiers, const InstructionOverview& overview,
                          const EnvelopeOverview* envelope = nullptr);
// The same keys as CSV columns (comma separated, UTF-8, quoted where needed).
QByteArray toCsv(const QList<Dossier>& dossiers, const InstructionOverview& overview,
                 const EnvelopeOverview* envelope = nullptr);

} // namespace guichet::listing
