#include "SessionRecorder.h"

#include "SessionAgenda.h"
#include "common/Format.h"
#include "common/TextFold.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Committee)
};

// The avis as the audit log keeps it: « Favorable, 5 000,00 € — observations — motif ».
QString describe(const std::optional<Avis>& a)
{
    if (!a)
        return QString();
    QString text = Avis::label(a->kind);
    if (a->isFavourable())
        text += QStringLiteral(", ") + money::format(a->amount);
    for (const QString& part : {a->observations, a->reason, a->amendmentReason}) {
        if (!part.isEmpty())
            text += QStringLiteral(" — ") + part;
    }
    return text;
}

Error writeError(const QString& detail)
{
    return Error::failure(Text::tr("Écriture impossible dans le classeur : %1").arg(detail));
}

Status checkDetails(const Session& s)
{
    if (!s.date.isValid())
        return Error::badInput(Text::tr("Une séance a une date (AAAA-MM-JJ)."));
    if (s.chair.trimmed().isEmpty())
        return Error::badInput(Text::tr("Une séance a un président."));
    QSet<QString> names;
    for (const SessionMember& m : s.members) {
        const QString name = text::fold(m.name.trimmed());
        if (name.isEmpty())
            return Error::badInput(Text::tr("Chaque membre de la séance a un nom."));
        if (names.contains(name))
            return Error::badInput(
                Text::tr("%1 figure deux fois parmi les membres.").arg(m.name.trimmed()));
        names.insert(name);
    }
    return success();
}

// Sessions are numbered in the order they meet: `s` (numbered 0 when new, after the last) falls
// between its neighbours' dates.
Status checkChronology(const Session& s, const QList<Session>& sessions)
{
    const Session* conflict = nullptr;
    for (const Session& other : sessions) {
        if (other.number == s.number)
            continue;
        const bool before = s.number == 0 || other.number < s.number;
        // The nearest session out of order: the last one before, the first one after.
        if (before && other.date > s.date && (!conflict || other.date > conflict->date))
            conflict = &other;
        if (!before && other.date < s.date && !conflict)
            conflict = &other;
    }
    if (!conflict)
        return success();
    return Error::badInput(Text::tr("La séance n° %1 se tient le %2 : les séances sont "
                                    "numérotées dans l'ordre où elles se tiennent, celle-ci ne "
                                    "peut être datée du %3.")
                               .arg(conflict->number)
                               .arg(format::date(conflict->date), format::date(s.date)));
}
} // namespace

SessionRecorder::SessionRecorder(QSqlDatabase db, const Programme& programme, QString actor)
    : m_store(std::move(db), std::move(actor))
    , m_programme(programme)
{}

Result<Session> SessionRecorder::find(int number, bool open) const
{
    const std::optional<Session> session = m_store.session(number);
    if (!session)
        return Error::badInput(Text::tr("Aucune séance n° %1 dans ce classeur.").arg(number));
    if (open && session->isValidated())
        return Error::badInput(Text::tr("La séance n° %1 est validée : ses avis ne changent plus "
                                        "que par un amendement motivé.")
                                   .arg(number));
    if (!open && !session->isValidated())
        return Error::badInput(Text::tr("La séance n° %1 n'est pas encore validée.").arg(number));
    return *session;
}

Result<int> SessionRecorder::create(const Session& session, const QList<qint64>& order)
{
    if (Status status = checkDetails(session); !status)
        return status.error();
    Session created = session;
    created.number = 0;
    if (Status status = checkChronology(created, m_store.sessions()); !status)
        return status.error();
    Transaction transaction(m_store.database());
    const auto number = m_store.insertSession(session);
    if (!number)
        return number;
    created.number = *number;
    if (Status status =
            m_store.audit(*number, QStringLiteral("created"), QVariant(), created.title());
        !status)
        return status.error();
    if (!order.isEmpty()) {
        if (Status status = reorder(*number, order); !status)
            return status.error();
    }
    if (!transaction.commit())
        return writeError(transaction.lastError());
    return number;
}

