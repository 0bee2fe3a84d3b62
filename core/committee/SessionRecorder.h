#pragma once

#include "Avis.h"
#include "CommitteeStore.h"
#include "Session.h"
#include "common/Result.h"
#include "programme/Programme.h"

#include <QList>
#include <QSqlDatabase>

namespace guichet {

class SessionAgenda;

// The secretary's and the chair's writes on a session, with their rules. Each checks its input
// first (Error::Kind::BadInput and nothing written when refused), then writes in one
// transaction with its audit row. Campaign calls these and announces Change::Kind::Committee.
class SessionRecorder
{
public:
    SessionRecorder(QSqlDatabase db, const Programme& programme, QString actor);

    // A new session (its number is the next one): a valid date, a chair, members with a name
    // each (once); with the chair's `order` of its agenda when given (what undoing its removal
    // writes back), in the same transaction.
    Result<int> create(const Session& session, const QList<qint64>& order = {});
    // The date, place, chair, secretary and attendance of an open session.
    Status update(const Session& session);
    // Removes a session created by mistake (what undoing its creation does): only the latest
    // one, still open, with no avis and no recusal, so that the numbering keeps no gap and
    // nothing the committee did is lost. Audited, with the session's title.
    Status remove(int session);
    // The chair's order: every dossier of the open session's agenda, once; an empty list goes
    // back to the computed order (what undoing a first reorder does).
    Status reorder(int session, const QList<qint64>& order);
    // The avis on one dossier of the agenda of an open session. A favourable avis without an
    // amount takes the proposed amount; an avis departing from the instruction (departuresOf)
    // needs request.reason, recorded with it as the departure's reason.
    Result<Avis> record(int session, const AvisRequest& request);
    // « Avis favorable sur toutes les propositions »: `kind` (favourable, or favourable sous
    // réserve) at the proposed amount on every dossier of the agenda without an avis yet, all
    // or none (a departure among them needs `reason`). Returns the dossiers given an avis.
    Result<QList<qint64>> recordAllProposals(int session, Avis::Kind kind,
                                             const QString& reason = {});
    // Withdraws the avis of an open session on `dossiers` (what undoing their recording does),
    // audited.
    Status clear(int session, const QList<qint64>& dossiers);
    // A member (of the session) leaving the room before a dossier of the agenda, or returning.
    Status recuse(int session, qint64 dossier, const QString& member, Recusal::Event event);
    // The chair validates: the quorum (by the programme's rule) is met and every dossier of the
    // agenda has an avis; the agenda is frozen and the avis locked.
    Status validate(int session);
    // A change of an avis of a validated session, with its reason (required): flagged as an
    // amendment and audited.
    Result<Avis> amend(int session, const AvisRequest& request);

private:
    // The session, refused when it does not exist or (`open`) is already validated, or (not
    // `open`) is not validated yet.
    Result<Session> find(int session, bool open) const;
    // The avis `request` asks for, checked against the agenda (its amount, its departures).
    Result<Avis> build(const SessionAgenda& agenda, const AvisRequest& request,
                       const QString& departureReason) const;
    Status write(int session, const Avis& avis, const QString& field);

    CommitteeStore m_store;
    const Programme& m_programme;
};

} // namespace guichet
