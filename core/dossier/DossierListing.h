#pragma once

#include "Dossier.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace guichet {
class EnvelopeOverview;
class InstructionOverview;
struct DossierInstruction;
struct DossierMoney;
struct SessionAvis;
} // namespace guichet

namespace guichet::listing {

// The scripting view of a dossier: snake_case keys, amounts in integer cents with a _cents
// suffix, dates in ISO 8601, and what instruction says of it (eligibility verdict,
// consolidated score out of 100, rank), and its money (proposed amount and its basis in
// words, decision, amount decided and paid), and the committee's latest avis on it with its
// session's number. Later capabilities add their keys here.
QJsonObject toJson(const Dossier& dossier, const DossierInstruction* instruction,
                   const DossierMoney* money = nullptr, const SessionAvis* avis = nullptr);
// `avis`: each dossier's latest avis (CommitteeStore::latestAvis()).
QByteArray toJsonDocument(const QList<Dossier>& dossiers, const InstructionOverview& overview,
                          const EnvelopeOverview* envelope = nullptr,
                          const QHash<qint64, SessionAvis>* avis = nullptr);
// The same keys as CSV columns (comma separated, UTF-8, quoted where needed).
QByteArray toCsv(const QList<Dossier>& dossiers, const InstructionOverview& overview,
                 const EnvelopeOverview* envelope = nullptr,
                 const QHash<qint64, SessionAvis>* avis = nullptr);

} // namespace guichet::listing
