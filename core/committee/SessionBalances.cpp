#include "SessionBalances.h"

#include "CommitteeStore.h"

namespace guichet {

QMap<int, EnvelopeBalance> sessionBalances(const CommitteeStore& committee,
                                           const LedgerState& ledger)
{
    QMap<int, EnvelopeBalance> balances;
    for (const Session& session : committee.sessions()) {
        EnvelopeBalance& balance = balances[session.number];
        for (const SessionDecision& decision : committee.decisions(session.number)) {
            const DossierLedger* d = ledger.find(decision.dossier);
            if (d && d->isActive() && d->decisionMovement == decision.movement) {
                balance.committed += d->committed;
                balance.paid += d->paid();
            }
        }
        for (const Avis& avis : committee.avis(session.number)) {
            const DossierLedger* d = ledger.find(avis.dossier);
            if (avis.isFavourable() && (!d || d->decision == DossierLedger::Decision::None))
                balance.proposed += avis.amount;
        }
    }
    return balances;
}

} // namespace guichet
