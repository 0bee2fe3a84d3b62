#pragma once

#include "InstructionOverview.h"
#include "common/Result.h"
#include "dossier/Dossier.h"
#include "programme/Programme.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace guichet {

// The grid the committee's chair projects: dossiers in rank order × the criteria, with the
// consolidated levels, the weighted score, the rank and the disagreement flag. Ranked dossiers
// come first, then eligible ones not yet scored, then the ineligible ones, set apart. The
// window's grid view and `guichet export --what grid` both show this table.
class SelectionGrid
{
public:
    enum Column
    {
        Rank,
        RankInSubaxis,
        Number,
        Applicant,
        Subaxis,
        Eligibility,
        FirstCriterion // then one column per criterion, then the trailing columns
    };
    // How far a consolidated level is up its criterion's scale: the cell's colour band.
    enum class Band
    {
        None,
        Low,
        Middle,
        High
    };

    SelectionGrid(const Programme& programme, QList<Dossier> dossiers,
                  InstructionOverview overview);
    // Rows point into the grid's own dossiers and overview.
    SelectionGrid(const SelectionGrid&) = delete;
    SelectionGrid& operator=(const SelectionGrid&) = delete;

    // Keeps only the dossiers of one sub-axis ("" for all).
    void setSubaxis(const QString& subaxis);

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const;
    QString header(int column) const;
    QString headerToolTip(int column) const;
    QString text(int row, int column) const;
    // A value that sorts as the column means: numbers as numbers, a missing value below all.
    QVariant sortKey(int row, int column) const;
    Band band(int row, int column) const;
    bool isDisagreement(int row) const;
    bool isSetApart(int row) const; // not eligible
    int scoreColumn() const;
    int disagreementColumn() const;

    // The table as the export writes it (headers first).
    QList<QStringList> table() const;
    Status writeCsv(const QString& path) const;
    Status writeXlsx(const QString& path) const;

private:
    struct Row
    {
        const Dossier* dossier;
        const DossierInstruction* instruction;
    };
    const CriterionConsolidation* consolidation(int row, int column) const;
    void rebuild();

    const Programme& m_programme;
    QList<Dossier> m_dossiers;
    InstructionOverview m_overview;
    QString m_subaxis;
    QList<Row> m_rows;
};

} // namespace guichet
