#pragma once

#include "Consolidation.h"
#include "Eligibility.h"
#include "Ranking.h"
#include "dossier/Dossier.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace guichet {

// What instruction says of one dossier: eligibility (with the instructors' decisions), the
// consolidated scores, and the rank.
struct DossierInstruction
{
    EligibilityAssessment eligibility; // outcomes and verdict (reasons: EligibilityEvaluator)
    DossierConsolidation consolidation;
    Rank rank;
};

// Instruction of every dossier of a workspace, computed in one pass over its tables: the list,
// the grid, `guichet dossiers` and the exports all read the same figures from here.
class InstructionOverview
{
public:
    static InstructionOverview
    compute(const QList<Dossier>& dossiers, const Programme& programme,
            const QHash<qint64, QList<Score>>& scores,
            const QHash<qint64, QHash<QString, EligibilityDecision>>& decisions);
    // Reads the scores and decisions from `db`.
    static InstructionOverview load(const QList<Dossier>& dossiers, const Programme& programme,
                                    QSqlDatabase db);

    // Recomputes one dossier after its scores or decisions changed, then the ranks: what an
    // edit costs stays small however many dossiers the workspace holds.
    void update(const Dossier& dossier, const Programme& programme, const QList<Score>& scores,
                const QHash<QString, EligibilityDecision>& decisions);

    const DossierInstruction* find(qint64 dossier) const;
    // The dossiers `instructor` still has to score: eligible or not yet decided, not scored by
    // them on every criterion that applies, and not barred by a link they declared.
    QSet<qint64> toScoreBy(const QString& instructor, const QList<Dossier>& dossiers,
                           const QList<Score>& theirScores,
                           const QList<ConflictDeclaration>& conflicts) const;
    const QHash<qint64, DossierInstruction>& all() const { return m_dossiers; }

private:
    void evaluate(const Dossier& dossier, const EligibilityEvaluator& evaluator,
                  const Consolidator& consolidator, const QList<Score>& scores,
                  const QHash<QString, EligibilityDecision>& decisions);
    void rank();

    QHash<qint64, DossierInstruction> m_dossiers;
    QHash<qint64, RankCandidate> m_candidates;
};

} // namespace guichet
