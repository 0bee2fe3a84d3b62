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
// narrow enough for a projector. A long agenda is shown a page at a time, the page of the
// dossier under discussion, whose row stands out: the chair's next and previous turn the pages.
class ProjectionGridView : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectionGridView(QWidget* parent = nullptr);

    // The rows one page holds: with the heading, the criteria's legend and the gauge under
    // the view, what fills a 16:9 screen at the projection's sizes (which follow the height).
    static constexpr int kRowsPerPage = 12;

    void setGrid(const ProjectionGrid& grid);
    // The dossier under discussion: its page is shown, its row in bold.
    void setCurrent(qint64 dossier);
    int page() const { return m_page; }
    int pageCount() const;

private:
    void render();
    int pageOf(qint64 dossier) const;
    QLabel* cell(int row, int column, const QString& text, Qt::Alignment alignment = Qt::AlignLeft,
                 bool strong = false);
    void addCutoff(int row, int columns);

    ProjectionGrid m_grid;
    qint64 m_current = 0;
    int m_page = 0;
    QLabel* m_heading;
    QGridLayout* m_table;
    QLabel* m_legend;
};

} // namespace guichet
