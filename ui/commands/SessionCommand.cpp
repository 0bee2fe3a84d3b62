#include "SessionCommand.h"

#include "campaign/Campaign.h"

#include <QCoreApplication>

namespace guichet {

namespace {
QString described(const char* source, int session)
{
    return QCoreApplication::translate("SessionCommand", source).arg(session);
}
} // namespace

SessionCommand::SessionCommand(Editing& editing, Family family, int session, const QString& text)
    : EditCommand(editing, 0, Editing::Place::Detail, text)
    , m_family(family)
    , m_session(session)
{}

SessionCommand* SessionCommand::creation(Editing& editing, Session session)
{
    auto* command = new SessionCommand(
        editing, Family::Creation, session.number,
        described(QT_TRANSLATE_NOOP("SessionCommand", "Création de la séance n° %1"),
                  session.number));
    command->m_after = std::move(session);
    return command;
}

SessionCommand* SessionCommand::removal(Editing& editing, Session session, QList<qint64> order)
{
    auto* command = new SessionCommand(
        editing, Family::Removal, session.number,
        described(QT_TRANSLATE_NOOP("SessionCommand", "Suppression de la séance n° %1"),
                  session.number));
    command->m_after = std::move(session);
    command->m_orderBefore = std::move(order);
    return command;
}

SessionCommand* SessionCommand::details(Editing& editing, Session before, Session after)
{
    auto* command = new SessionCommand(
        editing, Family::Details, after.number,
        described(QT_TRANSLATE_NOOP("SessionCommand", "Détails de la séance n° %1"), after.number));
    command->m_before = std::move(before);
    command->m_after = std::move(after);
    return command;
}

SessionCommand* SessionCommand::order(Editing& editing, int session, QList<qint64> before,
                                      QList<qint64> after)
{
    auto* command = new SessionCommand(
        editing, Family::Order, session,
        described(QT_TRANSLATE_NOOP("SessionCommand", "Ordre du jour de la séance n° %1"),
                  session));
    command->m_orderBefore = std::move(before);
    command->m_orderAfter = std::move(after);
    return command;
}

SessionCommand* SessionCommand::allProposals(Editing& editing, int session, Avis::Kind kind,
                                             QString reason, QList<qint64> dossiers)
{
    auto* command = new SessionCommand(
        editing, Family::AllProposals, session,
        described(
            QT_TRANSLATE_NOOP("SessionCommand", "Avis sur toutes les propositions (séance n° %1)"),
            session));
    command->m_kind = kind;
    command->m_reason = std::move(reason);
    command->m_dossiers = std::move(dossiers);
    return command;
}

SessionCommand* SessionCommand::decisions(Editing& editing, SessionDecisionRequest request)
{
    auto* command = new SessionCommand(
        editing, Family::Decisions, request.session,
        described(QT_TRANSLATE_NOOP("SessionCommand", "Décisions de la séance n° %1"),
                  request.session));
    command->m_decisions = std::move(request);
    return command;
}

Status SessionCommand::apply(bool forward)
{
    switch (m_family) {
    case Family::Creation:
    case Family::Removal: {
        if ((m_family == Family::Creation) != forward)
            return campaign().removeSession(m_session);
        // The next number is the removed one's: sessions are removed only from the end.
        const Result<int> created = campaign().createSession(m_after, m_orderBefore);
        return created ? success() : Status(created.error());
    }
    case Family::Details:
        return campaign().updateSession(forward ? m_after : m_before);
    case Family::Order:
        return campaign().reorderAgenda(m_session, forward ? m_orderAfter : m_orderBefore);
    case Family::AllProposals: {
        if (!forward)
            return campaign().clearAvis(m_session, m_dossiers);
        const Result<QList<qint64>> given =
            campaign().recordAllProposals(m_session, m_kind, m_reason);
        if (!given)
            return given.error();
        m_dossiers = *given;
        return success();
    }
    case Family::Decisions: {
        if (!forward) {
            const auto undone = campaign().undoSessionDecisions(
                m_session, QCoreApplication::translate("SessionCommand", "annulation (Ctrl+Z)"));
            return undone ? success() : Status(undone.error());
        }
        const auto taken = campaign().takeSessionDecisions(m_decisions);
        return taken ? success() : Status(taken.error());
    }
    }
    return success();
}

} // namespace guichet
