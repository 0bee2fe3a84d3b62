#pragma once

#include "committee/SessionAgenda.h"

#include <QAbstractTableModel>

#include <optional>

namespace guichet {

// A session's agenda as the secretary's table shows it, one row per dossier in the order the
// committee examines them. Rows are dragged to reorder the agenda: the model does not move
// them itself, it asks for the new order (reorderRequested) and shows it once the campaign has
// written it and the agenda is loaded again.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Position,
        Rank,
        Applicant,
        Title,
        Subaxis,
        Proposed,
        AvisKind,
        Amount,
        Departure,
        Room,
        ColumnCount
    };

    explicit AgendaModel(QObject* parent = nullptr);

    void setAgenda(std::optional<SessionAgenda> agenda);
    const std::optional<SessionAgenda>& agenda() const { return m_agenda; }
    // The dossier of a row (0 out of range) and the row of a dossier (-1 when absent).
    qint64 dossierAt(int row) const;
    int rowOf(qint64 dossier) const;
    // Whether rows may be dragged (an open session that may be written).
    void setReorderable(bool reorderable) { m_reorderable = reorderable; }
    // The order with the dossiers `moved` placed before the row `row` (-1: at the end); with
    // none moved, the order shown.
    QList<qint64> orderWith(const QList<qint64>& moved, int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void reorderRequested(const QList<qint64>& order);

private:
    QVariant display(const AgendaEntry& entry, int column) const;

    std::optional<SessionAgenda> m_agenda;
    bool m_reorderable = false;
};

} // namespace guichet
