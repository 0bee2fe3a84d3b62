#pragma once

#include "EditCommand.h"
#include "ledger/LedgerStore.h"

namespace guichet {

// A decision of the préfet recorded on a dossier. Undone by cancelling it in the ledger (a
// cancellation movement with the reason « annulation (Ctrl+Z) »: nothing is deleted, the
// credits go back to the envelope), redone by recording the same decision again. An undo is
// refused, and said, once a payment was made on the attribution.
class DecisionCommand : public EditCommand
{
public:
    DecisionCommand(Editing& editing, DecisionRequest request);

protected:
    Status apply(bool forward) override;

private:
    DecisionRequest m_request;
};

} // namespace guichet
