#include "DossierFilterProxy.h"

#include "DossierTableModel.h"

#include <algorithm>
#include <numeric>

namespace guichet {

DossierFilterProxy::DossierFilterProxy(DossierTableModel* model, QObject* parent)
    : QAbstractProxyModel(parent)
    , m_model(model)
{
    QAbstractProxyModel::setSourceModel(model);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { onRowsInserted(first, last); });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            &DossierFilterProxy::beginResetModel);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_sorted.resize(size_t(m_model->rowCount()));
        std::iota(m_sorted.begin(), m_sorted.end(), 0);
        sortAll();
        rebuildVisible(m_sorted);
        endResetModel();
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                // A column of every row (ranks move after any score edit): one signal, not
                // one per row.
                if (bottomRight.row() - topLeft.row() > 64) {
                    if (rowCount() > 0)
                        emit dataChanged(index(0, topLeft.column()),
                                         index(rowCount() - 1, bottomRight.column()));
                    return;
                }
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    const QModelIndex proxy = mapFromSource(m_model->index(row, 0));
                    if (proxy.isValid())
                        emit dataChanged(proxy, proxy.siblingAtColumn(columnCount() - 1));
                }
            });
    m_sorted.resize(size_t(m_model->rowCount()));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    rebuildVisible(m_sorted);
}

void DossierFilterProxy::setFilterText(const QString& text)
{
    if (text == m_filter.text())
        return;
    const DossierFilter previous = m_filter;
    m_filter.setText(text);
    refilter(m_filter.narrows(previous));
}

void DossierFilterProxy::setSubaxis(const QString& subaxis)
{
    if (subaxis == m_filter.subaxis())
        return;
    m_filter.setSubaxis(subaxis);
    refilter(false);
}

void DossierFilterProxy::setState(std::optional<DossierState> state)
{
    if (state == m_filter.state())
        return;
    m_filter.setState(state);
    refilter(false);
}

void DossierFilterProxy::setInstructionFilter(InstructionFilter filter)
{
    if (filter == m_instructionFilter)
        return;
    m_instructionFilter = filter;
    refilter(false);
}

void DossierFilterProxy::setRestrictions(Restrictions restrictions)
{
    if (restrictions == m_restrictions)
        return;
    const bool narrowing = (restrictions & m_restrictions) == m_restrictions;
    m_restrictions = restrictions;
    refilter(narrowing);
}

void DossierFilterProxy::setMarked(Only kind, QSet<qint64> numbers)
{
    QSet<qint64>& marked = kind == Only::ToScoreByMe ? m_toScore : m_withNote;
    if (numbers == marked)
        return;
    marked = std::move(numbers);
    if (m_restrictions.testFlag(kind))
        refilter(false);
}

void DossierFilterProxy::instructionChanged()
{
    if (m_sortColumn >= DossierTableModel::Verdict)
        sort(m_sortColumn, m_sortOrder);
    else if (m_instructionFilter != InstructionFilter::All ||
             m_restrictions.testFlag(Only::Disagreements))
        refilter(false);
}

bool DossierFilterProxy::accepts(int row) const
{
    const Dossier& d = m_model->dossier(row);
    if (!m_filter.isEmpty() && !m_filter.matches(d, m_model->searchText(row)))
        return false;
    if ((m_restrictions.testFlag(Only::ToScoreByMe) && !m_toScore.contains(d.number)) ||
        (m_restrictions.testFlag(Only::WithNote) && !m_withNote.contains(d.number)) ||
        (m_restrictions.testFlag(Only::AbsentFromLastExport) && !d.absentSince))
        return false;
    const bool disagreementsOnly = m_restrictions.testFlag(Only::Disagreements);
    if (m_instructionFilter == InstructionFilter::All && !disagreementsOnly)
        return true;
    const DossierInstruction* i = m_model->instruction(row);
    if (!i || (disagreementsOnly && !i->consolidation.disagreement))
        return false;
    using Verdict = EligibilityAssessment::Verdict;
    switch (m_instructionFilter) {
    case InstructionFilter::Eligible:
        return i->eligibility.verdict == Verdict::Eligible;
    case InstructionFilter::NotEligible:
        return i->eligibility.verdict == Verdict::NotEligible;
    case InstructionFilter::Incomplete:
        return i->eligibility.verdict == Verdict::Incomplete;
    case InstructionFilter::All:
        break;
    }
    return true;
}

