#include "SelectionGridWindow.h"

#include "SelectionGridModel.h"
#include "common/Palette.h"
#include "dossiers/DossierTableModel.h"
#include "exporting/ExportDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>
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

// Headers wrapped on as many lines as their label needs, never cut: the projected grid keeps
// narrow columns, and a criterion's label is the committee's reading of the column.
class WrappingHeader : public QHeaderView
{
public:
    explicit WrappingHeader(QWidget* parent)
        : QHeaderView(Qt::Horizontal, parent)
    {
        setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
        setTextElideMode(Qt::ElideNone);
        setSectionsClickable(true);
    }

    // The width a label needs for its longest word, besides the sort arrow. Columns are
    // fitted before the header takes its height: the height it will take counts.
    int widthFor(int column) const
    {
        int widest = 0;
        const QString label = model()->headerData(column, orientation()).toString();
        for (const QString& word : label.split(QLatin1Char(' ')))
            widest = std::max(widest, fontMetrics().horizontalAdvance(word));
        return widest + chrome(column, sizeHint().height());
    }

protected:
    QSize sectionSizeFromContents(int column) const override
    {
        QSize size = QHeaderView::sectionSizeFromContents(column);
        const QString label = model()->headerData(column, orientation()).toString();
        const QRect lines = fontMetrics().boundingRect(
            QRect(0, 0, std::max(1, sectionSize(column) - chrome(column, height())), 10000),
            Qt::AlignCenter | Qt::TextWordWrap, label);
        size.setHeight(std::max(size.height(), lines.height() + 2 * margin()));
        return size;
    }

private:
    int margin() const { return style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this); }
    // The margins around a label; the styles keep half the header's height for the sort arrow.
    int chrome(int column, int headerHeight) const
    {
        const bool sorted = isSortIndicatorShown() && sortIndicatorSection() == column;
        return 4 * margin() + (sorted ? headerHeight / 2 : 0);
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
    , m_exported(new QLabel(this))
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
    m_exported->setObjectName(QStringLiteral("gridExportedLabel"));
    m_exported->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_exported);
    auto* exportButton = new QPushButton(tr("E&xporter…"), this);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("selectionGridView"));
    m_view->setHorizontalHeader(new WrappingHeader(m_view));
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
    // The columns change with the sub-axis: its criteria only.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateLegend();
    });
    // The sorted column makes room for its arrow.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &SelectionGridWindow::fitColumns);
    connect(m_disagreementsFirst, &QCheckBox::toggled, this, [this] { applyOrder(); });
    connect(exportButton, &QPushButton::clicked, this, &SelectionGridWindow::exportGrid);
    // F11 everywhere: QKeySequence::FullScreen has no binding outside KDE. Where it is F11
    // already, the key is listed once: twice, it would be an ambiguous shortcut that does nothing.
    auto* fullScreen = new QAction(tr("Plein écran"), this);
    QList<QKeySequence> fullScreenKeys = {QKeySequence(Qt::Key_F11)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::FullScreen)) {
        if (!fullScreenKeys.contains(key))
            fullScreenKeys.append(key);
    }
    fullScreen->setShortcuts(fullScreenKeys);
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
    // Within a small screen (1280×720) when there is no window manager to fit it there.
    resize(QSize(1300, 700).boundedTo(screen()->availableSize()));
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
    m_programme = &programme;
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
    applyOrder();
    m_view->verticalScrollBar()->setValue(scrolled);
}

void SelectionGridWindow::fitColumns()
{
    const SelectionGrid* grid = m_model->grid();
    if (!grid)
        return;
    // Narrow columns, so that the score, the flag and the criteria fit a projected screen;
    // each wide enough for the longest word of its header, and names and instructors whole.
    auto* header = static_cast<WrappingHeader*>(m_view->horizontalHeader());
    // The criteria first: their labels make the header's height, which the sort arrow's room
    // depends on.
    for (int column = SelectionGrid::FirstCriterion; column < grid->instructorsColumn(); ++column)
        header->resizeSection(column, std::max(84, header->widthFor(column)));
    const std::pair<int, int> widths[] = {
        {SelectionGrid::Rank, 56},        {SelectionGrid::RankInSubaxis, 70},
        {SelectionGrid::Number, 72},      {SelectionGrid::Subaxis, 62},
        {SelectionGrid::Eligibility, 92}, {SelectionGrid::Score, 70},
        {SelectionGrid::Disagreement, 84}};
    for (const auto& [column, width] : widths)
        header->resizeSection(column, std::max(width, header->widthFor(column)));
    m_view->resizeColumnToContents(SelectionGrid::Applicant);
    m_view->resizeColumnToContents(grid->instructorsColumn());
}

void SelectionGridWindow::updateLegend()
{
    const SelectionGrid* grid = m_model->grid();
    if (!grid)
        return;
    QString swatches;
    for (const SelectionGrid::Band& band : grid->bands()) {
        const QColor colour = QColor::fromRgb(band.colour);
        swatches += QStringLiteral("<span style='background:%1;color:%2'>&nbsp;%3&nbsp;</span> ")
                        .arg(colour.name(),
                             palette::isDark(band.colour) ? QStringLiteral("white")
                                                          : QStringLiteral("black"),
                             QLocale(QLocale::French).toString(band.value, 'g', 3));
    }
    QString legend =
        tr("Moyenne des instructeurs par critère (écart min–max entre parenthèses) ; la couleur "
           "suit la moyenne, au demi-niveau le plus proche : %1.")
            .arg(swatches.trimmed());
    if (m_subaxis->currentData().toString().isEmpty())
        legend += QLatin1Char(' ') + tr("« s.o. » : critère sans objet pour le sous-axe.");
    legend += QLatin1Char(' ') +
              tr("Désaccord : écart d'au moins %n niveau. Les dossiers non éligibles sont hors "
                 "classement, en fin de grille.",
                 nullptr, m_programme ? m_programme->disagreementThreshold : 0);
    m_legend->setText(legend);
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
    const Result<QString> written =
        export_dialog::exportSheet(this, tr("Exporter la grille"), tr("grille-de-selection"),
                                   [this] { return m_model->grid()->sheet(); });
    if (!written)
        emit errorOccurred(written.error().message);
    else if (!written->isEmpty())
        m_exported->setText(export_dialog::writtenTo(*written));
}

} // namespace guichet
