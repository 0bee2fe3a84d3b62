#include "SessionCommands.h"

#include "committee/SessionAgenda.h"
#include "common/Clock.h"
#include "common/Format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// "NOM;QUALITÉ;present|excuse|represente[;REPRÉSENTANT]"
Result<SessionMember> parseMember(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(';'));
    const auto attendance =
        parts.size() >= 3 ? SessionMember::fromApiName(parts.at(2).trimmed()) : std::nullopt;
    if (parts.size() < 3 || parts.size() > 4 || parts.at(0).trimmed().isEmpty() || !attendance)
        return Error::badInput(Text::tr("--member attend « NOM;QUALITÉ;present|excuse|represente » "
                                        "(et « ;REPRÉSENTANT » pour un membre représenté), pas "
                                        "« %1 ».")
                                   .arg(text));
    if (parts.size() == 4 && *attendance != SessionMember::Attendance::Represented)
        return Error::badInput(
            Text::tr("--member « %1 » : seul un membre représenté a un représentant.").arg(text));
    SessionMember m;
    m.name = parts.at(0).trimmed();
    m.quality = parts.at(1).trimmed();
    m.attendance = *attendance;
    m.representedBy = parts.value(3).trimmed();
    return m;
}

QJsonObject toJson(const AgendaEntry& e)
{
    QJsonObject o{
        {QStringLiteral("position"), e.item.position},
        {QStringLiteral("dossier"), e.item.dossier},
        {QStringLiteral("rank"), e.item.rank ? QJsonValue(e.item.rank) : QJsonValue()},
        {QStringLiteral("applicant_name"), e.applicantName},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("subaxis"), e.subaxis},
        {QStringLiteral("requested_cents"), e.requested},
        {QStringLiteral("proposed_cents"),
         e.proposal ? QJsonValue(e.proposal->amount) : QJsonValue()},
        {QStringLiteral("amount_basis"),
         e.proposal ? QJsonValue(e.proposal->basis()) : QJsonValue()},
        {QStringLiteral("conflicted_members"), QJsonArray::fromStringList(e.item.conflicted)},
        {QStringLiteral("members_leaving"), QJsonArray::fromStringList(e.item.leaving)},
        {QStringLiteral("members_returning"), QJsonArray::fromStringList(e.item.returning)},
        {QStringLiteral("avis"), e.avis ? QJsonValue(Avis::apiName(e.avis->kind)) : QJsonValue()},
        {QStringLiteral("avis_cents"), e.avis ? QJsonValue(e.avis->amount) : QJsonValue()}};
    return o;
}

QJsonObject toJson(const Avis& a)
{
    return {{QStringLiteral("dossier"), a.dossier},
            {QStringLiteral("avis"), Avis::apiName(a.kind)},
            {QStringLiteral("amount_cents"), a.amount},
            {QStringLiteral("observations"), orNull(a.observations)},
            {QStringLiteral("departure"), orNull(Avis::describeDepartures(a.departures))},
            {QStringLiteral("reason"), orNull(a.reason)},
            {QStringLiteral("amended"), a.amended},
            {QStringLiteral("amendment_reason"), orNull(a.amendmentReason)}};
}

QJsonObject toJson(const Session& s, const Programme& programme, const CommitteeStore& store)
{
    QJsonArray members;
    for (const SessionMember& m : s.members)
        members.append(
            QJsonObject{{QStringLiteral("name"), m.name},
                        {QStringLiteral("quality"), orNull(m.quality)},
                        {QStringLiteral("attendance"), SessionMember::apiName(m.attendance)},
                        {QStringLiteral("represented_by"), orNull(m.representedBy)}});
    QJsonArray avis;
    for (const Avis& a : store.avis(s.number))
        avis.append(toJson(a));
    QJsonArray recusals;
    for (const Recusal& r : store.recusals(s.number))
        recusals.append(QJsonObject{{QStringLiteral("dossier"), r.dossier},
                                    {QStringLiteral("member"), r.member},
                                    {QStringLiteral("event"), Recusal::apiName(r.event)}});
    QJsonArray decisions;
    for (const SessionDecision& d : store.decisions(s.number))
        decisions.append(QJsonObject{{QStringLiteral("dossier"), d.dossier},
                                     {QStringLiteral("movement"), d.movement},
                                     {QStringLiteral("in_force"), d.stands()},
                                     {QStringLiteral("differs_reason"), orNull(d.differsReason)}});
    const Quorum quorum = s.quorum(programme.committeeQuorum);
    return {{QStringLiteral("number"), s.number},
            {QStringLiteral("date"), s.date.toString(Qt::ISODate)},
            {QStringLiteral("time"), s.time.isValid()
                                         ? QJsonValue(s.time.toString(QStringLiteral("HH:mm")))
                                         : QJsonValue()},
            {QStringLiteral("place"), orNull(s.place)},
            {QStringLiteral("chair"), s.chair},
            {QStringLiteral("secretary"), orNull(s.secretary)},
            {QStringLiteral("validated"), s.isValidated()},
            {QStringLiteral("validated_at"),
             s.isValidated() ? QJsonValue(clock::toText(s.validatedAt)) : QJsonValue()},
            {QStringLiteral("quorum"), quorum.describe()},
            {QStringLiteral("quorum_met"), quorum.isMet()},
            {QStringLiteral("members"), members},
            {QStringLiteral("avis"), avis},
            {QStringLiteral("recusals"), recusals},
            {QStringLiteral("decisions"), decisions}};
}

