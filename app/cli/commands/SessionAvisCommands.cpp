#include "SessionAvisCommands.h"

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QCommandLineOption sessionOption()
{
    return QCommandLineOption(QStringLiteral("session"), Text::tr("Numéro de la séance."),
                              QStringLiteral("N"));
}

QCommandLineOption dossierOption()
{
    return QCommandLineOption(QStringLiteral("dossier"), Text::tr("Numéro DS."),
                              QStringLiteral("D"));
}

QString said(const Avis& a)
{
    QString text =
        Text::tr("Avis %1 sur le dossier %2").arg(Avis::label(a.kind).toLower()).arg(a.dossier);
    if (a.isFavourable())
        text += QStringLiteral(" (") + money::format(a.amount) + QLatin1Char(')');
    if (a.departures)
        text +=
            Text::tr(", écart à l'instruction (%1)").arg(Avis::describeDepartures(a.departures));
    return text;
}

// "DOSSIER;attribution|refus|sans_suite;[CENTIMES];MOTIF" (the motif may hold semicolons).
Result<DecisionOverride> parseDecision(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(';'));
    const QString usage = Text::tr("--differs attend « DOSSIER;attribution|refus|sans_suite;"
                                   "[CENTIMES];MOTIF », pas « %1 ».")
                              .arg(text);
    if (parts.size() < 4)
        return Error::badInput(usage);
    bool number = false;
    DecisionOverride decision;
    decision.dossier = parts.at(0).trimmed().toLongLong(&number);
    const auto kind = Movement::fromApiName(parts.at(1).trimmed());
    if (!number || !kind || !Movement::isDecision(*kind))
        return Error::badInput(usage);
    decision.kind = *kind;
    if (const QString cents = parts.at(2).trimmed(); !cents.isEmpty()) {
        const qlonglong amount = cents.toLongLong(&number);
        if (!number || amount <= 0 || *kind != Movement::Kind::Attribution)
            return Error::badInput(
                Text::tr("--differs « %1 » : un montant en centimes positif, pour une "
                         "attribution seulement.")
                    .arg(text));
        decision.amount = amount;
    }
    decision.reason = parts.mid(3).join(QLatin1Char(';')).trimmed();
    return decision;
}
} // namespace

SessionAvisCommand::SessionAvisCommand(Mode mode)
    : Command(mode == Mode::Record ? QStringLiteral("session avis")
                                   : QStringLiteral("session amend"),
              mode == Mode::Record
                  ? Text::tr("FICHIER.guichet --session N (--dossier D | --all-proposed) --avis "
                             "favorable|favorable_sous_reserve|defavorable|ajourne "
                             "[--amount-cents X] [--observations TEXTE] [--reason TEXTE]")
                  : Text::tr("FICHIER.guichet --session N --dossier D --avis "
                             "favorable|favorable_sous_reserve|defavorable|ajourne "
                             "[--amount-cents X] [--observations TEXTE] --reason TEXTE"),
              mode == Mode::Record
                  ? Text::tr("Enregistre l'avis du comité sur un dossier de l'ordre du jour, ou "
                             "avec --all-proposed un avis favorable au montant proposé sur chaque "
                             "dossier qui n'en a pas encore. Un avis favorable sans "
                             "--amount-cents prend le montant proposé ; un avis qui s'écarte du "
                             "classement ou de la proposition demande un --reason.")
                  : Text::tr("Amende l'avis d'une séance validée, avec un motif (obligatoire)."),
              1)
    , m_mode(mode)
    , m_session(sessionOption())
    , m_dossier(dossierOption())
    , m_allProposed(QStringLiteral("all-proposed"),
                    Text::tr("Avis favorable sur toutes les propositions sans avis."))
    , m_avis(QStringLiteral("avis"),
             Text::tr("favorable, favorable_sous_reserve, defavorable ou ajourne."),
             QStringLiteral("AVIS"))
    , m_amount(QStringLiteral("amount-cents"), Text::tr("Montant de l'avis, en centimes."),
               QStringLiteral("X"))
    , m_observations(QStringLiteral("observations"), Text::tr("Observations du comité."),
                     Text::tr("TEXTE"))
    , m_reason(QStringLiteral("reason"),
               mode == Mode::Record ? Text::tr("Motif d'un écart à l'instruction.")
                                    : Text::tr("Motif de l'amendement (obligatoire)."),
               Text::tr("TEXTE"))
{
    if (mode == Mode::Record)
        addOptions(
            {m_session, m_dossier, m_allProposed, m_avis, m_amount, m_observations, m_reason});
    else
        addOptions({m_session, m_dossier, m_avis, m_amount, m_observations, m_reason});
}

