#include "InstructionOverview.h"

#include "InstructionStore.h"

namespace guichet {

InstructionOverview
InstructionOverview::compute(const QList<Dossier>& dossiers, const Programme& programme,
                             const QHash<qint64, QList<Score>>& scores,
                             const QHash<qint64, QHash<QString, EligibilityDecision>>& decisions)
{
    const EligibilityEvaluator evaluator(programme);
    const Consolidator consolidator(programme);
    InstructionOverview overview;
    overview.m_dossiers.reserve(dossiers.size());
    QList<RankCandidate> candidates;
    candidates.reserve(dossiers.size());
    for (const Dossier& d : dossiers) {
        DossierInstruction& instruction = overview.m_dossiers[d.number];
        instruction.eligibility = evaluator.evaluate(d, decisions.value(d.number));
        instruction.consolidation = consolidator.consolidate(d.subaxis, scores.value(d.number));
        candidates.append(
            {d.number, d.subaxis, instruction.consolidation.score, d.depositedAt,
             instruction.eligibility.verdict != EligibilityAssessment::Verdict::NotEligible});
    }
    const QHash<qint64, Rank> ranks = rankDossiers(std::move(candidates));
    for (auto it = ranks.cbegin(); it != ranks.cend(); ++it)
        overview.m_dossiers[it.key()].rank = it.value();
    return overview;
}

InstructionOverview InstructionOverview::load(const QList<Dossier>& dossiers,
                                              const Programme& programme, QSqlDatabase db)
{
    const InstructionStore store(std::move(db), programme, QString());
    return compute(dossiers, programme, store.allScores(), store.allDecisions());
}

const DossierInstruction* InstructionOverview::find(qint64 dossier) const
{
    const auto it = m_dossiers.constFind(dossier);
    return it == m_dossiers.cend() ? nullptr : &*it;
}

} // namespace guichet
