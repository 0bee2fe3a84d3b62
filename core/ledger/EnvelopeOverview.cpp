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
    EnvelopeOverview overview;
    overview.m_ledger = std::move(ledger);
    Balances& b = overview.m_balances;
    const LedgerTotals totals = overview.m_ledger.totals();
    b.overall = {totals.envelope, 0, totals.committed, totals.paid};
    for (const SubAxis& axis : programme.subaxes)
        b.bySubaxis.insert(axis.code, {});
    b.byMonth = overview.m_ledger.byMonth();

    const AmountRules rules(programme);
    overview.m_dossiers.reserve(dossiers.size());
    for (const Dossier& d : dossiers) {
        DossierMoney& money = overview.m_dossiers[d.number];
        money.subaxis = d.subaxis;
        if (const DossierLedger* found = overview.m_ledger.find(d.number))
            money.ledger = *found;
        const bool eligible = verdicts.value(d.number, EligibilityAssessment::Verdict::Eligible) !=
                              EligibilityAssessment::Verdict::NotEligible;
        if (eligible && !isClosedOnDs(d))
            money.proposal = rules.current(d, money.ledger.proposal);
        EnvelopeBalance& axis = b.bySubaxis[d.subaxis];
        axis.committed += money.ledger.committed;
        axis.paid += money.ledger.paid();
        if (money.isPending()) {
            axis.proposed += money.proposed();
            b.overall.proposed += money.proposed();
        }
    }
    return overview;
}

Result<EnvelopeOverview> EnvelopeOverview::load(QSqlDatabase db, const Programme& programme)
{
    auto dossiers = DossierRepository(db).loadAll();
    if (!dossiers)
        return dossiers.error();
    const InstructionStore instruction(db, programme, QString());
    const QHash<qint64, QHash<QString, EligibilityDecision>> decisions = instruction.allDecisions();
    const EligibilityEvaluator evaluator(programme, EligibilityEvaluator::Detail::OutcomesOnly);
    QHash<qint64, EligibilityAssessment::Verdict> verdicts;
    verdicts.reserve(dossiers->size());
    for (const Dossier& d : std::as_const(*dossiers))
        verdicts.insert(d.number, evaluator.evaluate(d, decisions.value(d.number)).verdict);
    return compute(*dossiers, programme, verdicts,
                   LedgerStore(db, programme, QString()).state());
}

const DossierMoney* EnvelopeOverview::find(qint64 dossier) const
{
    const auto it = m_dossiers.constFind(dossier);
    return it == m_dossiers.cend() ? nullptr : &*it;
}

} // namespace guichet