QString SessionAvisCommand::summary() const
{
    return m_mode == Mode::Record ? Text::tr("enregistre l'avis du comité sur un dossier")
                                  : Text::tr("amende un avis d'une séance validée");
}

Status SessionAvisCommand::run(QTextStream& out)
{
    const auto session = sessionNumber(value(m_session));
    if (!session)
        return session.error();
    const bool all = m_mode == Mode::Record && isSet(m_allProposed);
    if (all == isSet(m_dossier))
        return badInput(m_mode == Mode::Record
                            ? Text::tr("Donnez --dossier D ou --all-proposed (l'un des deux).")
                            : Text::tr("--dossier D attendu : le dossier dont l'avis est amendé."));
    if (Status status = checkChoice(QStringLiteral("avis"), value(m_avis), Avis::apiNames());
        !status)
        return status;
    AvisRequest request;
    request.kind = *Avis::fromApiName(value(m_avis));
    if (all && !Avis::isFavourable(request.kind))
        return badInput(Text::tr("--all-proposed donne un avis favorable ou "
                                 "favorable_sous_reserve au montant proposé."));
    if (isSet(m_amount)) {
        if (all || !Avis::isFavourable(request.kind))
            return badInput(Text::tr("--amount-cents ne s'emploie qu'avec un avis favorable sur "
                                     "un dossier."));
        const auto amount = cents(QStringLiteral("amount-cents"), value(m_amount), false);
        if (!amount)
            return amount.error();
        request.amount = *amount;
    }
    if (!all) {
        const auto dossier = dossierNumber(value(m_dossier));
        if (!dossier)
            return dossier.error();
        request.dossier = *dossier;
    }
    request.observations = value(m_observations);
    request.reason = value(m_reason);
    if (m_mode == Mode::Amend && request.reason.trimmed().isEmpty())
        return badInput(Text::tr("--reason est obligatoire : un amendement a un motif."));
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said_) -> Status {
            if (all) {
                const auto dossiers =
                    campaign.recordAllProposals(*session, request.kind, request.reason);
                if (!dossiers)
                    return dossiers.error();
                said_ << Text::tr("Avis %1 sur %n proposition(s) de la séance n° %2.\n", nullptr,
                                  int(dossiers->size()))
                             .arg(Avis::label(request.kind).toLower())
                             .arg(*session);
                return success();
            }
            const auto avis = m_mode == Mode::Record ? campaign.recordAvis(*session, request)
                                                     : campaign.amendAvis(*session, request);
            if (!avis)
                return avis.error();
            said_ << (m_mode == Mode::Record ? Text::tr("%1 enregistré (séance n° %2).\n")
                                             : Text::tr("%1 amendé (séance n° %2).\n"))
                         .arg(said(*avis))
                         .arg(*session);
            return success();
        },
        out);
}

SessionRecuseCommand::SessionRecuseCommand()
    : Command(QStringLiteral("session recuse"),
              Text::tr("FICHIER.guichet --session N --dossier D --member NOM [--returns]"),
              Text::tr("Enregistre qu'un membre quitte la salle avant un dossier (déport), ou "
                       "avec --returns qu'il revient."),
              1)
    , m_session(sessionOption())
    , m_dossier(dossierOption())
    , m_member(QStringLiteral("member"), Text::tr("Le membre de la séance."), Text::tr("NOM"))
    , m_returns(QStringLiteral("returns"), Text::tr("Le membre revient en séance."))
{
    addOptions({m_session, m_dossier, m_member, m_returns});
}

QString SessionRecuseCommand::summary() const
{
    return Text::tr("enregistre un déport (un membre quitte la salle, ou revient)");
}

Status SessionRecuseCommand::run(QTextStream& out)
{
    const auto session = sessionNumber(value(m_session));
    if (!session)
        return session.error();
    const auto dossier = dossierNumber(value(m_dossier));
    if (!dossier)
        return dossier.error();
    const QString member = value(m_member).trimmed();
    if (member.isEmpty())
        return badInput(Text::tr("--member NOM attendu : le membre qui se déporte."));
    const Recusal::Event event =
        isSet(m_returns) ? Recusal::Event::Returns : Recusal::Event::Leaves;
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said_) -> Status {
            if (Status status = campaign.recordRecusal(*session, *dossier, member, event); !status)
                return status;
            said_ << Text::tr("%1 %2 (dossier %3, séance n° %4).\n")
                         .arg(member, Recusal::label(event))
                         .arg(*dossier)
                         .arg(*session);
            return success();
        },
        out);
}

