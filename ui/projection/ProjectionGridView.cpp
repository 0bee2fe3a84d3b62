#include "ProjectionGridView.h"

#include "ProjectionStyle.h"
#include "common/Money.h"

#include <QColor>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

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
    m_table->setHorizontalSpacing(14);
    m_table->setVerticalSpacing(2);
    column->addLayout(m_table);
    column->addWidget(m_legend);
    column->addStretch(1);
}

QLabel* ProjectionGridView::cell(int row, int column, const QString& text, Qt::Alignment alignment)
{
    QLabel* l = label(this, row == 0 ? TextRole::Heading : TextRole::Body);
    l->setText(text);
    l->setAlignment(alignment | Qt::AlignTop);
    m_table->addWidget(l, row, column);
    // Shown now rather than at the layout's next pass: what is projected is what is read.
    l->show();
    return l;
}

void ProjectionGridView::addCutoff(int row, int columns, const ProjectionGrid& grid)
{
    QLabel* line = label(this, TextRole::Body, kOverrun);
    line->setObjectName(QStringLiteral("projectionCutoff"));
    line->setText(tr("Limite de l'enveloppe (%1) : les dossiers au-dessus y tiennent")
                      .arg(money::format(grid.gauge.envelope)));
    line->setStyleSheet(QStringLiteral("border-top: 3px solid %1; border-bottom: 3px solid %1;")
                            .arg(QColor::fromRgb(kOverrun).name()));
    m_table->addWidget(line, row, 0, 1, columns);
    line->show();
}

void ProjectionGridView::setGrid(const ProjectionGrid& grid)
{
    while (QLayoutItem* item = m_table->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_heading->setText(
        tr("Grille de la séance : %n dossier(s) par rang", nullptr, int(grid.rows.size())));
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
    int row = 1;
    for (int i = 0; i < grid.rows.size(); ++i) {
        if (i == grid.cutoff)
            addCutoff(row++, columns, grid);
        const ProjectionGridRow& r = grid.rows.at(i);
        cell(row, 0, r.rank > 0 ? QString::number(r.rank) : QStringLiteral("—"), Qt::AlignRight);
        cell(row, 1, r.collectivity);
        // Numbers in French whatever the language, as everywhere in Guichet.
        for (int c = 0; c < criteria; ++c) {
            const std::optional<double> level = r.levels.value(c);
            cell(row, 2 + c,
                 level ? QLocale(QLocale::French).toString(*level, 'f', 1) : QStringLiteral("·"),
                 Qt::AlignHCenter);
        }
        cell(row, scoreColumn,
             r.score ? QLocale(QLocale::French).toString(*r.score, 'f', 1) : QStringLiteral("—"),
             Qt::AlignRight);
        cell(row, scoreColumn + 1, money::format(r.amount), Qt::AlignRight);
        QLabel* running = cell(row, scoreColumn + 2, money::format(r.runningTotal), Qt::AlignRight);
        if (r.runningTotal > grid.gauge.envelope)
            setColour(running, kOverrun);
        cell(row, scoreColumn + 3, r.avis ? Avis::label(*r.avis) : QStringLiteral("—"));
        ++row;
    }
    if (grid.cutoff == grid.rows.size() && !grid.rows.isEmpty())
        addCutoff(row, columns, grid);
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