Status SessionRecorder::remove(int number)
{
    const auto session = find(number, true);
    if (!session)
        return session.error();
    for (const Session& other : m_store.sessions()) {
        if (other.number > number)
            return Error::badInput(
                Text::tr("La séance n° %1 ne peut être supprimée : la séance n° %2 a été créée "
                         "après elle, et les séances restent numérotées sans trou.")
                    .arg(number)
                    .arg(other.number));
    }
    if (!m_store.avis(number).isEmpty() || !m_store.recusals(number).isEmpty())
        return Error::badInput(Text::tr("La séance n° %1 ne peut être supprimée : le comité y a "
                                        "déjà donné des avis ou enregistré des déports.")
                                   .arg(number));
    Transaction transaction(m_store.database());
    if (Status status = m_store.deleteSession(number); !status)
        return status;
    if (Status status =
            m_store.audit(number, QStringLiteral("deleted"), session->title(), QVariant());
        !status)
        return status;
    if (!transaction.commit())
        return writeError(transaction.lastError());
    return success();
}

Status SessionRecorder::update(const Session& session)
{
    const auto current = find(session.number, true);
    if (!current)
        return current.error();
    if (Status status = checkDetails(session); !status)
        return status;
    if (Status status = checkChronology(session, m_store.sessions()); !status)
        return status;
    Transaction transaction(m_store.database());
    if (Status status = m_store.updateSession(session); !status)
        return status;
    QStringList attendance;
    for (const SessionMember& m : session.members)
        attendance.append(m.name + QStringLiteral(" : ") + SessionMember::label(m.attendance));
    if (Status status = m_store.audit(session.number, QStringLiteral("details"), current->title(),
                                      QString(session.title() + QStringLiteral(" — ") +
                                              attendance.join(QStringLiteral(", "))));
        !status)
        return status;
    if (!transaction.commit())
        return writeError(transaction.lastError());
    return success();
}

Status SessionRecorder::reorder(int number, const QList<qint64>& order)
{
    if (const auto session = find(number, true); !session)
        return session.error();
    const auto agenda = SessionAgenda::load(m_store.database(), m_programme, number);
    if (!agenda)
        return agenda.error();
    QList<qint64> expected;
    for (const AgendaEntry& e : agenda->entries())
        expected.append(e.item.dossier);
    QList<qint64> sortedOrder = order, sortedExpected = expected;
    std::sort(sortedOrder.begin(), sortedOrder.end());
    std::sort(sortedExpected.begin(), sortedExpected.end());
    if (!order.isEmpty() && sortedOrder != sortedExpected)
        return Error::badInput(
            Text::tr("Le nouvel ordre doit reprendre chaque dossier de l'ordre du jour une fois."));
    Transaction transaction(m_store.database());
    if (Status status = m_store.writeAgendaOrder(number, order); !status)
        return status;
    QStringList numbers;
    for (qint64 dossier : order)
        numbers.append(QString::number(dossier));
    if (Status status = m_store.audit(number, QStringLiteral("agenda"), QVariant(),
                                      numbers.join(QStringLiteral(", ")));
        !status)
        return status;
    if (!transaction.commit())
        return writeError(transaction.lastError());
    return success();
}

Result<Avis> SessionRecorder::build(const SessionAgenda& agenda, const AvisRequest& request,
                                    const QString& departureReason) const
{
    const AgendaEntry* entry = agenda.find(request.dossier);
    if (!entry)
        return Error::badInput(Text::tr("Le dossier %1 n'est pas à l'ordre du jour de la séance "
                                        "n° %2.")
                                   .arg(request.dossier)
                                   .arg(agenda.session().number));
    Avis a;
    a.dossier = request.dossier;
    a.kind = request.kind;
    a.observations = request.observations.trimmed();
    if (a.isFavourable()) {
        a.amount = request.amount.value_or(entry->proposed());
        if (a.amount <= 0)
            return Error::badInput(
                Text::tr("Un avis favorable sur le dossier %1 a un montant positif.")
                    .arg(request.dossier));
        if (a.amount > entry->requested)
            return Error::badInput(
                Text::tr("Le montant de l'avis (%1) dépasse le montant sollicité (%2).")
                    .arg(money::format(a.amount), money::format(entry->requested)));
    } else if (request.amount && *request.amount != 0) {
        return Error::badInput(Text::tr("Un avis défavorable ou un ajournement n'a pas de "
                                        "montant."));
    }
    a.departures = departuresOf({entry->item.dossier, entry->item.rank, std::nullopt}, a.kind,
                                a.amount, entry->proposed(), agenda.rankedAvis());
    if (a.departures != Avis::NoDeparture) {
        if (departureReason.trimmed().isEmpty())
            return Error::badInput(Text::tr("L'avis sur le dossier %1 s'écarte de l'instruction "
                                            "(%2) : donnez-en le motif.")
                                       .arg(request.dossier)
                                       .arg(Avis::describeDepartures(a.departures)));
        a.reason = departureReason.trimmed();
    }
    return a;
}

