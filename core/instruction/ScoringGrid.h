#pragma once

#include "programme/Programme.h"

#include <QHash>
#include <QString>

#include <optional>

namespace guichet {

// A score on the grid, normalised to 100, in hundredths of a point (0..10000): integer, so
// that ranking ties are exact and the figure is the same everywhere it is shown.
using ScorePoints = int;

namespace scoring {
QString format(ScorePoints points); // "72,5": one decimal, French
}

// The programme's selection-criteria grid: which criteria apply to a sub-axis, and the
// weighted score of a set of levels. Each criterion counts for its weight over the weights
// of the criteria that apply to the sub-axis (they need not sum to 100), its level placed on
// its own scale (min → 0, max → 1).
class ScoringGrid
{
public:
    explicit ScoringGrid(const Programme& programme);

    const Criterion* criterion(const QString& code) const;
    // `levels`: criterion code → level (a mean across instructors may be fractional). None
    // while any applicable criterion has no level.
    std::optional<ScorePoints> weightedScore(const QString& subaxis,
                                             const QHash<QString, double>& levels) const;

private:
    const Programme& m_programme;
};

} // namespace guichet
