#pragma once

#include "InstructionOverview.h"
#include "dossier/Dossier.h"
#include "exportgen/Sheet.h"
#include "programme/Programme.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace guichet {

// The grid the committee's chair projects: dossiers in rank order × the criteria, with the
// consolidated levels, the weighted score, the rank and the disagreement flag. Ranked dossiers
// come first, then eligible ones not yet scored, then the ineligible ones, set apart. The
// window's grid view and `guichet export --what grid` both show this table, in the same column
// order: what the committee reads first (score, flag) before the criteria.
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
        Score,
        Disagreement,
        FirstCriterion // then one column per criterion shown, then the instructors
    };
    // One colour band of the legend: the value it stands for and its colour (0xRRGGBB).
    struct Band
    {
        double value;
        quint32 colour;
    };

    SelectionGrid(const Programme& programme, QList<Dossier> dossiers,
                  InstructionOverview overview);
    // Rows point into the grid's own dossiers and overview.
    SelectionGrid(const SelectionGrid&) = delete;
    SelectionGrid& operator=(const SelectionGrid&) = delete;

    // Keeps only the dossiers of one sub-axis ("" for all), and the criteria that apply to it.
    void setSubaxis(const QString& subaxis);

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const;
    int instructorsColumn() const;
    // The criterion a column shows, or none.
    const Criterion* criterion(int column) const;
    QString header(int column) const;
    QString headerToolTip(int column) const;
    QString text(int row, int column) const;
    // A value that sorts as the column means: numbers as numbers, a missing value below all.
    QVariant sortKey(int row, int column) const;
    // The colour of a criterion's cell: it follows the consolidated mean (see bands()).
    std::optional<quint32> fill(int row, int column) const;
    // The bands of the shown criteria's scale, lowest first.
    QList<Band> bands() const;
    bool isDisagreement(int row) const;
    bool isSetApart(int row) const; // not eligible

    // The table as it is exported: numbers as numbers (each criterion's mean, min and max),
    // the bands as fills.
    Sheet sheet() const;

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
    QList<const Criterion*> m_criteria; // the columns' criteria
    QList<Row> m_rows;
};

} // namespace guichet
