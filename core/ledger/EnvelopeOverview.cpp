#include "EnvelopeOverview.h"

#include "LedgerStore.h"
#include "dossier/DossierRepository.h"
#include "instruction/InstructionStore.h"

namespace guichet {

namespace {
// A dossier DS closed (refused, classé sans suite) or that was archived is proposed nothing.
bool isClosedOnDs(const Dossier& d)
{
    return d.archived || d.state == DossierState::Refuse || d.state == DossierState::SansSuite;
}
} // namespace

EnvelopeOverview
EnvelopeOverview::compute(const QList<Dossier>& dossiers, const Programme& programme,
                          const QHash<qint64, EligibilityAssessment::Verdict>& verdicts,
                          LedgerState ledger)
{
    return build(
        dossiers, programme,
        [&](const Dossier& d) {
            return verdicts.value(d.number, EligibilityAssessment::Verdict::Eligible);
        },
        std::move(ledger), Detail::PerDossier);
}

EnvelopeOverview EnvelopeOverview::build(const QList<Dossier>& dossiers, const Programme& programme,
                                         const VerdictOf& verdictOf, LedgerState ledger,
                                         Detail detail)
{
    EnvelopeOverview overview;
    overview.m_ledger = std::move(ledger);
    Balances& b = overview.m_balances;
    const LedgerTotals totals = overview.m_ledger.totals();
    b.overall = {totals.envelope, 0, totals.committed, totals.paid};
    for (const SubAxis& axis : programme.subaxes)
        b.bySubaxis.insert(axis.code, {});
    b.byMonth = overview.m_ledger.byMonth();

    const AmountRules rules(programme);
    if (detail == Detail::PerDossier)
        overview.m_dossiers.reserve(dossiers.size());
    DossierMoney money;
    for (const Dossier& d : dossiers) {
        money.subaxis = d.subaxis;
        const DossierLedger* found = overview.m_ledger.find(d.number);
        money.ledger = found ? *found : DossierLedger();
        money.proposal.reset();
        // The balances need the proposals of undecided dossiers only; a list shows all.
        const bool wanted =
            detail == Detail::PerDossier || money.ledger.decision == DossierLedger::Decision::None;
        if (wanted && !isClosedOnDs(d) &&
            verdictOf(d) != EligibilityAssessment::Verdict::NotEligible)
            money.proposal = rules.current(d, money.ledger.proposal);
        EnvelopeBalance& axis = b.bySubaxis[d.subaxis];
        axis.committed += money.ledger.committed;
        axis.paid += money.ledger.paid();
        if (money.isPending()) {
            axis.proposed += money.proposed();
            b.overall.proposed += money.proposed();
        }
        if (detail == Detail::PerDossier)
            overview.m_dossiers.insert(d.number, money);
    }
    return overview;
}

Result<EnvelopeOverview> EnvelopeOverview::load(QSqlDatabase db, const Programme& programme,
                                                Detail detail)
{
    auto dossiers = DossierRepository(db).loadFigures();
    if (!dossiers)
        return dossiers.error();
    const InstructionStore instruction(db, programme, QString());
    const QHash<qint64, QHash<QString, EligibilityDecision>> decisions = instruction.allDecisions();
    const EligibilityEvaluator evaluator(programme, EligibilityEvaluator::Detail::OutcomesOnly);
    return build(
        *dossiers, programme,
        [&](const Dossier& d) { return evaluator.evaluate(d, decisions.value(d.number)).verdict; },
        LedgerStore(db, programme, QString()).state(), detail);
}

const DossierMoney* EnvelopeOverview::find(qint64 dossier) const
{
    const auto it = m_dossiers.constFind(dossier);
    return it == m_dossiers.cend() ? nullptr : &*it;
}

} // namespace guichet
