#include "RecusalCommand.h"

#include "campaign/Campaign.h"

#include <QCoreApplication>

namespace guichet {

namespace {
QString commandText(const QString& member, Recusal::Event event, qint64 dossier)
{
    return event == Recusal::Event::Leaves
               ? QCoreApplication::translate("RecusalCommand", "%1 quitte la salle (dossier %2)")
                     .arg(member)
                     .arg(dossier)
               : QCoreApplication::translate("RecusalCommand", "%1 revient (dossier %2)")
                     .arg(member)
                     .arg(dossier);
}
} // namespace

RecusalCommand::RecusalCommand(Editing& editing, int session, qint64 dossier, QString member,
                               Recusal::Event event)
    : EditCommand(editing, 0, Editing::Place::Detail, commandText(member, event, dossier))
    , m_session(session)
    , m_dossier(dossier)
    , m_member(std::move(member))
    , m_event(event)
{}

Status RecusalCommand::apply(bool forward)
{
    const Recusal::Event event = forward == (m_event == Recusal::Event::Leaves)
                                     ? Recusal::Event::Leaves
                                     : Recusal::Event::Returns;
    return campaign().recordRecusal(m_session, m_dossier, m_member, event);
}

} // namespace guichet
