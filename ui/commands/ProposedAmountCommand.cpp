#include "ProposedAmountCommand.h"

#include "campaign/Campaign.h"

#include <QCoreApplication>

namespace guichet {

namespace {

QString commandText(qint64 dossier)
{
    return QCoreApplication::translate("ProposedAmountCommand", "Montant proposé du dossier %1")
        .arg(dossier);
}

} // namespace

ProposedAmountCommand::ProposedAmountCommand(Editing& editing, qint64 dossier,
                                             std::optional<Movement> before, Movement after)
    : EditCommand(editing, dossier, Editing::Place::Detail, commandText(dossier))
    , m_dossier(dossier)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status ProposedAmountCommand::apply(bool forward)
{
    const QString undone =
        QCoreApplication::translate("ProposedAmountCommand", "annulation (Ctrl+Z)");
    const std::optional<Movement>& target = forward ? std::optional<Movement>(m_after) : m_before;
    const QString reason = forward ? m_after.reason : undone;
    Result<Movement> written =
        !target        ? campaign().resetProposedAmount(m_dossier, reason)
        : target->rate ? campaign().setProposedRate(m_dossier, *target->rate, reason)
                       : campaign().setProposedAmount(m_dossier, target->amount, reason);
    if (!written)
        return written.error();
    return success();
}

} // namespace guichet
