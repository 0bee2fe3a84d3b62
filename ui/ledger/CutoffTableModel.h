#pragma once

#include "ledger/Scenario.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace guichet {

class DossierRepository;

// The ranked list of a cutoff scenario, as the user moves the line: the retained rows funded,
// the others (« retenus non financés ») greyed. Reads the panel's CutoffModel, writes nothing.
class CutoffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rank,
        Number,
        Applicant,
        Subaxis,
        Proposed,
        Funded,
        ColumnCount
    };

    explicit CutoffTableModel(QObject* parent = nullptr);

    // A new list (another sub-axis, or the workspace changed); the applicants' names are read
    // from `dossiers` for the rows shown only (reading 100 000 names would take seconds).
    void reset(const CutoffModel* cutoff, const DossierRepository* dossiers);
    // The line moved (or partial funding was switched): only the rows between change.
    void cutoffMoved(int previousCount);
    int fundedCount() const { return m_cutoff ? m_cutoff->fundedCount() : 0; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString applicant(qint64 number) const;

    const CutoffModel* m_cutoff = nullptr;
    const DossierRepository* m_dossiers = nullptr;
    mutable QHash<qint64, QString> m_names;
};

} // namespace guichet