SessionStepCommand::SessionStepCommand(Step step)
    : Command(step == Step::Close ? QStringLiteral("session close")
                                  : QStringLiteral("session delete"),
              Text::tr("FICHIER.guichet --session N"),
              step == Step::Close
                  ? Text::tr("Valide la séance (le président) : le quorum est vérifié, chaque "
                             "dossier de l'ordre du jour a un avis ; les avis sont ensuite "
                             "verrouillés.")
                  : Text::tr("Supprime une séance créée par erreur : la dernière, tant qu'elle "
                             "n'est pas validée et n'a ni avis ni déport."),
              1)
    , m_step(step)
    , m_session(sessionOption())
{
    addOptions({m_session});
}

QString SessionStepCommand::summary() const
{
    return m_step == Step::Close ? Text::tr("valide une séance et verrouille ses avis")
                                 : Text::tr("supprime une séance créée par erreur");
}

Status SessionStepCommand::run(QTextStream& out)
{
    const auto session = sessionNumber(value(m_session));
    if (!session)
        return session.error();
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said_) -> Status {
            if (m_step == Step::Delete) {
                if (Status status = campaign.removeSession(*session); !status)
                    return status;
                said_ << Text::tr("Séance n° %1 supprimée.\n").arg(*session);
                return success();
            }
            if (Status status = campaign.validateSession(*session); !status)
                return status;
            said_ << Text::tr("Séance n° %1 validée : ses avis sont verrouillés.\n").arg(*session);
            return success();
        },
        out);
}

SessionDecideCommand::SessionDecideCommand()
    : Command(QStringLiteral("session decide"),
              Text::tr("FICHIER.guichet --session N [--justification TEXTE] [--date AAAA-MM-JJ] "
                       "[--differs \"DOSSIER;attribution|refus|sans_suite;[CENTIMES];MOTIF\"]..."),
              Text::tr("Prend les décisions d'une séance validée : chaque avis favorable devient "
                       "une attribution du montant de l'avis, toutes ou aucune. --differs "
                       "(répétable) prend sur un dossier une autre décision que celle de l'avis "
                       "(autre montant, refus, classement sans suite, ou un refus après un avis "
                       "défavorable), avec son motif quand elle diffère de l'avis. Au-delà de "
                       "l'enveloppe, les décisions demandent ensemble une --justification."),
              1)
    , m_session(sessionOption())
    , m_justification(QStringLiteral("justification"),
                      Text::tr("Justification d'un dépassement de l'enveloppe."), Text::tr("TEXTE"))
    , m_date(QStringLiteral("date"), Text::tr("Date des décisions (aujourd'hui par défaut)."),
             QStringLiteral("AAAA-MM-JJ"))
    , m_differs(QStringLiteral("differs"),
                Text::tr("Une décision qui n'est pas celle de l'avis : dossier, décision, "
                         "montant en centimes (pour une attribution ; celui de l'avis si vide), "
                         "motif."),
                Text::tr("DOSSIER;DÉCISION;CENTIMES;MOTIF"))
{
    addOptions({m_session, m_justification, m_date, m_differs});
}

QString SessionDecideCommand::summary() const
{
    return Text::tr("prend les décisions d'une séance validée");
}

Status SessionDecideCommand::run(QTextStream& out)
{
    SessionDecisionRequest request;
    const auto session = sessionNumber(value(m_session));
    if (!session)
        return session.error();
    request.session = *session;
    const auto date = optionalDate(m_date, QDate());
    if (!date)
        return date.error();
    request.date = *date;
    request.justification = value(m_justification);
    for (const QString& text : parser().values(m_differs)) {
        const auto decision = parseDecision(text);
        if (!decision)
            return decision.error();
        request.overrides.append(*decision);
    }
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said_) -> Status {
            const auto report = campaign.takeSessionDecisions(request);
            if (!report)
                return report.error();
            said_ << Text::tr("%n décision(s) prise(s) pour la séance n° %1 : %2 engagés.\n",
                              nullptr, int(report->movements.size()))
                         .arg(*session)
                         .arg(money::format(report->committed));
            return success();
        },
        out);
}

} // namespace guichet::cli
