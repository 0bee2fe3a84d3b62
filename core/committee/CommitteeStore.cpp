#include "CommitteeStore.h"

#include "CommitteeRows.h"
#include "common/Clock.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet {

using namespace committee_rows;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Committee)
};

Status exec(QSqlQuery& query)
{
    if (query.exec())
        return success();
    return Error::failure(
        Text::tr("Écriture impossible dans le classeur : %1").arg(query.lastError().text()));
}

// SQLite stores a null QString as NULL: text columns are NOT NULL, empty is "".
QString orEmpty(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value.trimmed();
}

QVariant nullable(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QList<Avis> readAvis(QSqlQuery& query, QList<int>* sessions = nullptr)
{
    using namespace avis_columns;
    QList<Avis> list;
    if (!query.exec())
        return list;
    const sql::Positions at(query);
    const int session = at(kSession), dossier = at(kDossierNumber), kind = at(kAvis),
              amount = at(kAmount), observations = at(kObservations), departures = at(kDepartures),
              reason = at(kReason), amended = at(kAmended), amendment = at(kAmendmentReason),
              recordedAt = at(kRecordedAt), recordedBy = at(kRecordedBy);
    while (query.next()) {
        Avis a;
        a.dossier = query.value(dossier).toLongLong();
        a.kind = Avis::fromApiName(query.value(kind).toString()).value_or(a.kind);
        a.amount = query.value(amount).toLongLong();
        a.observations = query.value(observations).toString();
        a.departures = query.value(departures).toInt();
        a.reason = query.value(reason).toString();
        a.amended = query.value(amended).toBool();
        a.amendmentReason = query.value(amendment).toString();
        a.recordedAt = clock::fromText(query.value(recordedAt).toString());
        a.recordedBy = query.value(recordedBy).toString();
        list.append(a);
        if (sessions)
            sessions->append(query.value(session).toInt());
    }
    return list;
}
} // namespace

QString Recusal::apiName(Event event)
{
    return event == Event::Leaves ? QStringLiteral("leaves") : QStringLiteral("returns");
}

QString Recusal::label(Event event)
{
    return event == Event::Leaves ? Text::tr("quitte la salle") : Text::tr("revient en séance");
}

CommitteeStore::CommitteeStore(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

QList<Session> CommitteeStore::sessions() const
{
    using namespace session_columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<Session> list;
    if (!query.exec(sql::select(kTable, kRead) + " ORDER BY "_L1 + kNumber.name))
        return list;
    const sql::Positions at(query);
    const int number = at(kNumber), date = at(kDate), time = at(kTime), place = at(kPlace),
              chair = at(kChair), secretary = at(kSecretary), validatedAt = at(kValidatedAt),
              validatedBy = at(kValidatedBy);
    while (query.next()) {
        Session s;
        s.number = query.value(number).toInt();
        s.date = QDate::fromString(query.value(date).toString(), Qt::ISODate);
        s.time = QTime::fromString(query.value(time).toString(), QStringLiteral("HH:mm"));
        s.place = query.value(place).toString();
        s.chair = query.value(chair).toString();
        s.secretary = query.value(secretary).toString();
        if (const QVariant validated = query.value(validatedAt); !validated.isNull())
            s.validatedAt = clock::fromText(validated.toString());
        s.validatedBy = query.value(validatedBy).toString();
        list.append(s);
    }
    for (Session& s : list)
        s.members = members(s.number);
    return list;
}

std::optional<Session> CommitteeStore::session(int number) const
{
    for (const Session& s : sessions()) {
        if (s.number == number)
            return s;
    }
    return std::nullopt;
}

QList<SessionMember> CommitteeStore::members(int session) const
{
    using namespace member_columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql::select(kTable, kAll) + sql::where({kSession}) + " ORDER BY "_L1 +
                  kPosition.name);
    query.addBindValue(session);
    QList<SessionMember> list;
    if (!query.exec())
        return list;
    const sql::Positions at(query);
    const int name = at(kName), quality = at(kQuality), attendance = at(kAttendance),
              representedBy = at(kRepresentedBy);
    while (query.next()) {
        SessionMember m;
        m.name = query.value(name).toString();
        m.quality = query.value(quality).toString();
        m.attendance = SessionMember::fromApiName(query.value(attendance).toString())
                           .value_or(SessionMember::Attendance::Present);
        m.representedBy = query.value(representedBy).toString();
        list.append(m);
    }
    return list;
}

QList<Avis> CommitteeStore::avis(int session) const
{
    using namespace avis_columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql::select(kTable, kAll) + sql::where({kSession}) + " ORDER BY "_L1 +
                  kDossierNumber.name);
    query.addBindValue(session);
    return readAvis(query);
}

