#include "CutoffTableModel.h"

#include "common/Money.h"
#include "dossier/DossierRepository.h"

#include <QBrush>
#include <QPalette>

namespace guichet {

CutoffTableModel::CutoffTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CutoffTableModel::reset(const CutoffModel* cutoff, const DossierRepository* dossiers)
{
    beginResetModel();
    m_cutoff = cutoff;
    m_dossiers = dossiers;
    m_names.clear();
    endResetModel();
}

void CutoffTableModel::cutoffMoved(int previousCount)
{
    if (!m_cutoff || m_cutoff->rows().isEmpty())
        return;
    // The last retained row may be funded in part: it changes too, on either side.
    const int first = std::max(0, std::min(previousCount, fundedCount()) - 1);
    const int last =
        std::min(int(m_cutoff->rows().size()) - 1, std::max(previousCount, fundedCount()));
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

QString CutoffTableModel::applicant(qint64 number) const
{
    auto found = m_names.find(number);
    if (found == m_names.end()) {
        const std::optional<Dossier> dossier = m_dossiers->find(number);
        found = m_names.insert(number, dossier ? dossier->applicantName : QString());
    }
    return *found;
}

int CutoffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_cutoff ? 0 : int(m_cutoff->rows().size());
}

int CutoffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CutoffTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_cutoff || !index.isValid())
        return {};
    const ScenarioRow& row = m_cutoff->rows().at(index.row());
    const bool funded = index.row() < fundedCount();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Rank:
            return row.rank;
        case Number:
            return row.dossier;
        case Applicant:
            return applicant(row.dossier);
        case Subaxis:
            return row.subaxis;
        case Proposed:
            return money::format(row.proposed);
        case Funded:
            return funded ? money::format(m_cutoff->fundedAmount(index.row())) : tr("non financé");
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Applicant || index.column() == Subaxis
                   ? QVariant()
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!funded) // below the line: said in words in Funded too, not by the colour only
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    default:
        break;
    }
    return {};
}

QVariant CutoffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Rank:
        return tr("Rang");
    case Number:
        return tr("N° DS");
    case Applicant:
        return tr("Demandeur");
    case Subaxis:
        return tr("Sous-axe");
    case Proposed:
        return tr("Proposé");
    case Funded:
        return tr("Financé");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace guichet
