#pragma once

#include "common/Result.h"
#include "programme/Programme.h"

#include <QSqlDatabase>

namespace guichet::demo {

// The envelope as the prefecture would have it after two committees: an instructor's rate on
// one dossier, attributions on the best ranked (one later reduced, one cancelled), a refusal,
// payments (avances, an acompte, a solde), and two saved scenarios for the next committee, so
// that the dashboard and the ledger show at once. Call after addInstruction(). Deterministic.
Status addLedger(QSqlDatabase db, const Programme& programme);

} // namespace guichet::demo
