#pragma once

#include "common/Result.h"
#include "programme/Programme.h"

#include <QSqlDatabase>

namespace guichet::demo {

// The committee as the ledger's demo left it: the June and July sessions, validated, with the
// avis the préfète's decisions followed (each decision linked to its session), and the
// September session prepared — attendance, a member represented, one excused, and a member who
// declared links with two applicants on its agenda, so that the agenda groups them and the
// projection window shows at once. The sessions are chaired by the préfète: the documents'
// letterhead reads « PRÉFÈTE DE L'AIN ». Call after addLedger(). Deterministic.
Status addCommittee(QSqlDatabase db, const Programme& programme);

} // namespace guichet::demo
