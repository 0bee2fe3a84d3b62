#pragma once

#include "Avis.h"
#include "Session.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace guichet {

// A member leaving the room before a dossier (recusal) or coming back after it.
struct Recusal
{
    enum class Event
    {
        Leaves,
        Returns
    };
    qint64 dossier = 0;
    QString member;
    Event event = Event::Leaves;
    QDateTime recordedAt; // UTC
    QString recordedBy;

    static QString apiName(Event event); // "leaves", "returns"
    static QString label(Event event);   // « quitte la salle », « revient »
};

// A ledger decision taken from a session's avis (« Prendre les décisions »).
struct SessionDecision
{
    qint64 movement = 0; // the decision's movement in the ledger
    qint64 dossier = 0;
    QString differsReason;  // why the decision differs from the avis; empty when it does not
    qint64 cancelledBy = 0; // the cancellation that undid it; 0 while it stands

    bool stands() const { return cancelledBy == 0; }
};

// The latest avis a dossier received, and in which session.
struct SessionAvis
{
    int session = 0;
    Avis avis;
};

// The committee's tables: sessions and their attendance, the agenda's stored order, the avis,
// the recusals (append-only) and the decisions taken from a session. Reads, and writes without
// a transaction of their own: the rules and the transactions are SessionRecorder's and
// SessionDecisions' (each write of theirs is one transaction with its audit row).
class CommitteeStore
{
public:
    CommitteeStore(QSqlDatabase db, QString actor);

    QList<Session> sessions() const; // by number, with their members
    std::optional<Session> session(int number) const;
    QList<Avis> avis(int session) const; // by DS number
    std::optional<Avis> avis(int session, qint64 dossier) const;
    // Each dossier's avis in the latest session that gave it one (`guichet dossiers`).
    QHash<qint64, SessionAvis> latestAvis() const;
    QList<qint64> agendaOrder(int session) const; // empty: none stored
    QList<Recusal> recusals(int session) const;   // in the order recorded
    QList<SessionDecision> decisions(int session) const;

    Result<int> insertSession(const Session& session); // its number
    Status updateSession(const Session& session);      // details and members
    // The session, its members and its agenda's order (SessionRecorder::remove checks first
    // that nothing else refers to it).
    Status deleteSession(int session);
    Status writeAgendaOrder(int session, const QList<qint64>& order);
    Status writeAvis(int session, const Avis& avis);
    Status removeAvis(int session, qint64 dossier);
    Status writeRecusal(int session, const Recusal& recusal);
    Status markValidated(int session, const QDateTime& at = {}); // now when invalid
    Status writeDecision(int session, const SessionDecision& decision);
    Status markCancelled(qint64 movement, qint64 cancellation);
    // The audit row of a change to session `session` (entity « session »).
    Status audit(int session, const QString& field, const QVariant& before, const QVariant& after);

    QSqlDatabase database() const { return m_db; }

private:
    QList<SessionMember> members(int session) const;
    Status writeMembers(int session, const QList<SessionMember>& members);

    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace guichet
