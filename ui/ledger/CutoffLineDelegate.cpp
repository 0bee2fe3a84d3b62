#include "CutoffLineDelegate.h"

#include "CutoffTableModel.h"

#include <QPainter>

namespace guichet {

namespace {
const QColor kLine(0xD5, 0x5E, 0x00); // Okabe–Ito vermillion: seen by every eye
constexpr int kWidth = 3;
} // namespace

CutoffLineDelegate::CutoffLineDelegate(const CutoffTableModel* model, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

void CutoffLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int count = m_model->fundedCount();
    const bool below = index.row() == count - 1;
    if (!below && !(count == 0 && index.row() == 0))
        return;
    const int y = below ? option.rect.bottom() - kWidth + 1 : option.rect.top();
    painter->fillRect(QRect(option.rect.left(), y, option.rect.width(), kWidth), kLine);
}

} // namespace guichet
