#include "SelectionGridWindow.h"

#include "SelectionGridModel.h"
#include "dossiers/DossierTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace guichet {

namespace {
// Sorts on the model's sort keys; "disagreements first" puts the flagged rows on top
// whatever the column.
class GridSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool disagreementsFirst = false;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const auto* model = static_cast<const SelectionGridModel*>(sourceModel());
        if (disagreementsFirst) {
            const bool a = model->grid()->isDisagreement(left.row());
            const bool b = model->grid()->isDisagreement(right.row());
            if (a != b)
                return sortOrder() == Qt::AscendingOrder ? a : b;
        }
        return QVariant::compare(left.data(SelectionGridModel::SortRole),
                                 right.data(SelectionGridModel::SortRole)) < 0;
    }
};
} // namespace

SelectionGridWindow::SelectionGridWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_model(new SelectionGridModel(this))
    , m_proxy(new GridSortProxy(this))
    , m_subaxis(new QComboBox(this))
    , m_disagreementsFirst(new QCheckBox(tr("&Désaccords d'abord"), this))
    , m_legend(new QLabel(this))
    , m_view(new QTableView(this))
    , m_pending(new QTimer(this))
{
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &SelectionGridWindow::refreshFromList);
    setObjectName(QStringLiteral("selectionGridWindow"));
    setWindowTitle(tr("Grille de sélection — Guichet"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* subaxisLabel = new QLabel(tr("&Sous-axe :"), this);
    subaxisLabel->setBuddy(m_subaxis);
    m_subaxis->setObjectName(QStringLiteral("gridSubaxisComboBox"));
    bar->addWidget(subaxisLabel);
    bar->addWidget(m_subaxis);
    m_disagreementsFirst->setObjectName(QStringLiteral("disagreementsFirstCheckBox"));
    bar->addWidget(m_disagreementsFirst);
    bar->addStretch(1);
    auto* exportButton = new QPushButton(tr("E&xporter…"), this);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("selectionGridView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultSectionSize(92);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    layout->addWidget(m_legend);

    connect(m_subaxis, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setSubaxis(m_subaxis->currentData().toString()); });
    connect(m_disagreementsFirst, &QCheckBox::toggled, this, [this] { applyOrder(); });
    connect(exportButton, &QPushButton::clicked, this, &SelectionGridWindow::exportGrid);
    // F11 everywhere: QKeySequence::FullScreen has no binding outside KDE.
    auto* fullScreen = new QAction(tr("Plein écran"), this);
    fullScreen->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence::FullScreen});
    connect(fullScreen, &QAction::triggered, this,
            [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    addAction(fullScreen);
    // Escape leaves full screen first, then closes the window.
    auto* leave = new QAction(tr("Quitter le plein écran ou fermer"), this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leave, &QAction::triggered, this, [this] {
        if (isFullScreen())
            setWindowState(windowState() & ~Qt::WindowFullScreen);
        else
            close();
    });
    addAction(leave);
    auto* close = new QAction(tr("Fermer"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    resize(1300, 700);
}

void SelectionGridWindow::follow(const Programme& programme, const DossierTableModel* list)
{
    if (m_list)
        disconnect(m_list, nullptr, m_pending, nullptr);
    m_programme = &programme;
    m_list = list;
    auto schedule = [this] {
        m_pending->start();
    };
    connect(list, &QAbstractItemModel::dataChanged, m_pending, schedule);
    connect(list, &QAbstractItemModel::modelReset, m_pending, schedule);
    connect(list, &QAbstractItemModel::rowsInserted, m_pending, schedule);
    connect(list, &QAbstractItemModel::rowsRemoved, m_pending, schedule);
    refreshFromList();
}

void SelectionGridWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshFromList();
}

void SelectionGridWindow::refreshFromList()
{
    m_pending->stop();
    // Hidden, the grid waits: it catches up when shown.
    m_stale = !isVisible();
    if (m_list && !m_stale)
        refresh(*m_programme, m_list->dossiers(), m_list->instruction());
}

void SelectionGridWindow::refresh(const Programme& programme, QList<Dossier> dossiers,
                                  InstructionOverview overview)
{
    const QString subaxis = m_subaxis->currentData().toString();
    {
        const QSignalBlocker blocker(m_subaxis);
        m_subaxis->clear();
        m_subaxis->addItem(tr("Tous"), QString());
        for (const SubAxis& axis : programme.subaxes)
            m_subaxis->addItem(axis.code + QStringLiteral(" — ") + axis.title, axis.code);
        m_subaxis->setCurrentIndex(std::max(0, m_subaxis->findData(subaxis)));
    }
    // A refresh after each score keeps the projected grid where it was.
    const int scrolled = m_view->verticalScrollBar()->value();
    auto grid =
        std::make_unique<SelectionGrid>(programme, std::move(dossiers), std::move(overview));
    grid->setSubaxis(m_subaxis->currentData().toString());
    m_model->setGrid(std::move(grid));
    // Narrow fixed columns, so that the criteria, the score and the flag fit a projected screen.
    QHeaderView* header = m_view->horizontalHeader();
    const std::pair<int, int> widths[] = {
        {SelectionGrid::Rank, 66},    {SelectionGrid::RankInSubaxis, 74},
        {SelectionGrid::Number, 72},  {SelectionGrid::Applicant, 210},
        {SelectionGrid::Subaxis, 62}, {SelectionGrid::Eligibility, 92}};
    for (const auto& [column, width] : widths)
        header->resizeSection(column, width);
    for (int column = SelectionGrid::FirstCriterion; column < m_model->columnCount(); ++column)
        header->resizeSection(column, 84);
    // The score and the flag next to the eligibility, before the criteria: what the committee
    // reads first stays in view on a projector.
    const SelectionGrid* shown = m_model->grid();
    header->moveSection(header->visualIndex(shown->scoreColumn()), SelectionGrid::FirstCriterion);
    header->moveSection(header->visualIndex(shown->disagreementColumn()),
                        SelectionGrid::FirstCriterion + 1);
    applyOrder();
    m_view->verticalScrollBar()->setValue(scrolled);
    m_legend->setText(
        tr("Moyenne des instructeurs par critère (écart min–max entre parenthèses) ; couleur : "
           "<span style='background:#eff3ff'>&nbsp;bas&nbsp;</span> "
           "<span style='background:#9ecae1'>&nbsp;moyen&nbsp;</span> "
           "<span style='background:#3182bd;color:white'>&nbsp;haut&nbsp;</span> de l'échelle. "
           "« s.o. » : critère sans objet pour le sous-axe. Désaccord : écart d'au moins %n "
           "niveau(x). Les dossiers non éligibles sont hors classement, en fin de grille.",
           nullptr, programme.disagreementThreshold));
}

void SelectionGridWindow::applyOrder()
{
    static_cast<GridSortProxy*>(m_proxy)->disagreementsFirst = m_disagreementsFirst->isChecked();
    m_proxy->invalidate();
    // Rank order until the user sorts on another column.
    const QHeaderView* header = m_view->horizontalHeader();
    const bool userSorted = m_sortedOnce && header->sortIndicatorSection() >= 0 &&
                            header->sortIndicatorSection() < m_model->columnCount();
    m_view->sortByColumn(userSorted ? header->sortIndicatorSection() : int(SelectionGrid::Rank),
                         userSorted ? header->sortIndicatorOrder() : Qt::AscendingOrder);
    m_sortedOnce = true;
}

void SelectionGridWindow::exportGrid()
{
    if (!m_model->grid())
        return;
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Exporter la grille"), tr("grille-de-selection.xlsx"),
                                     tr("Classeur Excel (*.xlsx);;CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    const Status status = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)
                              ? m_model->grid()->writeCsv(path)
                              : m_model->grid()->writeXlsx(path);
    if (!status)
        emit errorOccurred(status.error().message);
}

} // namespace guichet
