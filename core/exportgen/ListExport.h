#pragma once

#include "Sheet.h"
#include "dossier/Dossier.h"
#include "instruction/Eligibility.h"

#include <QList>

#include <optional>

namespace guichet {
class InstructionOverview;
}

// The dossier list as a table to export: the window passes the rows and columns it shows (its
// filter, sort and visible columns), `guichet export --what list` those of the window's first
// layout. Both get the same headers and typed values.
namespace guichet::list_export {

// The list's columns, in the model's order (DossierTableModel numbers its columns with these).
enum Column
{
    Number,
    Applicant,
    Kind,
    Population,
    Subaxis,
    Title,
    TotalCost,
    Requested,
    State,
    DepositedAt,
    Verdict,
    Score,
    Rank,
    ColumnCount
};

QString header(int column);
// The columns as the window first lays them out: what instruction says after the sub-axis.
QList<int> defaultColumns();
// The dossiers of `subaxis` ("" for all) and `verdict` (any when none), in the window's first
// order: by deposit date.
QList<const Dossier*> defaultRows(const QList<Dossier>& dossiers,
                                  const InstructionOverview& overview, const QString& subaxis,
                                  std::optional<EligibilityAssessment::Verdict> verdict);
Sheet sheet(const QList<const Dossier*>& dossiers, const InstructionOverview& overview,
            const QList<int>& columns);

} // namespace guichet::list_export