QString toText(const Session& s, const Programme& programme, const CommitteeStore& store)
{
    QString text = s.title() + QStringLiteral(" — ") +
                   (s.isValidated() ? Text::tr("validée") : Text::tr("ouverte")) +
                   QLatin1Char('\n');
    text += Text::tr("  président : %1").arg(s.chair);
    if (!s.secretary.isEmpty())
        text += Text::tr(" ; secrétaire : %1").arg(s.secretary);
    text += Text::tr(" ; quorum %1\n").arg(s.quorum(programme.committeeQuorum).describe());
    for (const SessionMember& m : s.members) {
        text += QStringLiteral("  %1 (%2) : %3")
                    .arg(m.name, m.quality, SessionMember::label(m.attendance));
        if (!m.representedBy.isEmpty())
            text += Text::tr(" par %1").arg(m.representedBy);
        text += QLatin1Char('\n');
    }
    for (const Avis& a : store.avis(s.number)) {
        text += Text::tr("  dossier %1 : %2").arg(a.dossier).arg(Avis::label(a.kind));
        if (a.isFavourable())
            text += QStringLiteral(", ") + money::format(a.amount);
        if (a.departures)
            text += Text::tr(" — écart (%1) : %2")
                        .arg(Avis::describeDepartures(a.departures), a.reason);
        if (a.amended)
            text += Text::tr(" — amendé : %1").arg(a.amendmentReason);
        text += QLatin1Char('\n');
    }
    return text;
}
} // namespace

SessionNewCommand::SessionNewCommand()
    : Command(QStringLiteral("session new"),
              Text::tr("FICHIER.guichet --date AAAA-MM-JJ --chair NOM [--time HH:MM] "
                       "[--place TEXTE] [--secretary NOM] [--member "
                       "\"NOM;QUALITÉ;present|excuse|represente\"]..."),
              Text::tr("Crée une séance du comité de sélection et écrit son numéro seul sur une "
                       "ligne. --member se répète, un par membre ; un membre représenté peut "
                       "nommer son représentant en quatrième champ."),
              1)
    , m_date(QStringLiteral("date"), Text::tr("Date de la séance."), QStringLiteral("AAAA-MM-JJ"))
    , m_time(QStringLiteral("time"), Text::tr("Heure de la séance."), QStringLiteral("HH:MM"))
    , m_place(QStringLiteral("place"), Text::tr("Lieu de la séance."), Text::tr("TEXTE"))
    , m_chair(QStringLiteral("chair"), Text::tr("Président de la séance."), Text::tr("NOM"))
    , m_secretary(QStringLiteral("secretary"), Text::tr("Secrétaire de séance."), Text::tr("NOM"))
    , m_member(QStringLiteral("member"), Text::tr("Un membre : nom, qualité, présence."),
               Text::tr("MEMBRE"))
{
    addOptions({m_date, m_time, m_place, m_chair, m_secretary, m_member});
}

QString SessionNewCommand::summary() const
{
    return Text::tr("crée une séance du comité et écrit son numéro");
}

Status SessionNewCommand::run(QTextStream& out)
{
    Session session;
    const auto date = isoDate(QStringLiteral("date"), value(m_date));
    if (!date)
        return date.error();
    session.date = *date;
    if (isSet(m_time)) {
        session.time = QTime::fromString(value(m_time), QStringLiteral("HH:mm"));
        if (!session.time.isValid())
            return badInput(
                Text::tr("--time attend une heure HH:MM, pas « %1 ».").arg(value(m_time)));
    }
    session.chair = value(m_chair).trimmed();
    if (session.chair.isEmpty())
        return badInput(Text::tr("--chair NOM attendu : le président de la séance."));
    session.place = value(m_place);
    session.secretary = value(m_secretary);
    for (const QString& text : parser().values(m_member)) {
        const auto member = parseMember(text);
        if (!member)
            return member.error();
        session.members.append(*member);
    }
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            const auto number = campaign.createSession(session);
            if (!number)
                return number.error();
            said << *number << '\n';
            return success();
        },
        out);
}

SessionAgendaCommand::SessionAgendaCommand()
    : Command(QStringLiteral("session agenda"), Text::tr("FICHIER.guichet --session N [--json]"),
              Text::tr("Affiche l'ordre du jour d'une séance : les dossiers prêts pour le comité "
                       "(éligibles, notés, avec une proposition) dans l'ordre du classement, "
                       "ceux où un membre présent a déclaré un lien regroupés pour qu'il ne "
                       "sorte qu'une fois."),
              1)
    , m_session(QStringLiteral("session"), Text::tr("Numéro de la séance."), QStringLiteral("N"))
    , m_json(QStringLiteral("json"), Text::tr("Sortie en JSON."))
{
    addOptions({m_session, m_json});
}

