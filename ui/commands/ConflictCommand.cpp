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
    // Gives back what the last declaration withdrew: nothing for a first withdrawal (its
    // lists are empty), the scores entered since when a withdrawal is redone after its undo.
    return campaign().retractConflict(m_withdrawal, reason);
}

} // namespace guichet
