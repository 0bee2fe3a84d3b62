#pragma once

#include "ScoringGrid.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

// What ranking needs of a dossier.
struct RankCandidate
{
    qint64 dossier = 0;
    QString subaxis;
    std::optional<ScorePoints> score; // consolidated; unscored dossiers are not ranked
    QDateTime depositedAt;
    bool eligible = true; // ineligible dossiers are set apart, never ranked
};

struct Rank
{
    int overall = 0; // 1 = first; 0 = not ranked
    int inSubaxis = 0;
};

// Ranks dossiers by consolidated weighted score, best first, overall and within each
// sub-axis. Equal scores go to the dossier filed first (then the lower DS number): the rule
// a committee can state and check.
QHash<qint64, Rank> rankDossiers(QList<RankCandidate> candidates);

} // namespace guichet
