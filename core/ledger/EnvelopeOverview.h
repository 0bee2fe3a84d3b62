#pragma once

#include "AmountRules.h"
#include "LedgerState.h"
#include "common/Result.h"
#include "instruction/Eligibility.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace guichet {

// The money of one dossier: what is proposed for it (and why) and where the ledger stands.
struct DossierMoney
{
    QString subaxis;
    std::optional<ProposedAmount> proposal; // none: ineligible, closed, or no rule applies
    DossierLedger ledger;

    Cents proposed() const { return proposal ? proposal->amount : 0; }
    // Proposed but not yet decided: what the next committees may commit.
    bool isPending() const { return proposal && ledger.decision == DossierLedger::Decision::None; }
};

// Balances of the envelope, overall or for one sub-axis (which has no envelope of its own:
// `envelope` is then empty, and so is remaining()).
struct EnvelopeBalance
{
    std::optional<Cents> envelope;
    Cents proposed = 0; // proposed, not yet decided
    Cents committed = 0;
    Cents paid = 0;

    std::optional<Cents> remaining() const
    {
        return envelope ? std::optional(*envelope - committed) : std::nullopt;
    }
};

struct Balances
{
    EnvelopeBalance overall;
    QMap<QString, EnvelopeBalance> bySubaxis; // every sub-axis of the programme
    QMap<QString, MonthFlow> byMonth;         // "2021-09", by the movements' dates
};

// The envelope of a workspace at one moment: every dossier's proposal and ledger state and the
// balances, computed in one pass (`guichet envelope`, `guichet dossiers`, the dashboard and the
// scenarios read the same figures from here).
class EnvelopeOverview
{
public:
    // `verdicts`: each dossier's eligibility (a dossier missing from it counts as eligible).
    static EnvelopeOverview compute(const QList<Dossier>& dossiers, const Programme& programme,
                                    const QHash<qint64, EligibilityAssessment::Verdict>& verdicts,
                                    LedgerState ledger);
    enum class Detail
    {
        PerDossier,  // all() and find() answer for every dossier
        BalancesOnly // only balances(): what `guichet envelope` needs, faster
    };
    // Reads the dossiers, the instructors' eligibility decisions and the ledger from `db`.
    static Result<EnvelopeOverview> load(QSqlDatabase db, const Programme& programme,
                                         Detail detail = Detail::PerDossier);

    const DossierMoney* find(qint64 dossier) const;
    const QHash<qint64, DossierMoney>& all() const { return m_dossiers; }
    const Balances& balances() const { return m_balances; }
    const LedgerState& ledger() const { return m_ledger; }

private:
    using VerdictOf = std::function<EligibilityAssessment::Verdict(const Dossier&)>;
    // With BalancesOnly, eligibility is asked only of the dossiers not yet decided.
    static EnvelopeOverview build(const QList<Dossier>& dossiers, const Programme& programme,
                                  const VerdictOf& verdictOf, LedgerState ledger, Detail detail);

    QHash<qint64, DossierMoney> m_dossiers;
    Balances m_balances;
    LedgerState m_ledger;
};

} // namespace guichet
