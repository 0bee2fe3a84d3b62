#include "AvisCommand.h"

#include "campaign/Campaign.h"

#include <QCoreApplication>

namespace guichet {

namespace {

QString commandText(AvisCommand::Way way, qint64 dossier)
{
    return way == AvisCommand::Way::Record
               ? QCoreApplication::translate("AvisCommand", "Avis sur le dossier %1").arg(dossier)
               : QCoreApplication::translate("AvisCommand",
                                             "Amendement de l'avis sur le dossier %1")
                     .arg(dossier);
}

// The request that writes `avis` back as it was.
AvisRequest requestFor(const Avis& avis, const QString& reason)
{
    AvisRequest request;
    request.dossier = avis.dossier;
    request.kind = avis.kind;
    if (avis.isFavourable())
        request.amount = avis.amount;
    request.observations = avis.observations;
    request.reason = reason;
    return request;
}

} // namespace

AvisCommand::AvisCommand(Editing& editing, Way way, int session, AvisRequest request,
                         std::optional<Avis> before)
    : EditCommand(editing, 0, Editing::Place::Detail, commandText(way, request.dossier))
    , m_way(way)
    , m_session(session)
    , m_request(std::move(request))
    , m_before(std::move(before))
{}

Status AvisCommand::apply(bool forward)
{
    if (forward)
        return write(m_request);
    if (!m_before)
        return campaign().clearAvis(m_session, {m_request.dossier});
    // An amendment is taken back by another amendment, which needs its own reason; a recording
    // by recording again, with the departure's reason it had.
    return write(requestFor(*m_before,
                            m_way == Way::Amend
                                ? QCoreApplication::translate("AvisCommand", "annulation (Ctrl+Z)")
                                : m_before->reason));
}

Status AvisCommand::write(const AvisRequest& request)
{
    const Result<Avis> written = m_way == Way::Record ? campaign().recordAvis(m_session, request)
                                                      : campaign().amendAvis(m_session, request);
    if (!written)
        return written.error();
    return success();
}

} // namespace guichet
