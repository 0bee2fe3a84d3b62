#include "DecisionCommand.h"

#include "campaign/Campaign.h"

#include <QCoreApplication>

namespace guichet {

namespace {

QString commandText(qint64 dossier)
{
    return QCoreApplication::translate("DecisionCommand", "Décision sur le dossier %1")
        .arg(dossier);
}

} // namespace

DecisionCommand::DecisionCommand(Editing& editing, DecisionRequest request)
    : EditCommand(editing, request.dossier, Editing::Place::Detail, commandText(request.dossier))
    , m_request(std::move(request))
{}

Status DecisionCommand::apply(bool forward)
{
    Result<Movement> written =
        forward ? campaign().decide(m_request)
                : campaign().cancelDecision(
                      m_request.dossier,
                      QCoreApplication::translate("DecisionCommand", "annulation (Ctrl+Z)"),
                      m_request.date);
    if (!written)
        return written.error();
    return success();
}

} // namespace guichet
