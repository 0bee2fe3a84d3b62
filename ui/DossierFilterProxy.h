#pragma once

#include "dossier/DossierFilter.h"

#include <QSortFilterProxyModel>

namespace guichet {

class DossierTableModel;

// Sorts the dossier list (French collation for text columns, raw values for numbers and
// dates) and filters it with a core DossierFilter.
class DossierFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DossierFilterProxy(DossierTableModel* model, QObject* parent = nullptr);

    const DossierFilter& filter() const { return m_filter; }
    void setFilterText(const QString& text);
    void setSubaxis(const QString& subaxis);
    void setState(std::optional<DossierState> state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    DossierTableModel* m_model;
    DossierFilter m_filter;
};

} // namespace guichet
