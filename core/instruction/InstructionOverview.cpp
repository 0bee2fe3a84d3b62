#include "InstructionOverview.h"

#include "InstructionStore.h"

namespace guichet {

InstructionOverview
InstructionOverview::compute(const QList<Dossier>& dossiers, const Programme& programme,
                             const QHash<qint64, QList<Score>>& scores,
                             const QHash<qint64, QHash<QString, EligibilityDecision>>& decisions)
{
    InstructionOverview overview;
    overview.m_dossiers.reserve(dossiers.size());
    overview.m_candidates.reserve(dossiers.size());
    const EligibilityEvaluator evaluator(programme, EligibilityEvaluator::Detail::OutcomesOnly);
    const Consolidator consolidator(programme);
    for (const Dossier& d : dossiers)
        overview.evaluate(d, evaluator, consolidator, scores.value(d.number),
                          decisions.value(d.number));
    overview.rank();
    return overview;
}

void InstructionOverview::evaluate(const Dossier& d, const EligibilityEvaluator& evaluator,
                                   const Consolidator& consolidator, const QList<Score>& scores,
                                   const QHash<QString, EligibilityDecision>& decisions)
{
    DossierInstruction& instruction = m_dossiers[d.number];
    instruction.eligibility = evaluator.evaluate(d, decisions);
    instruction.consolidation = consolidator.consolidate(d.subaxis, scores);
    instruction.rank = {};
    m_candidates.insert(
        d.number, {d.number, d.subaxis, instruction.consolidation.score, d.depositedAt,
                   instruction.eligibility.verdict != EligibilityAssessment::Verdict::NotEligible});
}

void InstructionOverview::update(const Dossier& dossier, const Programme& programme,
                                 const QList<Score>& scores,
                                 const QHash<QString, EligibilityDecision>& decisions)
{
    evaluate(dossier, EligibilityEvaluator(programme, EligibilityEvaluator::Detail::OutcomesOnly),
             Consolidator(programme), scores, decisions);
    rank();
}

void InstructionOverview::rank()
{
    const QHash<qint64, Rank> ranks = rankDossiers(m_candidates.values());
    for (auto it = m_dossiers.begin(); it != m_dossiers.end(); ++it)
        it->rank = ranks.value(it.key());
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

QSet<qint64> InstructionOverview::toScoreBy(const QString& instructor,
                                            const QList<Dossier>& dossiers,
                                            const QList<Score>& theirScores,
                                            const QList<ConflictDeclaration>& conflicts) const
{
    QHash<qint64, int> levelsGiven;
    for (const Score& s : theirScores) {
        if (s.instructor == instructor && s.level)
            ++levelsGiven[s.dossier];
    }
    QSet<QString> barred; // SIRENs of applicants the instructor declared a link with
    for (const ConflictDeclaration& c : conflicts) {
        if (c.person == instructor)
            barred.insert(c.applicantSiren);
    }
    QSet<qint64> todo;
    for (const Dossier& d : dossiers) {
        const DossierInstruction* i = find(d.number);
        if (!i || i->eligibility.verdict == EligibilityAssessment::Verdict::NotEligible ||
            levelsGiven.value(d.number) >= i->consolidation.criteria.size() ||
            barred.contains(d.applicantSiren))
            continue;
        todo.insert(d.number);
    }
    return todo;
}

} // namespace guichet
