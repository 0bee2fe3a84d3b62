#pragma once

#include "CommitteeStore.h"
#include "common/Result.h"
#include "ledger/LedgerStore.h"
#include "programme/Programme.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace guichet {

// A decision of the préfet that differs from the committee's avis (another amount, a refusal
// after a favourable avis, an attribution after another), with its reason (required).
struct DecisionOverride
{
    qint64 dossier = 0;
    Movement::Kind kind = Movement::Kind::Attribution; // Attribution, Refus or SansSuite
    std::optional<Cents> amount;                       // an attribution's; the avis' when none
    QString reason;
};

// Whether the decision `kind` (of `amount` for an attribution) is what `avis` called for: an
// attribution of the avis' amount after a favourable avis, a refusal after an unfavourable one.
// Any other decision differs from the avis and needs its reason.
bool decisionFollowsAvis(const Avis& avis, Movement::Kind kind, Cents amount);

// « Prendre les décisions » on a validated session.
struct SessionDecisionRequest
{
    int session = 0;
    QDate date;            // the decisions' date; today when invalid
    QString justification; // required when the decisions together go over the envelope
    QList<DecisionOverride> overrides;
};

struct SessionDecisionReport
{
    QList<Movement> movements; // the decisions written, in agenda order
    Cents committed = 0;       // what they commit together
};

// Turns a validated session's avis into the préfet's decisions in the ledger, and undoes them.
// Each favourable avis on a dossier without a decision in force becomes an attribution of its
// amount (unless overridden); an override adds or changes a decision with its reason. All are
// written through the ledger's one decision path (LedgerStore::write: the decision rules, an
// audit row each) in one transaction: all or none. The envelope's guard applies to the
// decisions as a whole: over the envelope without a justification, refused, nothing decided.
class SessionDecisions
{
public:
    SessionDecisions(QSqlDatabase db, const Programme& programme, QString actor);

    // The decisions `request` would write, checked, without writing (what the confirmation
    // dialog lists).
    Result<QList<DecisionRequest>> plan(const SessionDecisionRequest& request) const;
    Result<SessionDecisionReport> take(const SessionDecisionRequest& request);
    // Undoes the decisions of `session` still in force: each is cancelled in the ledger (a
    // movement with `reason`; refused once a payment was made on it), all or none. What the
    // UI's undo of « Prendre les décisions » calls; taking them again is its redo.
    Result<QList<Movement>> undo(int session, const QString& reason);

private:
    CommitteeStore m_store;
    const Programme& m_programme;
    QString m_actor;
};

} // namespace guichet
