#pragma once

#include "dossier/Dossier.h"
#include "exportgen/ListExport.h"
#include "instruction/InstructionOverview.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QCollatorSortKey>

#include <optional>
#include <vector>

namespace guichet {

// The dossier list: one row per dossier, held in memory (a campaign has tens to thousands of
// dossiers; 100 000 stay responsive). Rows arrive in chunks from a DossierStream.
class DossierTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Numbered as the export numbers them: the list exports the columns it shows.
    enum Column
    {
        Number = list_export::Number,
        Applicant = list_export::Applicant,
        Kind = list_export::Kind,
        Population = list_export::Population,
        Subaxis = list_export::Subaxis,
        Title = list_export::Title,
        TotalCost = list_export::TotalCost,
        Requested = list_export::Requested,
        State = list_export::State,
        DepositedAt = list_export::DepositedAt,
        Verdict = list_export::Verdict,
        Score = list_export::Score,
        Rank = list_export::Rank,
        ColumnCount = list_export::ColumnCount,
    };
    explicit DossierTableModel(QObject* parent = nullptr);

    void clear();
    void append(const QList<Dossier>& dossiers, const QList<QByteArray>& searchTexts);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Eligibility verdicts, consolidated scores and ranks (the Verdict, Score, Rank columns).
    void setInstruction(InstructionOverview overview);
    const InstructionOverview& instruction() const { return m_instruction; }
    // After one dossier's scores or decisions changed (then every rank may move).
    void updateInstruction(int row, const Programme& programme, const QList<guichet::Score>& scores,
                           const QHash<QString, EligibilityDecision>& decisions);
    const DossierInstruction* instruction(int row) const;

    const Dossier& dossier(int row) const { return m_dossiers.at(row); }
    const QList<Dossier>& dossiers() const { return m_dossiers; }
    const QByteArray& searchText(int row) const { return m_searchTexts.at(row); }
    int rowOfNumber(qint64 number) const;
    // The proxy's sort order, on raw values (French collation for text): no QVariant per
    // comparison, so sorting 100 000 rows stays within a keystroke.
    bool lessThan(int leftRow, int rightRow, int column) const;

private:
    QString displayText(const Dossier& d, int column) const;
    const QCollatorSortKey& sortKey(int row, int column) const;

    QList<Dossier> m_dossiers;
    InstructionOverview m_instruction;
    QList<QByteArray> m_searchTexts;
    std::vector<qint64> m_depositedMsecs;
    QCollator m_collator;
    mutable std::vector<std::optional<QCollatorSortKey>> m_applicantKeys;
    mutable std::vector<std::optional<QCollatorSortKey>> m_titleKeys;
};

} // namespace guichet
