#pragma once

#include "common/Result.h"
#include "dossier/Dossier.h"
#include "programme/Programme.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace guichet::demo {

// Instruction work as a prefecture would have it a week before the committee: the manual
// eligibility checks decided on most dossiers, two or three instructors' scores on the first
// `maxScored` eligible ones (with comments and opinions), and a few disagreements, so that the
// grid, the consolidation and the ranking show at once. Deterministic.
Status addInstruction(QSqlDatabase db, const Programme& programme, const QList<Dossier>& dossiers,
                      int maxScored = 200);

} // namespace guichet::demo
