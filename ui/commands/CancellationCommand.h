#pragma once

#include "EditCommand.h"
#include "ledger/LedgerState.h"

namespace guichet {

// A decision withdrawn. Undone by recording the same decision again (its kind, the amount it
// still committed, its date: the credits are committed again, under the envelope's guard),
// redone by withdrawing it again. Each step is a movement of the ledger.
class CancellationCommand : public EditCommand
{
public:
    // `before`: where the dossier stood before the cancellation; `cancellation`: the movement.
    CancellationCommand(Editing& editing, const DossierLedger& before, Movement cancellation);

protected:
    Status apply(bool forward) override;

private:
    DossierLedger::Decision m_decision;
    Cents m_committed;
    QDate m_decidedOn;
    Movement m_cancellation;
};

} // namespace guichet
