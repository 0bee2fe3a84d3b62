#include "DossierListView.h"

#include "dossiers/DossierFilterProxy.h"
#include "dossiers/DossierTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>

namespace guichet {

namespace {
// Per column count: a layout saved before columns were added would hide the new ones.
const auto kHeaderKey =
    QStringLiteral("mainWindow/header/%1").arg(int(DossierTableModel::ColumnCount));
} // namespace

DossierListView::DossierListView(DossierFilterProxy* proxy, QWidget* parent)
    : QTableView(parent)
    , m_noMatch(new QLabel(viewport()))
{
    setObjectName(QStringLiteral("dossierTableView"));
    setAccessibleName(tr("Liste des dossiers"));
    setModel(proxy);
    setSortingEnabled(true);
    sortByColumn(DossierTableModel::DepositedAt, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    // Fixed row heights: measuring 100 000 rows would freeze the window.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    const int widths[] = {70, 200, 80, 75, 60, 240, 100, 115, 105, 80, 90, 70, 50};
    for (int c = 0; c < DossierTableModel::ColumnCount; ++c)
        setColumnWidth(c, widths[c]);

    // What instruction says comes right after the sub-axis: the DS figures are further right.
    for (int column :
         {DossierTableModel::Verdict, DossierTableModel::Score, DossierTableModel::Rank})
        horizontalHeader()->moveSection(horizontalHeader()->visualIndex(column),
                                        horizontalHeader()->visualIndex(DossierTableModel::Title));

    // An empty result of the filters says so, and undoes them in one click.
    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setText(
        QStringLiteral("%1 <a href=\"clear\">%2</a>")
            .arg(tr("Aucun dossier ne correspond à la recherche et aux filtres.").toHtmlEscaped(),
                 tr("Effacer les filtres").toHtmlEscaped()));
    m_noMatch->setStyleSheet(QStringLiteral("QLabel { padding: 12px; }"));
    m_noMatch->move(0, 0);
    m_noMatch->hide();
    connect(m_noMatch, &QLabel::linkActivated, this, &DossierListView::clearFiltersRequested);
}

void DossierListView::showNoMatch(bool noMatch)
{
    if (noMatch) {
        m_noMatch->resize(viewport()->width(), m_noMatch->sizeHint().height());
        m_noMatch->raise();
    }
    m_noMatch->setVisible(noMatch);
}

void DossierListView::saveColumns() const
{
    QSettings().setValue(kHeaderKey, horizontalHeader()->saveState());
}

void DossierListView::restoreColumns()
{
    horizontalHeader()->restoreState(QSettings().value(kHeaderKey).toByteArray());
}

} // namespace guichet
