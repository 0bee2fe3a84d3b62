#pragma once

#include "committee/ProjectionSlide.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace guichet {

// The dossier the committee is examining, as projected: the collectivity, its population, the
// project, its money and the proposal's basis, its criteria (consolidated level, the grid's
// words for it, the spread), its rank and the avis once given. Built from a ProjectionSlide
// only, so it cannot show anything private.
class ProjectionDossierView : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectionDossierView(QWidget* parent = nullptr);

    void setSlide(const ProjectionSlide& slide);

private:
    QLabel* addMoney(QGridLayout* grid, int column, const QString& caption);
    void fillCriteria(const QList<ProjectedCriterion>& criteria);

    QLabel* m_position;
    QLabel* m_avis;
    QLabel* m_collectivity;
    QLabel* m_population;
    QLabel* m_title;
    QLabel* m_subaxis;
    QLabel* m_cost;
    QLabel* m_requested;
    QLabel* m_proposed;
    QLabel* m_score;
    QLabel* m_basis;
    QGridLayout* m_criteria;
};

} // namespace guichet
