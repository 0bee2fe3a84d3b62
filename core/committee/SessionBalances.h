#pragma once

#include "ledger/EnvelopeOverview.h"
#include "ledger/LedgerState.h"

#include <QMap>

namespace guichet {

class CommitteeStore;

// The envelope per committee session (`guichet envelope`): for each session, what its
// favourable avis still propose (dossiers never decided) and what the decisions taken from it
// commit and have paid now, after any later reduction, cancellation or payment. A session's
// decision no longer in force (cancelled, decided again elsewhere) counts no more for it.
// The balances have no envelope of their own: the envelope is the campaign's.
QMap<int, EnvelopeBalance> sessionBalances(const CommitteeStore& committee,
                                           const LedgerState& ledger);

} // namespace guichet