std::optional<Avis> CommitteeStore::avis(int session, qint64 dossier) const
{
    using namespace avis_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::select(kTable, kAll) + sql::where(kKey));
    query.addBindValue(session);
    query.addBindValue(dossier);
    const QList<Avis> found = readAvis(query);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QHash<qint64, SessionAvis> CommitteeStore::latestAvis() const
{
    using namespace avis_columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql::select(kTable, kAll) + " ORDER BY "_L1 + kSession.name);
    QList<int> sessions;
    const QList<Avis> list = readAvis(query, &sessions);
    QHash<qint64, SessionAvis> latest;
    for (qsizetype i = 0; i < list.size(); ++i)
        latest.insert(list.at(i).dossier, {sessions.at(i), list.at(i)});
    return latest;
}

QList<qint64> CommitteeStore::agendaOrder(int session) const
{
    using namespace agenda_columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql::select(kTable, {kDossierNumber}) + sql::where({kSession}) + " ORDER BY "_L1 +
                  kPosition.name);
    query.addBindValue(session);
    QList<qint64> order;
    if (query.exec()) {
        const int dossier = sql::Positions(query)(kDossierNumber);
        while (query.next())
            order.append(query.value(dossier).toLongLong());
    }
    return order;
}

QList<Recusal> CommitteeStore::recusals(int session) const
{
    using namespace recusal_columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql::select(kTable, kWritten) + sql::where({kSession}) + " ORDER BY "_L1 +
                  kId.name);
    query.addBindValue(session);
    QList<Recusal> list;
    if (!query.exec())
        return list;
    const sql::Positions at(query);
    const int dossier = at(kDossierNumber), member = at(kMember), event = at(kEvent),
              recordedAt = at(kRecordedAt), recordedBy = at(kRecordedBy);
    while (query.next()) {
        Recusal r;
        r.dossier = query.value(dossier).toLongLong();
        r.member = query.value(member).toString();
        r.event = query.value(event).toString() == Recusal::apiName(Recusal::Event::Returns)
                      ? Recusal::Event::Returns
                      : Recusal::Event::Leaves;
        r.recordedAt = clock::fromText(query.value(recordedAt).toString());
        r.recordedBy = query.value(recordedBy).toString();
        list.append(r);
    }
    return list;
}

QList<SessionDecision> CommitteeStore::decisions(int session) const
{
    using namespace decision_columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql::select(kTable, kAll) + sql::where({kSession}) + " ORDER BY "_L1 +
                  kMovement.name);
    query.addBindValue(session);
    QList<SessionDecision> list;
    if (!query.exec())
        return list;
    const sql::Positions at(query);
    const int movement = at(kMovement), dossier = at(kDossierNumber), differs = at(kDiffersReason),
              cancelled = at(kCancelledBy);
    while (query.next())
        list.append({query.value(movement).toLongLong(), query.value(dossier).toLongLong(),
                     query.value(differs).toString(), query.value(cancelled).toLongLong()});
    return list;
}

Result<int> CommitteeStore::insertSession(const Session& s)
{
    using namespace session_columns;
    QSqlQuery query(m_db);
    query.prepare("SELECT COALESCE(MAX("_L1 + kNumber.name + "), 0) + 1 AS "_L1 + kNumber.name +
                  " FROM "_L1 + kTable.name);
    if (Status status = exec(query); !status)
        return status.error();
    const int number = query.next() ? query.value(QString(kNumber.name)).toInt() : 1;
    query.prepare(sql::insert(kTable, sql::Columns{kNumber} + kDetails +
                                          sql::Columns{kCreatedAt, kCreatedBy}));
    query.addBindValue(number);
    query.addBindValue(s.date.toString(Qt::ISODate));
    query.addBindValue(s.time.isValid() ? s.time.toString(QStringLiteral("HH:mm"))
                                        : QStringLiteral(""));
    query.addBindValue(orEmpty(s.place));
    query.addBindValue(orEmpty(s.chair));
    query.addBindValue(orEmpty(s.secretary));
    query.addBindValue(clock::toText(clock::now()));
    query.addBindValue(m_actor);
    if (Status status = exec(query); !status)
        return status.error();
    if (Status status = writeMembers(number, s.members); !status)
        return status.error();
    return number;
}

Status CommitteeStore::updateSession(const Session& s)
{
    using namespace session_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::update(kTable, kDetails) + sql::where({kNumber}));
    query.addBindValue(s.date.toString(Qt::ISODate));
    query.addBindValue(s.time.isValid() ? s.time.toString(QStringLiteral("HH:mm"))
                                        : QStringLiteral(""));
    query.addBindValue(orEmpty(s.place));
    query.addBindValue(orEmpty(s.chair));
    query.addBindValue(orEmpty(s.secretary));
    query.addBindValue(s.number);
    if (Status status = exec(query); !status)
        return status;
    return writeMembers(s.number, s.members);
}

