#include "CancellationCommand.h"

#include "campaign/Campaign.h"

#include <QCoreApplication>

namespace guichet {

namespace {

QString commandText(qint64 dossier)
{
    return QCoreApplication::translate("CancellationCommand",
                                       "Annulation de la décision du dossier %1")
        .arg(dossier);
}

Movement::Kind movementKind(DossierLedger::Decision decision)
{
    switch (decision) {
    case DossierLedger::Decision::Refus:
        return Movement::Kind::Refus;
    case DossierLedger::Decision::SansSuite:
        return Movement::Kind::SansSuite;
    default:
        return Movement::Kind::Attribution;
    }
}

} // namespace

CancellationCommand::CancellationCommand(Editing& editing, const DossierLedger& before,
                                         Movement cancellation)
    : EditCommand(editing, cancellation.dossier, Editing::Place::Detail,
                  commandText(cancellation.dossier))
    , m_decision(before.decision)
    , m_committed(before.committed)
    , m_decidedOn(before.decidedOn)
    , m_cancellation(std::move(cancellation))
{}

Status CancellationCommand::apply(bool forward)
{
    if (forward) {
        Result<Movement> written = campaign().cancelDecision(
            m_cancellation.dossier, m_cancellation.reason, m_cancellation.date);
        return written ? success() : Status(written.error());
    }
    DecisionRequest request;
    request.dossier = m_cancellation.dossier;
    request.kind = movementKind(m_decision);
    if (request.kind == Movement::Kind::Attribution)
        request.amount = m_committed;
    request.date = m_decidedOn;
    request.reason =
        QCoreApplication::translate("CancellationCommand", "décision rétablie (Ctrl+Z)");
    Result<Movement> written = campaign().decide(request);
    return written ? success() : Status(written.error());
}

} // namespace guichet
