#pragma once

#include "instruction/SelectionGrid.h"

#include <QAbstractTableModel>

#include <memory>

namespace guichet {

// The selection grid as a table model: rank order, consolidated levels as colour-banded cells
// (a colour-blind-safe sequential palette, the value always printed), sortable through
// Qt::UserRole sort keys, filterable by sub-axis.
class SelectionGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SelectionGridModel(QObject* parent = nullptr);

    void setGrid(std::unique_ptr<SelectionGrid> grid);
    SelectionGrid* grid() const { return m_grid.get(); }
    void setSubaxis(const QString& subaxis);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static constexpr int SortRole = Qt::UserRole;

private:
    std::unique_ptr<SelectionGrid> m_grid;
};

} // namespace guichet