Status SessionRecorder::write(int session, const Avis& a, const QString& field)
{
    const std::optional<Avis> before = m_store.avis(session, a.dossier);
    if (Status status = m_store.writeAvis(session, a); !status)
        return status;
    return m_store.audit(session, field.arg(a.dossier), describe(before), describe(a));
}

Result<Avis> SessionRecorder::record(int number, const AvisRequest& request)
{
    if (const auto session = find(number, true); !session)
        return session.error();
    const auto agenda = SessionAgenda::load(m_store.database(), m_programme, number);
    if (!agenda)
        return agenda.error();
    auto built = build(*agenda, request, request.reason);
    if (!built)
        return built;
    Transaction transaction(m_store.database());
    if (Status status = write(number, *built, QStringLiteral("avis:%1")); !status)
        return status.error();
    if (!transaction.commit())
        return writeError(transaction.lastError());
    return built;
}

Result<QList<qint64>> SessionRecorder::recordAllProposals(int number, Avis::Kind kind,
                                                          const QString& reason)
{
    if (!Avis::isFavourable(kind))
        return Error::badInput(Text::tr("« Toutes les propositions » donne un avis favorable, "
                                        "avec ou sans réserve."));
    if (const auto session = find(number, true); !session)
        return session.error();
    const auto agenda = SessionAgenda::load(m_store.database(), m_programme, number);
    if (!agenda)
        return agenda.error();
    QList<RankedAvis> ranked = agenda->rankedAvis();
    QList<Avis> written;
    for (const AgendaEntry& entry : agenda->entries()) {
        if (entry.avis || !entry.proposal)
            continue;
        Avis a;
        a.dossier = entry.item.dossier;
        a.kind = kind;
        a.amount = entry.proposed();
        // Each checked against the avis given so far, those of this action included.
        a.departures = departuresOf({a.dossier, entry.item.rank, std::nullopt}, kind, a.amount,
                                    a.amount, ranked);
        if (a.departures != Avis::NoDeparture) {
            if (reason.trimmed().isEmpty())
                return Error::badInput(
                    Text::tr("L'avis favorable sur le dossier %1 s'écarte de l'instruction (%2) : "
                             "donnez-en le motif.")
                        .arg(a.dossier)
                        .arg(Avis::describeDepartures(a.departures)));
            a.reason = reason.trimmed();
        }
        for (RankedAvis& r : ranked) {
            if (r.dossier == a.dossier)
                r.avis = kind;
        }
        written.append(a);
    }
    if (written.isEmpty())
        return Error::badInput(
            Text::tr("Tous les dossiers de l'ordre du jour de la séance n° %1 ont déjà un avis.")
                .arg(number));
    Transaction transaction(m_store.database());
    QList<qint64> dossiers;
    for (const Avis& a : std::as_const(written)) {
        if (Status status = write(number, a, QStringLiteral("avis:%1")); !status)
            return status.error();
        dossiers.append(a.dossier);
    }
    if (!transaction.commit())
        return writeError(transaction.lastError());
    return dossiers;
}

