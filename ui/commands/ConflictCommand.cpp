#include "ConflictCommand.h"

#include "campaign/Campaign.h"

#include <QCoreApplication>

namespace guichet {

namespace {
QString describe(ConflictCommand::Action action, const ConflictDeclaration& declaration)
{
    return action == ConflictCommand::Action::Declare
               ? QCoreApplication::translate("ConflictCommand", "Lien de %1 avec %2")
                     .arg(declaration.person, declaration.applicantName)
               : QCoreApplication::translate("ConflictCommand", "Retrait du lien de %1 avec %2")
                     .arg(declaration.person, declaration.applicantName);
}
} // namespace

ConflictCommand::ConflictCommand(Editing& editing, Action action, ConflictWithdrawal withdrawal,
                                 QString reason)
    : EditCommand(editing, 0, Editing::Place::Detail, describe(action, withdrawal.declaration))
    , m_action(action)
    , m_withdrawal(std::move(withdrawal))
    , m_reason(std::move(reason))
{}

Status ConflictCommand::apply(bool forward)
{
    if ((m_action == Action::Declare) == forward)
        return declare();
    return withdraw(
        m_action == Action::Declare
            ? QCoreApplication::translate("ConflictCommand", "déclaration annulée (Ctrl+Z)")
            : m_reason);
}

Status ConflictCommand::declare()
{
    auto again = campaign().declareConflict(m_withdrawal.declaration);
    if (!again)
        return again.error();
    m_withdrawal = std::move(again.value());
    return success();
}

Status ConflictCommand::withdraw(const QString& reason)
{
    // Undoing a declaration gives back what it withdrew; a withdrawal in its own right gives
    // back nothing (what the declaration withdrew stays withdrawn, as the log says).
    ConflictWithdrawal restore = m_withdrawal;
    if (m_action == Action::Withdraw) {
        restore.scores.clear();
        restore.opinions.clear();
    }
    return campaign().retractConflict(restore, reason);
}

} // namespace guichet
