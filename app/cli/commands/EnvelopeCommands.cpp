#include "EnvelopeCommands.h"

#include "committee/SessionBalances.h"
#include "ledger/EnvelopeOverview.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonValue orNull(const std::optional<Cents>& cents)
{
    return cents ? QJsonValue(*cents) : QJsonValue();
}

QJsonObject toJson(const EnvelopeBalance& b)
{
    return {{QStringLiteral("envelope_cents"), orNull(b.envelope)},
            {QStringLiteral("proposed_cents"), b.proposed},
            {QStringLiteral("committed_cents"), b.committed},
            {QStringLiteral("paid_cents"), b.paid},
            {QStringLiteral("remaining_cents"), orNull(b.remaining())}};
}

QString toText(const QString& title, const EnvelopeBalance& b)
{
    QString text = title + QLatin1Char('\n');
    if (b.envelope)
        text += Text::tr("  enveloppe          %1\n").arg(money::format(*b.envelope));
    text += Text::tr("  proposé non décidé %1\n  engagé             %2\n  versé              %3\n")
                .arg(money::format(b.proposed), money::format(b.committed), money::format(b.paid));
    if (const auto remaining = b.remaining())
        text += Text::tr("  disponible         %1%2\n")
                    .arg(money::format(*remaining),
                         *remaining < 0
                             ? Text::tr(" (dépassement de %1)").arg(money::format(-*remaining))
                             : QString());
    return text;
}

QCommandLineOption dossierOption()
{
    return QCommandLineOption(QStringLiteral("dossier"), Text::tr("Numéro DS."),
                              QStringLiteral("N"));
}

QCommandLineOption amountOption(const QString& description)
{
    return QCommandLineOption(QStringLiteral("amount-cents"), description, QStringLiteral("X"));
}

QCommandLineOption reasonOption()
{
    return QCommandLineOption(QStringLiteral("reason"), Text::tr("Motif (obligatoire)."),
                              Text::tr("TEXTE"));
}

Status requireReason(const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error::badInput(Text::tr("--reason est obligatoire : chaque mouvement a un motif."));
    return success();
}
} // namespace

EnvelopeCommand::EnvelopeCommand()
    : Command(QStringLiteral("envelope"), Text::tr("FICHIER.guichet [--json]"),
              Text::tr("Affiche l'enveloppe : montant, proposé non décidé, engagé, versé, "
                       "disponible (enveloppe − engagé), au total et par sous-axe."),
              1)
    , m_json(QStringLiteral("json"), Text::tr("Sortie en JSON."))
{
    addOptions({m_json});
}

QString EnvelopeCommand::summary() const
{
    return Text::tr("affiche les soldes de l'enveloppe");
}

Status EnvelopeCommand::run(QTextStream& out)
{
    auto campaign = openReadOnly(positional().constFirst());
    if (!campaign)
        return campaign.error();
    const auto overview = EnvelopeOverview::load(campaign.value()->workspace().database(),
                                                 campaign.value()->programme(),
                                                 EnvelopeOverview::Detail::BalancesOnly);
    if (!overview)
        return overview.error();
    const Balances& balances = overview->balances();
    const QMap<int, EnvelopeBalance> bySession =
        sessionBalances(campaign.value()->committee(), overview->ledger());
    if (isSet(m_json)) {
        QJsonObject json = toJson(balances.overall);
        QJsonObject bySubaxis;
        for (auto it = balances.bySubaxis.cbegin(); it != balances.bySubaxis.cend(); ++it)
            bySubaxis.insert(it.key(), toJson(*it));
        json.insert(QStringLiteral("by_subaxis"), bySubaxis);
        QJsonObject sessions;
        for (auto it = bySession.cbegin(); it != bySession.cend(); ++it)
            sessions.insert(QString::number(it.key()), toJson(*it));
        json.insert(QStringLiteral("by_session"), sessions);
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return success();
    }
    out << toText(Text::tr("Enveloppe"), balances.overall);
    for (auto it = balances.bySubaxis.cbegin(); it != balances.bySubaxis.cend(); ++it)
        out << toText(Text::tr("Sous-axe %1").arg(it.key()), *it);
    for (auto it = bySession.cbegin(); it != bySession.cend(); ++it)
        out << toText(Text::tr("Séance n° %1 du comité").arg(it.key()), *it);
    return success();
}

