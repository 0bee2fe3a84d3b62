#include "SelectionGridModel.h"

#include "common/Palette.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace guichet {

SelectionGridModel::SelectionGridModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SelectionGridModel::setGrid(std::unique_ptr<SelectionGrid> grid)
{
    beginResetModel();
    m_grid = std::move(grid);
    endResetModel();
}

void SelectionGridModel::setSubaxis(const QString& subaxis)
{
    if (!m_grid)
        return;
    beginResetModel();
    m_grid->setSubaxis(subaxis);
    endResetModel();
}

int SelectionGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_grid ? 0 : m_grid->rowCount();
}

int SelectionGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_grid ? 0 : m_grid->columnCount();
}

QVariant SelectionGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return m_grid->text(row, column);
    case SortRole:
        return m_grid->sortKey(row, column);
    case Qt::BackgroundRole:
        if (const auto fill = m_grid->fill(row, column))
            return QBrush(QColor::fromRgb(*fill));
        if (m_grid->isSetApart(row))
            return QBrush(QColor(0xEE, 0xEE, 0xEE));
        return {};
    case Qt::ForegroundRole:
        if (const auto fill = m_grid->fill(row, column); fill && palette::isDark(*fill))
            return QBrush(Qt::white);
        if (m_grid->isSetApart(row))
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::FontRole:
        if (column == SelectionGrid::Score ||
            (column == SelectionGrid::Disagreement && m_grid->isDisagreement(row))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= SelectionGrid::Score && column < m_grid->instructorsColumn())
            return QVariant::fromValue(Qt::AlignCenter);
        if (column <= SelectionGrid::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        // The whole text, where a narrow column cuts it (a name, the instructors).
        QStringList lines(m_grid->text(row, column));
        if (m_grid->isSetApart(row))
            lines.append(tr("Non éligible : hors classement"));
        lines.removeAll(QString());
        return lines.isEmpty() ? QVariant() : lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

QVariant SelectionGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_grid)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_grid->header(section); // whole: the view's header wraps it
    if (role == Qt::ToolTipRole)
        return m_grid->headerToolTip(section);
    return {};
}

} // namespace guichet
