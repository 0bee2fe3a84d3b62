#include "AgendaModel.h"

#include "common/Money.h"

#include <QBrush>
#include <QColor>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

namespace guichet {

namespace {
const QString kMimeType = QStringLiteral("application/x-guichet-agenda-dossiers");
}

AgendaModel::AgendaModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AgendaModel::setAgenda(std::optional<SessionAgenda> agenda)
{
    beginResetModel();
    m_agenda = std::move(agenda);
    endResetModel();
}

qint64 AgendaModel::dossierAt(int row) const
{
    if (!m_agenda || row < 0 || row >= m_agenda->entries().size())
        return 0;
    return m_agenda->entries().at(row).item.dossier;
}

int AgendaModel::rowOf(qint64 dossier) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (dossierAt(row) == dossier)
            return row;
    return -1;
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_agenda ? 0 : int(m_agenda->entries().size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::display(const AgendaEntry& entry, int column) const
{
    const std::optional<Avis>& avis = entry.avis;
    switch (column) {
    case Position:
        return entry.item.position;
    case Rank:
        return entry.item.rank > 0 ? QVariant(entry.item.rank) : QVariant(QStringLiteral("—"));
    case Applicant:
        return entry.applicantName;
    case Title:
        return entry.title;
    case Subaxis:
        return entry.subaxis;
    case Proposed:
        return money::format(entry.proposed());
    case AvisKind:
        if (!avis)
            return QString();
        return avis->amended ? tr("%1 (amendé)").arg(Avis::label(avis->kind))
                             : Avis::label(avis->kind);
    case Amount:
        return avis && avis->isFavourable() ? money::format(avis->amount) : QString();
    case Departure:
        return avis && avis->departures != Avis::NoDeparture ? tr("⚠ écart") : QString();
    case Room: {
        QStringList said;
        if (!entry.item.leaving.isEmpty())
            said << tr("sortent : %1").arg(entry.item.leaving.join(QStringLiteral(", ")));
        if (!entry.item.returning.isEmpty())
            said << tr("reviennent ensuite : %1")
                        .arg(entry.item.returning.join(QStringLiteral(", ")));
        return said.join(QStringLiteral(" ; "));
    }
    }
    return {};
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_agenda || index.row() >= rowCount())
        return {};
    const AgendaEntry& entry = m_agenda->entries().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Proposed || index.column() == Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Position || index.column() == Rank)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Departure && entry.avis &&
            entry.avis->departures != Avis::NoDeparture)
            return tr("%1 — motif : %2")
                .arg(Avis::describeDepartures(entry.avis->departures), entry.avis->reason);
        if (index.column() == AvisKind && entry.avis && entry.avis->amended)
            return tr("Amendé : %1").arg(entry.avis->amendmentReason);
        if (index.column() == Title || index.column() == Room || index.column() == Applicant)
            return display(entry, index.column());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Departure)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        if (index.column() == AvisKind && entry.avis && entry.avis->amended) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Position:
        return tr("N°");
    case Rank:
        return tr("Rang");
    case Applicant:
        return tr("Collectivité");
    case Title:
        return tr("Intitulé");
    case Subaxis:
        return tr("Sous-axe");
    case Proposed:
        return tr("Proposé");
    case AvisKind:
        return tr("Avis");
    case Amount:
        return tr("Montant");
    case Departure:
        return tr("Écart");
    case Room:
        return tr("Sorties de salle");
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_reorderable)
        flags |= index.isValid() ? Qt::ItemIsDragEnabled : Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* AgendaModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> dossiers;
    for (const QModelIndex& index : indexes)
        if (const qint64 dossier = dossierAt(index.row()); dossier && !dossiers.contains(dossier))
            dossiers.append(dossier);
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << dossiers;
    auto* data = new QMimeData;
    data->setData(kMimeType, bytes);
    return data;
}

QList<qint64> AgendaModel::orderWith(const QList<qint64>& moved, int row) const
{
    QList<qint64> order;
    for (int r = 0; r < rowCount(); ++r) {
        if (r == row)
            order += moved;
        if (!moved.contains(dossierAt(r)))
            order.append(dossierAt(r));
    }
    if (row < 0 || row >= rowCount())
        order += moved;
    return order;
}

bool AgendaModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                               const QModelIndex& parent)
{
    if (!m_reorderable || action != Qt::MoveAction || !data->hasFormat(kMimeType))
        return false;
    QList<qint64> moved;
    QDataStream stream(data->data(kMimeType));
    stream >> moved;
    // Dropped on a row: before it; between rows: at `row`.
    const int before = row >= 0 ? row : parent.isValid() ? parent.row() : -1;
    const QList<qint64> order = orderWith(moved, before);
    if (order != orderWith({}, -1))
        emit reorderRequested(order);
    // The rows move when the agenda is loaded again, after the campaign wrote the order.
    return false;
}

} // namespace guichet
