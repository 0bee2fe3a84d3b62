#pragma once

#include "EditCommand.h"
#include "instruction/Scores.h"

namespace guichet {

// A declaration of interest, or its withdrawal. Undoing a declaration withdraws it and gives
// back the scores and opinions it had withdrawn; undoing a withdrawal declares the link again.
class ConflictCommand : public EditCommand
{
public:
    enum class Action
    {
        Declare,
        Withdraw
    };

    // `reason`: why a declaration is withdrawn (Withdraw only).
    ConflictCommand(Editing& editing, Action action, ConflictWithdrawal withdrawal,
                    QString reason = {});

protected:
    Status apply(bool forward) override;

private:
    Status declare();
    Status withdraw(const QString& reason);

    Action m_action;
    ConflictWithdrawal m_withdrawal;
    QString m_reason;
};

} // namespace guichet
