#include "ConflictCommand.h"

#include "campaign/Campaign.h"

#include <QCoreApplication>

namespace guichet {

ConflictCommand::ConflictCommand(Editing& editing, ConflictWithdrawal withdrawal)
    : EditCommand(editing, 0, Editing::Place::Detail,
                  QCoreApplication::translate("ConflictCommand", "Lien de %1 avec %2")
                      .arg(withdrawal.declaration.person, withdrawal.declaration.applicantName))
    , m_withdrawal(std::move(withdrawal))
{}

Status ConflictCommand::apply(bool forward)
{
    if (!forward)
        return campaign().retractConflict(
            m_withdrawal,
            QCoreApplication::translate("ConflictCommand", "déclaration annulée (Ctrl+Z)"));
    auto again = campaign().declareConflict(m_withdrawal.declaration);
    if (!again)
        return again.error();
    m_withdrawal = std::move(again.value());
    return success();
}

} // namespace guichet