AmountsSetCommand::AmountsSetCommand()
    : Command(QStringLiteral("amounts set"),
              Text::tr("FICHIER.guichet --dossier N (--amount-cents X | --rate-percent R) "
                       "--reason TEXTE"),
              Text::tr("Fixe le montant proposé d'un dossier, ou son taux appliqué au coût "
                       "éligible, à la place de celui des règles du programme."),
              1)
    , m_dossier(dossierOption())
    , m_amount(amountOption(Text::tr("Montant proposé, en centimes.")))
    , m_rate(QStringLiteral("rate-percent"), Text::tr("Taux en pourcentage (ex. : 74 ou 74,5)."),
             QStringLiteral("R"))
    , m_reason(reasonOption())
{
    addOptions({m_dossier, m_amount, m_rate, m_reason});
}

QString AmountsSetCommand::summary() const
{
    return Text::tr("fixe le montant proposé d'un dossier");
}

Status AmountsSetCommand::run(QTextStream& out)
{
    const auto number = dossierNumber(value(m_dossier));
    if (!number)
        return number.error();
    if (isSet(m_amount) == isSet(m_rate))
        return badInput(Text::tr("Donnez --amount-cents ou --rate-percent (l'un des deux)."));
    std::optional<Cents> amount;
    std::optional<Rate> rate;
    if (isSet(m_amount)) {
        const auto parsed = cents(QStringLiteral("amount-cents"), value(m_amount), true);
        if (!parsed)
            return parsed.error();
        amount = *parsed;
    } else {
        rate = money::parseRate(value(m_rate));
        if (!rate || *rate == 0)
            return badInput(Text::tr("--rate-percent attend un pourcentage entre 0 et 100 "
                                     "(deux décimales au plus), pas « %1 ».")
                                .arg(value(m_rate)));
    }
    if (Status status = requireReason(value(m_reason)); !status)
        return status;
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            const auto written = amount
                                     ? campaign.setProposedAmount(*number, *amount, value(m_reason))
                                     : campaign.setProposedRate(*number, *rate, value(m_reason));
            if (!written)
                return written.error();
            const ProposedAmount proposed =
                AmountRules(campaign.programme())
                    .fromMovement(*campaign.dossiers().find(*number), *written);
            said << Text::tr("Montant proposé pour le dossier %1 : %2 — %3.\n")
                        .arg(*number)
                        .arg(money::format(proposed.amount), proposed.basis());
            return success();
        },
        out);
}

DecideCommand::DecideCommand()
    : Command(QStringLiteral("decide"),
              Text::tr("FICHIER.guichet --dossier N --decision attribution|refus|sans_suite "
                       "[--amount-cents X] [--date AAAA-MM-JJ] [--justification TEXTE]"),
              Text::tr("Enregistre la décision du préfet sur un dossier. Une attribution sans "
                       "--amount-cents prend le montant proposé ; au-delà de l'enveloppe, elle "
                       "demande une --justification."),
              1)
    , m_dossier(dossierOption())
    , m_decision(QStringLiteral("decision"), Text::tr("attribution, refus ou sans_suite."),
                 QStringLiteral("DECISION"))
    , m_amount(amountOption(Text::tr("Montant attribué, en centimes.")))
    , m_date(QStringLiteral("date"), Text::tr("Date de la décision (aujourd'hui par défaut)."),
             QStringLiteral("AAAA-MM-JJ"))
    , m_justification(QStringLiteral("justification"),
                      Text::tr("Justification d'un dépassement de l'enveloppe."), Text::tr("TEXTE"))
{
    addOptions({m_dossier, m_decision, m_amount, m_date, m_justification});
}

QString DecideCommand::summary() const
{
    return Text::tr("enregistre une décision (attribution, refus, sans suite)");
}

