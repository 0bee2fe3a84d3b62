#include "ScenarioCommands.h"

#include "ledger/ScenarioStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// "funded", "partial" (the last, in part) or "waiting" (retenu non financé).
QString status(const ScenarioRow& row)
{
    if (row.funded <= 0)
        return QStringLiteral("waiting");
    return row.funded < row.proposed ? QStringLiteral("partial") : QStringLiteral("funded");
}

QJsonObject summaryJson(const SavedScenario& s)
{
    QJsonObject bySubaxis;
    const QMap<QString, Cents> funded = s.fundedBySubaxis();
    for (auto it = funded.cbegin(); it != funded.cend(); ++it)
        bySubaxis.insert(it.key(), QJsonObject{{QStringLiteral("funded_cents"), *it}});
    return {{QStringLiteral("name"), s.definition.name},
            {QStringLiteral("subaxis"),
             s.definition.subaxis.isEmpty() ? QJsonValue() : QJsonValue(s.definition.subaxis)},
            {QStringLiteral("cutoff_rank"), s.definition.cutoffRank},
            {QStringLiteral("partial_last"), s.definition.partialLast},
            {QStringLiteral("available_cents"), s.available},
            {QStringLiteral("funded_cents"), s.funded()},
            {QStringLiteral("balance_cents"), s.balance()},
            {QStringLiteral("funded_count"), s.fundedCount()},
            {QStringLiteral("waiting_count"), int(s.rows.size()) - s.fundedCount()},
            {QStringLiteral("adopted"), s.adoption != 0},
            {QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("created_by"), s.createdBy},
            {QStringLiteral("by_subaxis"), bySubaxis}};
}

QString summaryText(const SavedScenario& s)
{
    const QString scope = s.definition.subaxis.isEmpty()
                              ? Text::tr("classement général")
                              : Text::tr("sous-axe %1").arg(s.definition.subaxis);
    const int unfunded = int(s.rows.size() - s.fundedCount());
    return Text::tr("%1 — %2, coupure au rang %3%4 : %5 pour %6, %7, solde %8%9\n")
        .arg(s.definition.name, scope)
        .arg(s.definition.cutoffRank)
        .arg(s.definition.partialLast ? Text::tr(" (dernier financé en partie)") : QString())
        .arg(Text::tr("%n financé(s)", nullptr, int(s.fundedCount())))
        .arg(money::format(s.funded()))
        .arg(Text::tr("%n retenu(s) non financé(s)", nullptr, unfunded))
        .arg(money::format(s.balance()), s.adoption ? Text::tr(" — adopté") : QString());
}

Result<SavedScenario> findScenario(const ScenarioStore& store, const QString& name)
{
    auto found = store.find(name);
    if (!found)
        return Error::badInput(Text::tr("Aucun scénario « %1 ».").arg(name));
    return std::move(*found);
}
} // namespace

ScenarioSaveCommand::ScenarioSaveCommand()
    : Command(QStringLiteral("scenario save"),
              Text::tr("FICHIER.guichet --name NOM --cutoff-rank N [--subaxis CODE] "
                       "[--partial-last]"),
              Text::tr("Enregistre un scénario de coupure : les dossiers classés jusqu'au rang N "
                       "(au classement général, ou dans un sous-axe) sont financés à leur montant "
                       "proposé. Ne modifie aucun dossier tant qu'il n'est pas adopté."),
              1)
    , m_name(QStringLiteral("name"), Text::tr("Nom du scénario."), Text::tr("NOM"))
    , m_cutoff(QStringLiteral("cutoff-rank"), Text::tr("Dernier rang retenu."), QStringLiteral("N"))
    , m_subaxis(QStringLiteral("subaxis"), Text::tr("Classement de ce sous-axe (ex. : 3b)."),
                QStringLiteral("CODE"))
    , m_partial(QStringLiteral("partial-last"),
                Text::tr("Finance en partie le dernier retenu avec le solde disponible."))
{
    addOptions({m_name, m_cutoff, m_subaxis, m_partial});
}

QString ScenarioSaveCommand::summary() const
{
    return Text::tr("enregistre un scénario de coupure");
}

Status ScenarioSaveCommand::run(QTextStream& out)
{
    ScenarioDefinition definition;
    definition.name = value(m_name).trimmed();
    if (definition.name.isEmpty())
        return badInput(Text::tr("--name est obligatoire."));
    bool ok = false;
    definition.cutoffRank = value(m_cutoff).toInt(&ok);
    if (!ok || definition.cutoffRank < 0)
        return badInput(
            Text::tr("--cutoff-rank attend un rang (entier positif ou nul), pas « %1 ».")
                .arg(value(m_cutoff)));
    definition.subaxis = value(m_subaxis);
    definition.partialLast = isSet(m_partial);
    const QString path = positional().constFirst();
    const auto programme = programmeOf(path);
    if (!programme)
        return programme.error();
    if (!definition.subaxis.isEmpty() && !programme->subaxis(definition.subaxis)) {
        QStringList codes;
        for (const SubAxis& s : programme->subaxes)
            codes.append(s.code);
        return badInput(Text::tr("sous-axe inconnu : « %1 ». Sous-axes du programme : %2.")
                            .arg(definition.subaxis, codes.join(QStringLiteral(", "))));
    }
    return write(
        path, QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            const auto saved = campaign.saveScenario(definition);
            if (!saved)
                return saved.error();
            said << Text::tr("Scénario enregistré : ") + summaryText(*saved);
            return success();
        },
        out);
}

