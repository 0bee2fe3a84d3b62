#include "ScoringGrid.h"

#include <QLocale>

#include <cmath>

namespace guichet {

QString scoring::format(ScorePoints points)
{
    return QLocale(QLocale::French).toString(points / 100.0, 'f', 1);
}

ScoringGrid::ScoringGrid(const Programme& programme)
    : m_programme(programme)
{}

const Criterion* ScoringGrid::criterion(const QString& code) const
{
    for (const Criterion& c : m_programme.criteria) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

std::optional<ScorePoints> ScoringGrid::weightedScore(const QString& subaxis,
                                                      const QHash<QString, double>& levels) const
{
    double weighted = 0;
    int weights = 0;
    for (const Criterion& c : m_programme.criteria) {
        if (!c.appliesTo(subaxis))
            continue;
        const auto level = levels.constFind(c.code);
        if (level == levels.cend())
            return std::nullopt;
        const int span = c.scaleMax - c.scaleMin;
        weighted += c.weight * (span > 0 ? (*level - c.scaleMin) / span : 0.0);
        weights += c.weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return ScorePoints(std::lround(weighted * 10000.0 / weights));
}

} // namespace guichet
