#include "SelectionGridModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace guichet {

namespace {
// ColorBrewer "Blues" (sequential, safe for every common colour-vision deficiency); the darkest
// band takes white text.
QColor background(SelectionGrid::Band band)
{
    switch (band) {
    case SelectionGrid::Band::Low:
        return QColor(0xEF, 0xF3, 0xFF);
    case SelectionGrid::Band::Middle:
        return QColor(0x9E, 0xCA, 0xE1);
    case SelectionGrid::Band::High:
        return QColor(0x31, 0x82, 0xBD);
    case SelectionGrid::Band::None:
        break;
    }
    return {};
}
} // namespace

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
    case Qt::BackgroundRole: {
        const QColor colour = background(m_grid->band(row, column));
        if (colour.isValid())
            return QBrush(colour);
        if (m_grid->isSetApart(row))
            return QBrush(QColor(0xEE, 0xEE, 0xEE));
        return {};
    }
    case Qt::ForegroundRole:
        if (m_grid->band(row, column) == SelectionGrid::Band::High)
            return QBrush(Qt::white);
        if (m_grid->isSetApart(row))
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::FontRole:
        if (column == m_grid->scoreColumn() ||
            (column == m_grid->disagreementColumn() && m_grid->isDisagreement(row))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= SelectionGrid::FirstCriterion && column <= m_grid->scoreColumn())
            return QVariant::fromValue(Qt::AlignCenter);
        if (column <= SelectionGrid::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (m_grid->isSetApart(row))
            return tr("Non éligible : hors classement");
        return {};
    }
    return {};
}

QVariant SelectionGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_grid)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        // Long criterion labels on a few short lines: the projected grid keeps narrow columns.
        const QStringList words = m_grid->header(section).split(QLatin1Char(' '));
        QStringList lines(QString{});
        for (const QString& word : words) {
            if (!lines.constLast().isEmpty() && lines.constLast().size() + word.size() > 12)
                lines.append(QString());
            lines.last() += (lines.constLast().isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole)
        return m_grid->headerToolTip(section);
    return {};
}

} // namespace guichet
