#include "DossierFilterProxy.h"

#include "DossierTableModel.h"

namespace guichet {

DossierFilterProxy::DossierFilterProxy(DossierTableModel* model, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortRole(DossierTableModel::SortRole);
}

void DossierFilterProxy::setFilterText(const QString& text)
{
    if (text == m_filter.text())
        return;
    m_filter.setText(text);
    invalidateRowsFilter();
}

void DossierFilterProxy::setSubaxis(const QString& subaxis)
{
    m_filter.setSubaxis(subaxis);
    invalidateRowsFilter();
}

void DossierFilterProxy::setState(std::optional<DossierState> state)
{
    m_filter.setState(state);
    invalidateRowsFilter();
}

bool DossierFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return m_filter.matches(m_model->dossier(sourceRow), m_model->searchText(sourceRow));
}

bool DossierFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int column = left.column();
    if (DossierTableModel::isTextColumn(column))
        return m_model->sortKey(left.row(), column).compare(m_model->sortKey(right.row(), column)) < 0;
    const QVariant a = left.data(DossierTableModel::SortRole);
    const QVariant b = right.data(DossierTableModel::SortRole);
    if (a.typeId() == QMetaType::QString)
        return a.toString() < b.toString();
    return a.toLongLong() < b.toLongLong();
}

} // namespace guichet
