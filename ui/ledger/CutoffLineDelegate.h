#pragma once

#include <QStyledItemDelegate>

namespace guichet {

class CutoffTableModel;

// Draws the cutoff line under the last retained row of the list (over the first row when none
// is retained), thick enough to be seen and grabbed.
class CutoffLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CutoffLineDelegate(const CutoffTableModel* model, QObject* parent);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    const CutoffTableModel* m_model;
};

} // namespace guichet