Status CommitteeStore::writeMembers(int session, const QList<SessionMember>& members)
{
    using namespace member_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::remove(kTable) + sql::where({kSession}));
    query.addBindValue(session);
    if (Status status = exec(query); !status)
        return status;
    query.prepare(sql::insert(kTable, kAll));
    for (qsizetype i = 0; i < members.size(); ++i) {
        const SessionMember& m = members.at(i);
        query.addBindValue(session);
        query.addBindValue(int(i) + 1);
        query.addBindValue(orEmpty(m.name));
        query.addBindValue(orEmpty(m.quality));
        query.addBindValue(SessionMember::apiName(m.attendance));
        query.addBindValue(orEmpty(m.representedBy));
        if (Status status = exec(query); !status)
            return status;
    }
    return success();
}

Status CommitteeStore::deleteSession(int session)
{
    if (Status status = writeAgendaOrder(session, {}); !status)
        return status;
    if (Status status = writeMembers(session, {}); !status)
        return status;
    using namespace session_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::remove(kTable) + sql::where({kNumber}));
    query.addBindValue(session);
    return exec(query);
}

Status CommitteeStore::writeAgendaOrder(int session, const QList<qint64>& order)
{
    using namespace agenda_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::remove(kTable) + sql::where({kSession}));
    query.addBindValue(session);
    if (Status status = exec(query); !status)
        return status;
    query.prepare(sql::insert(kTable, kAll));
    for (qsizetype i = 0; i < order.size(); ++i) {
        query.addBindValue(session);
        query.addBindValue(order.at(i));
        query.addBindValue(int(i) + 1);
        if (Status status = exec(query); !status)
            return status;
    }
    return success();
}

Status CommitteeStore::writeAvis(int session, const Avis& a)
{
    using namespace avis_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::upsert(kTable, kKey, kValues));
    query.addBindValue(session);
    query.addBindValue(a.dossier);
    query.addBindValue(Avis::apiName(a.kind));
    query.addBindValue(a.amount);
    query.addBindValue(orEmpty(a.observations));
    query.addBindValue(a.departures);
    query.addBindValue(orEmpty(a.reason));
    query.addBindValue(a.amended ? 1 : 0);
    query.addBindValue(orEmpty(a.amendmentReason));
    query.addBindValue(clock::toText(clock::now()));
    query.addBindValue(m_actor);
    return exec(query);
}

Status CommitteeStore::removeAvis(int session, qint64 dossier)
{
    using namespace avis_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::remove(kTable) + sql::where(kKey));
    query.addBindValue(session);
    query.addBindValue(dossier);
    return exec(query);
}

Status CommitteeStore::writeRecusal(int session, const Recusal& r)
{
    using namespace recusal_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::insert(kTable, kWritten));
    query.addBindValue(session);
    query.addBindValue(r.dossier);
    query.addBindValue(orEmpty(r.member));
    query.addBindValue(Recusal::apiName(r.event));
    query.addBindValue(clock::toText(clock::now()));
    query.addBindValue(m_actor);
    return exec(query);
}

Status CommitteeStore::markValidated(int session, const QDateTime& at)
{
    using namespace session_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::update(kTable, {kValidatedAt, kValidatedBy}) + sql::where({kNumber}));
    query.addBindValue(clock::toText(at.isValid() ? at : clock::now()));
    query.addBindValue(m_actor);
    query.addBindValue(session);
    return exec(query);
}

Status CommitteeStore::writeDecision(int session, const SessionDecision& d)
{
    using namespace decision_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::insert(kTable, kWritten));
    query.addBindValue(d.movement);
    query.addBindValue(session);
    query.addBindValue(d.dossier);
    query.addBindValue(orEmpty(d.differsReason));
    return exec(query);
}

Status CommitteeStore::markCancelled(qint64 movement, qint64 cancellation)
{
    using namespace decision_columns;
    QSqlQuery query(m_db);
    query.prepare(sql::update(kTable, {kCancelledBy}) + sql::where({kMovement}));
    query.addBindValue(nullable(cancellation));
    query.addBindValue(movement);
    return exec(query);
}

Status CommitteeStore::audit(int session, const QString& field, const QVariant& before,
                             const QVariant& after)
{
    return AuditLog(m_db).record(m_actor, QStringLiteral("session"), QString::number(session),
                                 field, before, after);
}

} // namespace guichet
