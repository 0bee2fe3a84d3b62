#include "Consolidation.h"

#include <algorithm>

namespace guichet {

const CriterionConsolidation* DossierConsolidation::criterion(const QString& code) const
{
    for (const CriterionConsolidation& c : criteria) {
        if (c.criterion == code)
            return &c;
    }
    return nullptr;
}

Consolidator::Consolidator(const Programme& programme)
    : m_programme(programme)
    , m_grid(programme)
{}

DossierConsolidation Consolidator::consolidate(const QString& subaxis,
                                               const QList<Score>& scores) const
{
    DossierConsolidation result;
    QHash<QString, double> means;
    result.criteria.reserve(m_programme.criteria.size());
    for (const Criterion& criterion : m_programme.criteria) {
        if (!criterion.appliesTo(subaxis))
            continue;
        CriterionConsolidation c{criterion.code};
        int sum = 0;
        for (const Score& score : scores) {
            if (score.criterion != criterion.code || !score.level)
                continue;
            const int level = *score.level;
            c.min = c.count == 0 ? level : std::min(c.min, level);
            c.max = c.count == 0 ? level : std::max(c.max, level);
            sum += level;
            ++c.count;
        }
        if (c.count > 0) {
            c.mean = double(sum) / c.count;
            means.insert(criterion.code, c.mean);
            result.disagreement =
                result.disagreement || c.spread() >= m_programme.disagreementThreshold;
        }
        result.criteria.append(c);
    }
    for (const Score& score : scores) {
        if (score.level && !result.instructors.contains(score.instructor))
            result.instructors.append(score.instructor);
    }
    std::sort(result.instructors.begin(), result.instructors.end());
    result.score = m_grid.weightedScore(subaxis, means);
    return result;
}

} // namespace guichet
