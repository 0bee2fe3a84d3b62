#pragma once

#include "Scores.h"
#include "ScoringGrid.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace guichet {

// Several instructors' levels on one criterion of one dossier, side by side.
struct CriterionConsolidation
{
    QString criterion;
    int count = 0; // instructors who gave a level
    double mean = 0;
    int min = 0;
    int max = 0;
    int spread() const { return max - min; }
};

// A dossier's scores across instructors: per criterion, the weighted score of the means, and
// the « désaccord » flag when instructors are too far apart on any criterion.
struct DossierConsolidation
{
    QList<CriterionConsolidation> criteria; // the criteria that apply, in grid order
    QStringList instructors;                // who scored this dossier
    std::optional<ScorePoints> score;       // none until every criterion has a level
    bool disagreement = false;

    const CriterionConsolidation* criterion(const QString& code) const;
};

// Consolidates the scores of one dossier on the programme's grid. The disagreement threshold
// is the programme's (a spread of that many levels or more on any criterion).
class Consolidator
{
public:
    explicit Consolidator(const Programme& programme);

    DossierConsolidation consolidate(const QString& subaxis, const QList<Score>& scores) const;

private:
    const Programme& m_programme;
    ScoringGrid m_grid;
};

} // namespace guichet