Status DecideCommand::run(QTextStream& out)
{
    DecisionRequest request;
    const auto number = dossierNumber(value(m_dossier));
    if (!number)
        return number.error();
    request.dossier = *number;
    if (Status status = checkChoice(
            QStringLiteral("decision"), value(m_decision),
            {QStringLiteral("attribution"), QStringLiteral("refus"), QStringLiteral("sans_suite")});
        !status)
        return status;
    request.kind = *Movement::fromApiName(value(m_decision));
    if (isSet(m_amount)) {
        if (request.kind != Movement::Kind::Attribution)
            return badInput(Text::tr("--amount-cents ne s'emploie qu'avec une attribution."));
        const auto amount = cents(QStringLiteral("amount-cents"), value(m_amount), false);
        if (!amount)
            return amount.error();
        request.amount = *amount;
    }
    const auto date = optionalDate(m_date, request.date);
    if (!date)
        return date.error();
    request.date = *date;
    request.justification = value(m_justification);
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            const auto written = campaign.decide(request);
            if (!written)
                return written.error();
            said << (written->kind == Movement::Kind::Attribution
                         ? Text::tr("Attribution enregistrée : dossier %1, %2 au %3.\n")
                               .arg(written->dossier)
                               .arg(money::format(written->amount),
                                    written->date.toString(Qt::ISODate))
                         : Text::tr("%1 enregistré : dossier %2 au %3.\n")
                               .arg(Movement::label(written->kind))
                               .arg(written->dossier)
                               .arg(written->date.toString(Qt::ISODate)));
            return success();
        },
        out);
}

DecisionChangeCommand::DecisionChangeCommand(Change change)
    : Command(change == Change::Reduce ? QStringLiteral("decision reduce")
                                       : QStringLiteral("decision cancel"),
              change == Change::Reduce
                  ? Text::tr("FICHIER.guichet --dossier N --amount-cents X --reason TEXTE")
                  : Text::tr("FICHIER.guichet --dossier N --reason TEXTE"),
              change == Change::Reduce
                  ? Text::tr("Réduit une attribution de X centimes : les crédits libérés "
                             "retournent à l'enveloppe.")
                  : Text::tr("Annule une décision : une attribution libère tout ce qu'elle "
                             "engage encore."),
              1)
    , m_change(change)
    , m_dossier(dossierOption())
    , m_amount(amountOption(Text::tr("Montant retiré de l'attribution, en centimes.")))
    , m_reason(reasonOption())
{
    addOptions({m_dossier, m_amount, m_reason});
}

QString DecisionChangeCommand::summary() const
{
    return m_change == Change::Reduce ? Text::tr("réduit une attribution")
                                      : Text::tr("annule une décision");
}

Status DecisionChangeCommand::run(QTextStream& out)
{
    const auto number = dossierNumber(value(m_dossier));
    if (!number)
        return number.error();
    Cents reduction = 0;
    if (m_change == Change::Reduce) {
        if (!isSet(m_amount))
            return badInput(Text::tr("--amount-cents est obligatoire : le montant retiré."));
        const auto amount = cents(QStringLiteral("amount-cents"), value(m_amount), false);
        if (!amount)
            return amount.error();
        reduction = *amount;
    } else if (isSet(m_amount)) {
        return badInput(Text::tr("Une annulation libère tout le montant : pas de "
                                 "--amount-cents."));
    }
    if (Status status = requireReason(value(m_reason)); !status)
        return status;
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            const auto written = m_change == Change::Reduce
                                     ? campaign.reduceDecision(*number, reduction, value(m_reason))
                                     : campaign.cancelDecision(*number, value(m_reason));
            if (!written)
                return written.error();
            said << (m_change == Change::Reduce
                         ? Text::tr("Attribution du dossier %1 réduite de %2 : %3 engagés.\n")
                         : Text::tr("Décision du dossier %1 annulée : %2 libérés, %3 engagés.\n"))
                        .arg(*number)
                        .arg(money::format(written->amount),
                             money::format(campaign.ledger().dossier(*number).committed));
            return success();
        },
        out);
}

