#pragma once

#include "committee/ProjectionSlide.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace guichet {

// The session's whole grid as projected: the dossiers in rank order with their consolidated
// levels per criterion, score, amount (the avis' or the proposal), the running total against the
// envelope and the avis; the line under the last dossier the envelope covers. The criteria are
// numbered in the columns and named in the legend under the grid, so that the columns stay
// narrow enough for a projector.
class ProjectionGridView : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectionGridView(QWidget* parent = nullptr);

    void setGrid(const ProjectionGrid& grid);

private:
    QLabel* cell(int row, int column, const QString& text, Qt::Alignment alignment = Qt::AlignLeft);
    void addCutoff(int row, int columns, const ProjectionGrid& grid);

    QLabel* m_heading;
    QGridLayout* m_table;
    QLabel* m_legend;
};

} // namespace guichet