ScenarioReadCommand::ScenarioReadCommand(What what)
    : Command(what == What::List   ? QStringLiteral("scenario list")
              : what == What::Show ? QStringLiteral("scenario show")
                                   : QStringLiteral("scenario compare"),
              what == What::List   ? Text::tr("FICHIER.guichet [--json]")
              : what == What::Show ? Text::tr("FICHIER.guichet NOM [--json]")
                                   : Text::tr("FICHIER.guichet NOM1 NOM2 [--json]"),
              what == What::List ? Text::tr("Liste les scénarios enregistrés.")
              : what == What::Show
                  ? Text::tr("Montre un scénario : ses dossiers financés, en partie ou retenus "
                             "non financés, ses totaux et son solde.")
                  : Text::tr("Compare deux scénarios : dossiers financés différemment, totaux, "
                             "soldes et financement par sous-axe."),
              what == What::List   ? 1
              : what == What::Show ? 2
                                   : 3)
    , m_what(what)
    , m_json(QStringLiteral("json"), Text::tr("Sortie en JSON."))
{
    addOptions({m_json});
}

QString ScenarioReadCommand::summary() const
{
    return m_what == What::List   ? Text::tr("liste les scénarios")
           : m_what == What::Show ? Text::tr("montre un scénario")
                                  : Text::tr("compare deux scénarios");
}

Status ScenarioReadCommand::run(QTextStream& out)
{
    auto campaign = openReadOnly(positional().constFirst());
    if (!campaign)
        return campaign.error();
    const ScenarioStore store = campaign.value()->scenarios();
    const bool json = isSet(m_json);
    QJsonDocument document;
    if (m_what == What::List) {
        QJsonArray list;
        for (const SavedScenario& listed : store.list()) {
            const SavedScenario s = *store.find(listed.definition.name);
            json ? list.append(summaryJson(s)) : void(out << summaryText(s));
        }
        document.setArray(list);
    } else if (m_what == What::Show) {
        const auto s = findScenario(store, positional().at(1));
        if (!s)
            return s.error();
        QJsonObject object = summaryJson(*s);
        QJsonArray rows;
        if (!json)
            out << summaryText(*s);
        for (const ScenarioRow& row : s->rows) {
            rows.append(QJsonObject{{QStringLiteral("number"), row.dossier},
                                    {QStringLiteral("rank"), row.rank},
                                    {QStringLiteral("subaxis"), row.subaxis},
                                    {QStringLiteral("proposed_cents"), row.proposed},
                                    {QStringLiteral("funded_cents"), row.funded},
                                    {QStringLiteral("status"), status(row)}});
            if (!json)
                out << QStringLiteral("  %1  %2  %3  %4  %5\n")
                           .arg(row.rank, 5)
                           .arg(row.dossier, 8)
                           .arg(row.subaxis, -3)
                           .arg(money::format(row.funded), 14)
                           .arg(row.funded <= 0             ? Text::tr("retenu non financé")
                                : row.funded < row.proposed ? Text::tr("financé en partie")
                                                            : Text::tr("financé"));
        }
        object.insert(QStringLiteral("rows"), rows);
        document.setObject(object);
    } else {
        const auto first = findScenario(store, positional().at(1));
        if (!first)
            return first.error();
        const auto second = findScenario(store, positional().at(2));
        if (!second)
            return second.error();
        const ScenarioComparison comparison = ScenarioStore::compare(*first, *second);
        QJsonArray differences;
        if (!json)
            out << summaryText(*first) << summaryText(*second)
                << Text::tr("%n dossier(s) financé(s) différemment :\n", nullptr,
                            int(comparison.differences.size()));
        for (const ScenarioComparison::Difference& d : comparison.differences) {
            differences.append(QJsonObject{{QStringLiteral("number"), d.dossier},
                                           {QStringLiteral("subaxis"), d.subaxis},
                                           {QStringLiteral("first_cents"), d.first},
                                           {QStringLiteral("second_cents"), d.second}});
            if (!json)
                out << QStringLiteral("  %1  %2  %3  %4\n")
                           .arg(d.dossier, 8)
                           .arg(d.subaxis, -3)
                           .arg(money::format(d.first), 14)
                           .arg(money::format(d.second), 14);
        }
        document.setObject({{QStringLiteral("first"), summaryJson(*first)},
                            {QStringLiteral("second"), summaryJson(*second)},
                            {QStringLiteral("differences"), differences}});
    }
    if (json)
        out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return success();
}

ScenarioAdoptCommand::ScenarioAdoptCommand()
    : Command(QStringLiteral("scenario adopt"), Text::tr("FICHIER.guichet NOM"),
              Text::tr("Adopte un scénario : ses dossiers financés reçoivent pour montant proposé "
                       "celui du scénario, pour le prochain comité."),
              2)
{}

QString ScenarioAdoptCommand::summary() const
{
    return Text::tr("adopte un scénario");
}

Status ScenarioAdoptCommand::run(QTextStream& out)
{
    const QString name = positional().at(1);
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            const auto report = campaign.adoptScenario(name);
            if (!report)
                return report.error();
            said << Text::tr("Scénario « %1 » adopté : %n montant(s) proposé(s)", nullptr,
                             report->proposals)
                        .arg(name)
                 << (report->skipped.isEmpty()
                         ? QString()
                         : Text::tr(" ; %n dossier(s) décidé(s) depuis laissé(s) tel(s) quel(s)",
                                    nullptr, int(report->skipped.size())))
                 << QStringLiteral(".\n");
            return success();
        },
        out);
}

} // namespace guichet::cli