PaymentsAddCommand::PaymentsAddCommand()
    : Command(QStringLiteral("payments add"),
              Text::tr("FICHIER.guichet --dossier N --kind avance|acompte|solde --amount-cents X "
                       "--date AAAA-MM-JJ"),
              Text::tr("Enregistre un versement : avance (30 % au plus du montant attribué), "
                       "acompte (avance et acomptes : 80 % au plus), solde sur justificatifs."),
              1)
    , m_dossier(dossierOption())
    , m_kind(QStringLiteral("kind"), Text::tr("avance, acompte ou solde."), QStringLiteral("KIND"))
    , m_amount(amountOption(Text::tr("Montant versé, en centimes.")))
    , m_date(QStringLiteral("date"), Text::tr("Date du versement."), QStringLiteral("AAAA-MM-JJ"))
{
    addOptions({m_dossier, m_kind, m_amount, m_date});
}

QString PaymentsAddCommand::summary() const
{
    return Text::tr("enregistre un versement (avance, acompte, solde)");
}

Status PaymentsAddCommand::run(QTextStream& out)
{
    const auto number = dossierNumber(value(m_dossier));
    if (!number)
        return number.error();
    if (Status status = checkChoice(
            QStringLiteral("kind"), value(m_kind),
            {QStringLiteral("avance"), QStringLiteral("acompte"), QStringLiteral("solde")});
        !status)
        return status;
    const Movement::Kind kind = *Movement::fromApiName(value(m_kind));
    const auto amount = cents(QStringLiteral("amount-cents"), value(m_amount), false);
    if (!amount)
        return amount.error();
    const auto date = isoDate(QStringLiteral("date"), value(m_date));
    if (!date)
        return date.error();
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            const auto written = campaign.addPayment(*number, kind, *amount, *date);
            if (!written)
                return written.error();
            said << Text::tr("Versement enregistré pour le dossier %3 : %1 de %2 au %4 ; %5 "
                             "versés en tout.\n")
                        .arg(Movement::label(kind).toLower(), money::format(*amount))
                        .arg(*number)
                        .arg(date->toString(Qt::ISODate),
                             money::format(campaign.ledger().dossier(*number).paid()));
            return success();
        },
        out);
}

CounterEntryCommand::CounterEntryCommand()
    : Command(QStringLiteral("ledger counter-entry"),
              Text::tr("FICHIER.guichet --movement ID --reason TEXTE"),
              Text::tr("Contre-passe une réduction ou un versement saisi par erreur : le même "
                       "mouvement avec le montant opposé, daté du jour (rien n'est effacé). ID : "
                       "la colonne id de l'export du registre."),
              1)
    , m_movement(QStringLiteral("movement"), Text::tr("Numéro du mouvement (colonne id)."),
                 QStringLiteral("ID"))
    , m_reason(QStringLiteral("reason"), Text::tr("Motif (obligatoire)."), QStringLiteral("TEXTE"))
{
    addOptions({m_movement, m_reason});
}

QString CounterEntryCommand::summary() const
{
    return Text::tr("contre-passe une réduction ou un versement");
}

Status CounterEntryCommand::run(QTextStream& out)
{
    bool ok = false;
    const qint64 id = value(m_movement).toLongLong(&ok);
    if (!ok || id <= 0)
        return badInput(Text::tr("--movement attend le numéro d'un mouvement (colonne id de "
                                 "l'export du registre)."));
    if (Status status = requireReason(value(m_reason)); !status)
        return status;
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            const std::optional<Movement> entry = campaign.ledger().find(id);
            if (!entry)
                return badInput(Text::tr("Aucun mouvement n° %1 dans ce classeur.").arg(id));
            const auto written = campaign.counterEntry(*entry, value(m_reason));
            if (!written)
                return written.error();
            said << Text::tr("Mouvement %1 contre-passé (%2 de %3 sur le dossier %4).\n")
                        .arg(id)
                        .arg(Movement::label(entry->kind).toLower(), money::format(written->amount))
                        .arg(entry->dossier);
            return success();
        },
        out);
}

} // namespace guichet::cli
