#pragma once

#include "EditCommand.h"
#include "committee/Avis.h"
#include "committee/Session.h"
#include "committee/SessionDecisions.h"

namespace guichet {

// The writes on a whole session that the secretary or the chair takes back with Ctrl+Z: its
// creation and its removal, its details and attendance, the agenda's order, « Avis favorable
// sur toutes les propositions », and « Prendre les décisions » (undone by cancelling the
// decisions in the ledger, refused once a payment was made on one). Each is written again on
// redo.
class SessionCommand : public EditCommand
{
public:
    // `session` created (undone: removed, which the campaign allows while it has no avis).
    static SessionCommand* creation(Editing& editing, Session session);
    // `session` removed (undone: created again, with the agenda's `order` the chair gave).
    static SessionCommand* removal(Editing& editing, Session session, QList<qint64> order);
    // The details and attendance, from `before` to `after`.
    static SessionCommand* details(Editing& editing, Session before, Session after);
    // The agenda's order, from `before` (empty: the computed order) to `after`.
    static SessionCommand* order(Editing& editing, int session, QList<qint64> before,
                                 QList<qint64> after);
    // The avis `kind` recorded at the proposed amount on `dossiers` (those it gave an avis).
    static SessionCommand* allProposals(Editing& editing, int session, Avis::Kind kind,
                                        QString reason, QList<qint64> dossiers);
    static SessionCommand* decisions(Editing& editing, SessionDecisionRequest request);

protected:
    Status apply(bool forward) override;

private:
    enum class Family
    {
        Creation,
        Removal,
        Details,
        Order,
        AllProposals,
        Decisions
    };
    SessionCommand(Editing& editing, Family family, int session, const QString& text);

    Family m_family;
    int m_session;
    Session m_before;
    Session m_after;
    QList<qint64> m_orderBefore;
    QList<qint64> m_orderAfter;
    Avis::Kind m_kind = Avis::Kind::Favorable;
    QString m_reason;
    QList<qint64> m_dossiers;
    SessionDecisionRequest m_decisions;
};

} // namespace guichet
