#pragma once

#include "EditCommand.h"
#include "ledger/Movement.h"

namespace guichet {

// A reduction of an attribution or a payment recorded on a dossier. Undone by its
// counter-entry (the same kind with the opposite amount, citing it: nothing is deleted), redone
// by writing the same entry again, which the next undo counters in turn.
class LedgerEntryCommand : public EditCommand
{
public:
    // `written`: the reduction or payment the campaign wrote.
    LedgerEntryCommand(Editing& editing, Movement written);

protected:
    Status apply(bool forward) override;

private:
    Movement m_entry; // the entry in force: the last one written
};

} // namespace guichet