bool DossierFilterProxy::before(int left, int right) const
{
    return m_sortOrder == Qt::AscendingOrder ? m_model->lessThan(left, right, m_sortColumn)
                                             : m_model->lessThan(right, left, m_sortColumn);
}

void DossierFilterProxy::sortAll()
{
    if (m_sortColumn < 0)
        return;
    std::stable_sort(m_sorted.begin(), m_sorted.end(),
                     [this](int a, int b) { return before(a, b); });
}

void DossierFilterProxy::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<QPersistentModelIndex> sources;
    for (const QModelIndex& index : persistent)
        sources.append(mapToSource(index));
    m_sortColumn = column;
    m_sortOrder = order;
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    sortAll();
    rebuildVisible(m_sorted);
    QModelIndexList updated;
    for (const QPersistentModelIndex& source : sources)
        updated.append(mapFromSource(source));
    changePersistentIndexList(persistent, updated);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DossierFilterProxy::refilter(bool narrowing)
{
    emit layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QList<int> sourceRows;
    for (const QModelIndex& index : persistent)
        sourceRows.append(m_visible[size_t(index.row())]);
    rebuildVisible(narrowing ? m_visible : m_sorted);
    QModelIndexList updated;
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = m_proxyRowOf[size_t(sourceRows.at(i))];
        updated.append(row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, updated);
    emit layoutChanged();
}

void DossierFilterProxy::rebuildVisible(const std::vector<int>& candidates)
{
    std::vector<int> visible;
    visible.reserve(candidates.size());
    m_proxyRowOf.assign(m_sorted.size(), -1);
    const bool all =
        m_filter.isEmpty() && m_instructionFilter == InstructionFilter::All && !m_restrictions;
    for (const int row : candidates) {
        if (all || accepts(row)) {
            m_proxyRowOf[size_t(row)] = int(visible.size());
            visible.push_back(row);
        }
    }
    m_visible = std::move(visible);
}

void DossierFilterProxy::onRowsInserted(int first, int last)
{
    // Rows only ever arrive at the end of the source (chunks of a DossierStream).
    std::vector<int> added(size_t(last - first + 1));
    std::iota(added.begin(), added.end(), first);
    if (m_sortColumn < 0) {
        // Unsorted: the new rows go to the end, as plain insertions.
        std::vector<int> shown;
        for (const int row : added) {
            if (accepts(row))
                shown.push_back(row);
        }
        m_sorted.insert(m_sorted.end(), added.begin(), added.end());
        m_proxyRowOf.resize(m_sorted.size(), -1);
        if (shown.empty())
            return;
        beginInsertRows({}, int(m_visible.size()), int(m_visible.size() + shown.size()) - 1);
        for (const int row : shown) {
            m_proxyRowOf[size_t(row)] = int(m_visible.size());
            m_visible.push_back(row);
        }
        endInsertRows();
        return;
    }
    std::stable_sort(added.begin(), added.end(), [this](int a, int b) { return before(a, b); });
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<int> sourceRows;
    for (const QModelIndex& index : persistent)
        sourceRows.append(m_visible[size_t(index.row())]);
    std::vector<int> merged;
    merged.reserve(m_sorted.size() + added.size());
    std::merge(m_sorted.begin(), m_sorted.end(), added.begin(), added.end(),
               std::back_inserter(merged), [this](int a, int b) { return before(a, b); });
    m_sorted = std::move(merged);
    rebuildVisible(m_sorted);
    QModelIndexList updated;
    for (qsizetype i = 0; i < persistent.size(); ++i)
        updated.append(index(m_proxyRowOf[size_t(sourceRows.at(i))], persistent.at(i).column()));
    changePersistentIndexList(persistent, updated);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex DossierFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DossierFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

int DossierFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int DossierFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_model->columnCount();
}

QModelIndex DossierFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.row() >= rowCount())
        return {};
    return m_model->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex DossierFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

} // namespace guichet