QString SessionAgendaCommand::summary() const
{
    return Text::tr("affiche l'ordre du jour d'une séance");
}

Status SessionAgendaCommand::run(QTextStream& out)
{
    const auto number = sessionNumber(value(m_session));
    if (!number)
        return number.error();
    auto campaign = openReadOnly(positional().constFirst());
    if (!campaign)
        return campaign.error();
    const auto agenda = SessionAgenda::load(campaign.value()->workspace().database(),
                                            campaign.value()->programme(), *number);
    if (!agenda)
        return agenda.error();
    if (isSet(m_json)) {
        QJsonArray items;
        for (const AgendaEntry& e : agenda->entries())
            items.append(toJson(e));
        const EnvelopeGauge gauge = agenda->gauge();
        const QJsonObject json{{QStringLiteral("session"), *number},
                               {QStringLiteral("validated"), agenda->session().isValidated()},
                               {QStringLiteral("items"), items},
                               {QStringLiteral("envelope_cents"), gauge.envelope},
                               {QStringLiteral("committed_cents"), gauge.committed},
                               {QStringLiteral("favourable_cents"), gauge.favourable},
                               {QStringLiteral("remaining_cents"), gauge.remaining()}};
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return success();
    }
    out << agenda->session().title() << '\n';
    for (const AgendaEntry& e : agenda->entries()) {
        for (const QString& member : e.item.leaving)
            out << Text::tr("     — %1 quitte la salle\n").arg(member);
        out << QStringLiteral("%1. [rang %2] dossier %3 — %4 — %5 — proposé %6")
                   .arg(e.item.position, 2)
                   .arg(e.item.rank)
                   .arg(e.item.dossier)
                   .arg(e.applicantName, e.title, money::format(e.proposed()));
        if (e.avis)
            out << QStringLiteral(" — ") << Avis::label(e.avis->kind);
        out << '\n';
        for (const QString& member : e.item.returning)
            out << Text::tr("     — %1 revient\n").arg(member);
    }
    const EnvelopeGauge gauge = agenda->gauge();
    out << Text::tr("Enveloppe %1 : engagé %2 + avis favorables %3 ; reste %4\n")
               .arg(money::format(gauge.envelope), money::format(gauge.committed),
                    money::format(gauge.favourable), money::format(gauge.remaining()));
    return success();
}

SessionsCommand::SessionsCommand()
    : Command(QStringLiteral("sessions"), Text::tr("FICHIER.guichet [--json] [--due]"),
              Text::tr("Liste les séances du comité avec leurs présences et leurs avis ; --due "
                       "dit si une séance est due et pourquoi (une fois par mois, ou dès que le "
                       "nombre de dossiers déposés fixé par le programme est atteint)."),
              1)
    , m_json(QStringLiteral("json"), Text::tr("Sortie en JSON."))
    , m_due(QStringLiteral("due"), Text::tr("Dit si une séance est due, et pourquoi."))
{
    addOptions({m_json, m_due});
}

QString SessionsCommand::summary() const
{
    return Text::tr("liste les séances du comité ; --due : une séance est-elle due ?");
}

Status SessionsCommand::run(QTextStream& out)
{
    auto opened = openReadOnly(positional().constFirst());
    if (!opened)
        return opened.error();
    const Campaign& campaign = **opened;
    const CommitteeStore store = campaign.committee();
    std::optional<SessionDue> due;
    if (isSet(m_due)) {
        auto computed = campaign.sessionDue();
        if (!computed)
            return computed.error();
        due = *computed;
    }
    if (isSet(m_json)) {
        QJsonArray sessions;
        for (const Session& s : store.sessions())
            sessions.append(toJson(s, campaign.programme(), store));
        QJsonObject json{{QStringLiteral("sessions"), sessions}};
        if (due)
            json.insert(
                QStringLiteral("due"),
                QJsonObject{{QStringLiteral("due"), due->due},
                            {QStringLiteral("why"), SessionDue::apiName(due->why)},
                            {QStringLiteral("reason"), due->reason},
                            {QStringLiteral("filed_since"), due->filedSince},
                            {QStringLiteral("due_by"),
                             due->dueBy.isValid() ? QJsonValue(due->dueBy.toString(Qt::ISODate))
                                                  : QJsonValue()}});
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return success();
    }
    if (due) {
        out << due->reason << '\n';
        return success();
    }
    const QList<Session> sessions = store.sessions();
    if (sessions.isEmpty())
        out << Text::tr("Aucune séance.\n");
    for (const Session& s : sessions)
        out << toText(s, campaign.programme(), store);
    return success();
}

} // namespace guichet::cli
