#pragma once

#include "EditCommand.h"
#include "instruction/Scores.h"

namespace guichet {

// A declaration of interest. Undoing it withdraws the declaration and gives back the scores
// and opinions it had withdrawn; redoing declares it again.
class ConflictCommand : public EditCommand
{
public:
    ConflictCommand(Editing& editing, ConflictWithdrawal withdrawal);

protected:
    Status apply(bool forward) override;

private:
    ConflictWithdrawal m_withdrawal;
};

} // namespace guichet