Status SessionRecorder::clear(int number, const QList<qint64>& dossiers)
{
    if (const auto session = find(number, true); !session)
        return session.error();
    Transaction transaction(m_store.database());
    for (qint64 dossier : dossiers) {
        const std::optional<Avis> before = m_store.avis(number, dossier);
        if (!before)
            return Error::badInput(Text::tr("Le dossier %1 n'a pas d'avis dans la séance n° %2.")
                                       .arg(dossier)
                                       .arg(number));
        if (Status status = m_store.removeAvis(number, dossier); !status)
            return status;
        if (Status status = m_store.audit(number, QStringLiteral("avis:%1").arg(dossier),
                                          describe(before), QVariant());
            !status)
            return status;
    }
    if (!transaction.commit())
        return writeError(transaction.lastError());
    return success();
}

Status SessionRecorder::recuse(int number, qint64 dossier, const QString& member,
                               Recusal::Event event)
{
    const auto session = find(number, true);
    if (!session)
        return session.error();
    const SessionMember* found = session->member(member);
    if (!found)
        return Error::badInput(
            Text::tr("%1 n'est pas membre de la séance n° %2.").arg(member.trimmed()).arg(number));
    const auto agenda = SessionAgenda::load(m_store.database(), m_programme, number);
    if (!agenda)
        return agenda.error();
    if (!agenda->find(dossier))
        return Error::badInput(Text::tr("Le dossier %1 n'est pas à l'ordre du jour de la séance "
                                        "n° %2.")
                                   .arg(dossier)
                                   .arg(number));
    Transaction transaction(m_store.database());
    if (Status status = m_store.writeRecusal(number, {dossier, found->name, event, {}, {}});
        !status)
        return status;
    if (Status status =
            m_store.audit(number, QStringLiteral("recusal:%1").arg(dossier), QVariant(),
                          QString(found->name + QLatin1Char(' ') + Recusal::label(event)));
        !status)
        return status;
    if (!transaction.commit())
        return writeError(transaction.lastError());
    return success();
}

Status SessionRecorder::validate(int number)
{
    const auto session = find(number, true);
    if (!session)
        return session.error();
    const Quorum quorum = session->quorum(m_programme.committeeQuorum);
    if (!quorum.isMet())
        return Error::badInput(Text::tr("Quorum %1 : la séance n° %2 ne peut être validée.")
                                   .arg(quorum.describe())
                                   .arg(number));
    const auto agenda = SessionAgenda::load(m_store.database(), m_programme, number);
    if (!agenda)
        return agenda.error();
    QList<qint64> order;
    for (const AgendaEntry& e : agenda->entries()) {
        if (!e.avis)
            return Error::badInput(Text::tr("Le dossier %1 n'a pas d'avis : donnez-en un (au "
                                            "besoin « ajourné ») avant de valider la séance.")
                                       .arg(e.item.dossier));
        order.append(e.item.dossier);
    }
    if (order.isEmpty())
        return Error::badInput(
            Text::tr("La séance n° %1 n'a aucun avis : rien à valider.").arg(number));
    Transaction transaction(m_store.database());
    if (Status status = m_store.writeAgendaOrder(number, order); !status)
        return status;
    if (Status status = m_store.markValidated(number); !status)
        return status;
    if (Status status = m_store.audit(
            number, QStringLiteral("validated"), QVariant(),
            Text::tr("%n avis, quorum %1", nullptr, int(order.size())).arg(quorum.describe()));
        !status)
        return status;
    if (!transaction.commit())
        return writeError(transaction.lastError());
    return success();
}

Result<Avis> SessionRecorder::amend(int number, const AvisRequest& request)
{
    if (const auto session = find(number, false); !session)
        return session.error();
    if (request.reason.trimmed().isEmpty())
        return Error::badInput(Text::tr("Un amendement après validation demande un motif."));
    const auto agenda = SessionAgenda::load(m_store.database(), m_programme, number);
    if (!agenda)
        return agenda.error();
    auto built = build(*agenda, request, request.reason);
    if (!built)
        return built;
    built->amended = true;
    built->amendmentReason = request.reason.trimmed();
    Transaction transaction(m_store.database());
    if (Status status = write(number, *built, QStringLiteral("amendment:%1")); !status)
        return status.error();
    if (!transaction.commit())
        return writeError(transaction.lastError());
    return built;
}

} // namespace guichet
