#include "ProjectionGridView.h"

#include "ProjectionStyle.h"
#include "common/Money.h"

#include <QColor>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {

using namespace projection;

ProjectionGridView::ProjectionGridView(QWidget* parent)
    : QWidget(parent)
    , m_heading(label(this, TextRole::Heading))
    , m_table(new QGridLayout)
    , m_legend(label(this, TextRole::Body, kMutedInk, true))
{
    setObjectName(QStringLiteral("projectionGridView"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_heading);
    // 10 px between columns, and headings that may wrap: at 1280 pixels, with English headings,
    // the longest communes (« Commune de La Chapelle-du-Châtelard ») came out 31 px short.
    m_table->setHorizontalSpacing(10);
    m_table->setVerticalSpacing(2);
    column->addLayout(m_table);
    column->addWidget(m_legend);
    column->addStretch(1);
}

int ProjectionGridView::pageCount() const
{
    return std::max(1, int((m_grid.rows.size() + kRowsPerPage - 1) / kRowsPerPage));
}

int ProjectionGridView::pageOf(qint64 dossier) const
{
    for (int i = 0; i < m_grid.rows.size(); ++i) {
        if (m_grid.rows.at(i).dossier == dossier)
            return i / kRowsPerPage;
    }
    return 0;
}

void ProjectionGridView::setGrid(const ProjectionGrid& grid)
{
    m_grid = grid;
    m_page = pageOf(m_current);
    render();
}

void ProjectionGridView::setCurrent(qint64 dossier)
{
    if (dossier == m_current)
        return;
    m_current = dossier;
    m_page = pageOf(dossier);
    render();
}

QLabel* ProjectionGridView::cell(int row, int column, const QString& text, Qt::Alignment alignment,
                                 bool strong)
{
    QLabel* l =
        label(this, row == 0 ? TextRole::Heading : (strong ? TextRole::Strong : TextRole::Body));
    l->setText(text);
    l->setAlignment(alignment | Qt::AlignTop);
    // A heading may take two lines (« Running / total »), so that the names keep the width.
    l->setWordWrap(row == 0);
    m_table->addWidget(l, row, column);
    // Shown now rather than at the layout's next pass: what is projected is what is read.
    l->show();
    return l;
}

void ProjectionGridView::addCutoff(int row, int columns)
{
    QLabel* line = label(this, TextRole::Body, kOverrun);
    line->setObjectName(QStringLiteral("projectionCutoff"));
    line->setText(tr("Limite de l'enveloppe (%1) : les dossiers au-dessus y tiennent")
                      .arg(money::format(m_grid.gauge.envelope)));
    line->setStyleSheet(QStringLiteral("border-top: 3px solid %1; border-bottom: 3px solid %1;")
                            .arg(QColor::fromRgb(kOverrun).name()));
    m_table->addWidget(line, row, 0, 1, columns);
    line->show();
}

void ProjectionGridView::render()
{
    while (QLayoutItem* item = m_table->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const ProjectionGrid& grid = m_grid;
    QString heading =
        tr("Grille de la séance : %n dossier(s) par rang", nullptr, int(grid.rows.size()));
    if (pageCount() > 1)
        heading += tr(" — page %1/%2").arg(m_page + 1).arg(pageCount());
    m_heading->setText(heading);
    const int criteria = int(grid.criteria.size());
    const int scoreColumn = 2 + criteria;
    const int columns = scoreColumn + 4;
    cell(0, 0, tr("Rang"), Qt::AlignRight);
    cell(0, 1, tr("Collectivité"));
    for (int c = 0; c < criteria; ++c)
        cell(0, 2 + c, QString::number(c + 1), Qt::AlignHCenter);
    cell(0, scoreColumn, tr("Note"), Qt::AlignRight);
    cell(0, scoreColumn + 1, tr("Montant"), Qt::AlignRight);
    cell(0, scoreColumn + 2, tr("Cumul"), Qt::AlignRight);
    cell(0, scoreColumn + 3, tr("Avis"));
    const int first = m_page * kRowsPerPage;
    const int end = std::min(int(grid.rows.size()), first + kRowsPerPage);
    int row = 1;
    for (int i = first; i < end; ++i) {
        if (i == grid.cutoff)
            addCutoff(row++, columns);
        const ProjectionGridRow& r = grid.rows.at(i);
        const bool current = r.dossier == m_current;
        const auto put = [&](int column, const QString& text,
                             Qt::Alignment alignment = Qt::AlignLeft) {
            return cell(row, column, text, alignment, current);
        };
        put(0, r.rank > 0 ? QString::number(r.rank) : QStringLiteral("—"), Qt::AlignRight);
        put(1, r.collectivity);
        // Numbers in French whatever the language, as everywhere in Guichet.
        for (int c = 0; c < criteria; ++c) {
            const std::optional<double> level = r.levels.value(c);
            put(2 + c,
                level ? QLocale(QLocale::French).toString(*level, 'f', 1) : QStringLiteral("·"),
                Qt::AlignHCenter);
        }
        put(scoreColumn,
            r.score ? QLocale(QLocale::French).toString(*r.score, 'f', 1) : QStringLiteral("—"),
            Qt::AlignRight);
        put(scoreColumn + 1, money::format(r.amount), Qt::AlignRight);
        QLabel* running = put(scoreColumn + 2, money::format(r.runningTotal), Qt::AlignRight);
        if (r.runningTotal > grid.gauge.envelope)
            setColour(running, kOverrun);
        put(scoreColumn + 3, r.avis ? Avis::label(*r.avis) : QStringLiteral("—"));
        ++row;
    }
    if (grid.cutoff == end && end > first)
        addCutoff(row, columns);
    m_table->setColumnStretch(1, 3);
    m_table->setColumnStretch(scoreColumn + 3, 2);
    QStringList legend;
    for (int c = 0; c < criteria; ++c)
        legend.append(tr("%1 : %2").arg(c + 1).arg(grid.criteria.at(c)));
    m_legend->setText(tr("Niveaux moyens des instructeurs par critère — %1 ; « · » : sans objet. "
                         "Montant : celui de l'avis favorable, sinon la proposition ; cumul "
                         "depuis le déjà engagé.")
                          .arg(legend.join(QStringLiteral(" · "))));
}

} // namespace guichet
