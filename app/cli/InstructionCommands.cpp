// The instruction subcommands: scores (set, export, import), eligibility decisions, conflict
// declarations, and the selection grid export.
#include "CliSupport.h"
#include "common/Clock.h"
#include "dossier/DossierRepository.h"
#include "instruction/InstructionStore.h"
#include "instruction/ScorePackage.h"
#include "instruction/SelectionGrid.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Opens the workspace named by the first positional argument for writing, with `actor` as
// the author of the changes (the settings' instructor when empty).
Result<std::unique_ptr<Workspace>> openForWriting(const QString& path, const QString& actor)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        return workspace.error();
    if (workspace.value()->isReadOnly())
        return Error::failure(workspace.value()->readOnlyReason());
    if (!actor.isEmpty())
        workspace.value()->setActor(actor);
    return std::move(workspace.value());
}

QCommandLineOption instructorOption()
{
    return QCommandLineOption(QStringLiteral("instructor"),
                              Text::tr("Instructeur (par défaut : celui des réglages)."),
                              Text::tr("NOM"));
}

int scoresSet(const QStringList& arguments)
{
    CommandContext context(QStringLiteral("scores set"),
                           Text::tr("FICHIER.guichet --dossier N --criterion CODE --level N "
                                    "[--comment TEXTE] [--instructor NOM]"),
                           Text::tr("Note un critère d'un dossier."));
    const QCommandLineOption dossier(QStringLiteral("dossier"), Text::tr("Numéro DS."),
                                     QStringLiteral("N"));
    const QCommandLineOption criterion(QStringLiteral("criterion"), Text::tr("Code du critère."),
                                       QStringLiteral("CODE"));
    const QCommandLineOption level(QStringLiteral("level"),
                                   Text::tr("Niveau sur l'échelle du critère (vide : aucun)."),
                                   QStringLiteral("N"));
    const QCommandLineOption comment(QStringLiteral("comment"), Text::tr("Commentaire."),
                                     Text::tr("TEXTE"));
    const QCommandLineOption instructor = instructorOption();
    for (const QCommandLineOption& option : {dossier, criterion, level, comment, instructor})
        context.parser().addOption(option);
    int exitCode = Success;
    if (!context.parse(arguments, 1, exitCode))
        return exitCode;
    auto workspace = openForWriting(context.parser().positionalArguments().constFirst(),
                                    context.parser().value(instructor));
    if (!workspace)
        return CommandContext::fail(workspace.error());
    Score score;
    bool ok = false;
    score.dossier = context.parser().value(dossier).toLongLong(&ok);
    if (!ok)
        return CommandContext::badInput(Text::tr("--dossier attend un numéro de dossier."));
    score.instructor = workspace.value()->actor();
    score.criterion = context.parser().value(criterion);
    if (!context.parser().value(level).isEmpty()) {
        score.level = context.parser().value(level).toInt(&ok);
        if (!ok)
            return CommandContext::badInput(Text::tr("--level attend un nombre entier."));
    }
    score.comment = context.parser().value(comment);
    InstructionStore store(workspace.value()->database(), workspace.value()->programme(),
                           workspace.value()->actor());
    if (Status status = store.setScore(score); !status)
        return CommandContext::fail(status.error());
    return Success;
}

int scoresExport(const QStringList& arguments)
{
    CommandContext context(QStringLiteral("scores export"),
                           Text::tr("FICHIER.guichet --instructor NOM --output PAQUET"),
                           Text::tr("Écrit les notes, avis et décisions d'éligibilité d'un "
                                    "instructeur dans un paquet (JSON avec son empreinte "
                                    "SHA-256)."));
    const QCommandLineOption instructor = instructorOption();
    const QCommandLineOption output(QStringLiteral("output"), Text::tr("Paquet à écrire."),
                                    Text::tr("PAQUET"));
    context.parser().addOption(instructor);
    context.parser().addOption(output);
    int exitCode = Success;
    if (!context.parse(arguments, 1, exitCode))
        return exitCode;
    if (context.parser().value(output).isEmpty())
        return CommandContext::badInput(Text::tr("--output est obligatoire."));
    auto workspace = Workspace::open(context.parser().positionalArguments().constFirst(),
                                     Workspace::Access::ReadOnly);
    if (!workspace)
        return CommandContext::fail(workspace.error());
    const QString who = context.parser().value(instructor).isEmpty()
                            ? workspace.value()->actor()
                            : context.parser().value(instructor);
    auto summary =
        score_package::write(workspace.value()->database(), workspace.value()->programme(), who,
                             context.parser().value(output));
    if (!summary)
        return CommandContext::fail(summary.error());
    printOut(Text::tr("%1 : %2 note(s), %3 avis, %4 décision(s) d'éligibilité de %5.\n")
                 .arg(context.parser().value(output))
                 .arg(summary->scores)
                 .arg(summary->opinions)
                 .arg(summary->decisions)
                 .arg(who)
                 .toUtf8());
    return Success;
}

int scoresImport(const QStringList& arguments)
{
    CommandContext context(QStringLiteral("scores import"),
                           Text::tr("FICHIER.guichet PAQUET [--json]"),
                           Text::tr("Fusionne le paquet de notes d'un collègue : nouvelles notes "
                                    "ajoutées, identiques ignorées, la modification la plus "
                                    "récente l'emporte. Tout ou rien."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Rapport en JSON."));
    context.parser().addOption(json);
    int exitCode = Success;
    if (!context.parse(arguments, 2, exitCode))
        return exitCode;
    auto workspace = openForWriting(context.parser().positionalArguments().constFirst(), {});
    if (!workspace)
        return CommandContext::fail(workspace.error());
    auto report = score_package::merge(workspace.value()->database(),
                                       workspace.value()->programme(), workspace.value()->actor(),
                                       context.parser().positionalArguments().at(1));
    if (!report)
        return CommandContext::fail(report.error());
    printOut(context.parser().isSet(json)
                 ? QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented)
                 : (report->toText() + QLatin1Char('\n')).toUtf8());
    return Success;
}

} // namespace

int runScores(const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printOut(Text::tr("Usage : guichet scores set|export|import …\n"
                          "  set     note un critère d'un dossier\n"
                          "  export  écrit les notes d'un instructeur dans un paquet\n"
                          "  import  fusionne le paquet de notes d'un collègue\n"
                          "guichet scores SOUS-COMMANDE --help : l'aide de chacune.\n")
                     .toUtf8());
        return sub.isEmpty() ? BadInput : Success;
    }
    if (sub == QLatin1String("set"))
        return scoresSet(rest);
    if (sub == QLatin1String("export"))
        return scoresExport(rest);
    if (sub == QLatin1String("import"))
        return scoresImport(rest);
    return CommandContext::badInput(
        Text::tr("sous-commande inconnue « %1 » (attendu : guichet scores set|export|import ; "
                 "--help pour l'aide de chacune)")
            .arg(sub));
}

int runEligibility(const QStringList& arguments)
{
    CommandContext context(
        QStringLiteral("eligibility"),
        Text::tr("decide FICHIER.guichet --dossier N --check CODE --outcome "
                 "pass|fail|warning|to_check [--justification TEXTE] [--instructor NOM]"),
        Text::tr("Enregistre le résultat d'une vérification manuelle, ou modifie un résultat "
                 "automatique (justification obligatoire). to_check efface la décision."));
    const QCommandLineOption dossier(QStringLiteral("dossier"), Text::tr("Numéro DS."),
                                     QStringLiteral("N"));
    const QCommandLineOption check(QStringLiteral("check"), Text::tr("Code de la vérification."),
                                   QStringLiteral("CODE"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     Text::tr("pass, fail, warning ou to_check."),
                                     QStringLiteral("OUTCOME"));
    const QCommandLineOption justification(QStringLiteral("justification"),
                                           Text::tr("Justification écrite."), Text::tr("TEXTE"));
    const QCommandLineOption instructor = instructorOption();
    for (const QCommandLineOption& option : {dossier, check, outcome, justification, instructor})
        context.parser().addOption(option);
    int exitCode = Success;
    if (!context.parse(arguments, 2, exitCode))
        return exitCode;
    const QStringList positional = context.parser().positionalArguments();
    if (positional.constFirst() != QLatin1String("decide"))
        return CommandContext::badInput(
            Text::tr("sous-commande inconnue « %1 » (attendu : eligibility decide)")
                .arg(positional.constFirst()));
    auto workspace = openForWriting(positional.at(1), context.parser().value(instructor));
    if (!workspace)
        return CommandContext::fail(workspace.error());
    EligibilityDecision decision;
    bool ok = false;
    decision.dossier = context.parser().value(dossier).toLongLong(&ok);
    if (!ok)
        return CommandContext::badInput(Text::tr("--dossier attend un numéro de dossier."));
    decision.check = context.parser().value(check);
    const auto parsed = CheckResult::fromApiName(context.parser().value(outcome));
    if (!parsed)
        return CommandContext::badInput(
            Text::tr("--outcome attend pass, fail, warning ou to_check."));
    decision.outcome = *parsed;
    decision.justification = context.parser().value(justification);
    decision.instructor = workspace.value()->actor();
    InstructionStore store(workspace.value()->database(), workspace.value()->programme(),
                           workspace.value()->actor());
    if (Status status = store.decide(decision); !status)
        return CommandContext::fail(status.error());
    return Success;
}

int runConflicts(const QStringList& arguments)
{
    CommandContext context(
        QStringLiteral("conflicts"),
        Text::tr("list FICHIER.guichet | declare FICHIER.guichet --person NOM --siren SIREN "
                 "--link TEXTE"),
        Text::tr("Liens d'intérêt (déport) : une personne liée à un demandeur ne peut pas "
                 "noter ses dossiers ; la déclaration est conservée pour le comité."));
    const QCommandLineOption person(QStringLiteral("person"), Text::tr("Personne."),
                                    Text::tr("NOM"));
    const QCommandLineOption siren(QStringLiteral("siren"), Text::tr("SIREN du demandeur."),
                                   QStringLiteral("SIREN"));
    const QCommandLineOption link(QStringLiteral("link"),
                                  Text::tr("Nature du lien (ex. : conseiller municipal)."),
                                  Text::tr("TEXTE"));
    for (const QCommandLineOption& option : {person, siren, link})
        context.parser().addOption(option);
    int exitCode = Success;
    if (!context.parse(arguments, 2, exitCode))
        return exitCode;
    const QStringList positional = context.parser().positionalArguments();
    if (positional.constFirst() == QLatin1String("list")) {
        auto workspace = Workspace::open(positional.at(1), Workspace::Access::ReadOnly);
        if (!workspace)
            return CommandContext::fail(workspace.error());
        QJsonArray list;
        for (const ConflictDeclaration& c :
             InstructionStore(workspace.value()->database(), workspace.value()->programme(), {})
                 .conflicts())
            list.append(QJsonObject{{QStringLiteral("person"), c.person},
                                    {QStringLiteral("applicant_siren"), c.applicantSiren},
                                    {QStringLiteral("applicant_name"), c.applicantName},
                                    {QStringLiteral("link"), c.link},
                                    {QStringLiteral("declared_at"), clock::toText(c.declaredAt)}});
        printOut(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (positional.constFirst() != QLatin1String("declare"))
        return CommandContext::badInput(
            Text::tr("sous-commande inconnue « %1 » (attendu : conflicts list|declare)")
                .arg(positional.constFirst()));
    auto workspace = openForWriting(positional.at(1), {});
    if (!workspace)
        return CommandContext::fail(workspace.error());
    ConflictDeclaration declaration{context.parser().value(person), context.parser().value(siren),
                                    QString(), context.parser().value(link), QDateTime()};
    for (const Dossier& d : DossierRepository(**workspace).loadAll()) {
        if (d.applicantSiren == declaration.applicantSiren)
            declaration.applicantName = d.applicantName;
    }
    if (declaration.applicantName.isEmpty())
        return CommandContext::badInput(
            Text::tr("aucun dossier du classeur n'a pour demandeur le SIREN « %1 ».")
                .arg(declaration.applicantSiren));
    InstructionStore store(workspace.value()->database(), workspace.value()->programme(),
                           workspace.value()->actor());
    auto withdrawn = store.declareConflict(declaration);
    if (!withdrawn)
        return CommandContext::fail(withdrawn.error());
    printOut(Text::tr("Lien déclaré : %1 — %2 (%3) ; %4 note(s) retirée(s).\n")
                 .arg(declaration.person, declaration.applicantName, declaration.link)
                 .arg(withdrawn->scores.size())
                 .toUtf8());
    return Success;
}

int runExport(const QStringList& arguments)
{
    CommandContext context(
        QStringLiteral("export"),
        Text::tr("FICHIER.guichet --what grid --format csv|xlsx --output FICHIER "
                 "[--subaxis CODE]"),
        Text::tr("Exporte la grille de sélection : dossiers dans l'ordre du classement, "
                 "moyennes par critère, note pondérée, rang, désaccords."));
    const QCommandLineOption what(QStringLiteral("what"), Text::tr("grid."), QStringLiteral("WHAT"),
                                  QStringLiteral("grid"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("csv ou xlsx."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption output(QStringLiteral("output"), Text::tr("Fichier à écrire."),
                                    Text::tr("FICHIER"));
    const QCommandLineOption subaxis(QStringLiteral("subaxis"),
                                     Text::tr("Seulement ce sous-axe (ex. : 3a)."),
                                     QStringLiteral("CODE"));
    for (const QCommandLineOption& option : {what, format, output, subaxis})
        context.parser().addOption(option);
    int exitCode = Success;
    if (!context.parse(arguments, 1, exitCode))
        return exitCode;
    if (context.parser().value(what) != QLatin1String("grid"))
        return CommandContext::badInput(
            Text::tr("--what attend grid, pas « %1 ».").arg(context.parser().value(what)));
    const QString formatName = context.parser().value(format);
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("xlsx"))
        return CommandContext::badInput(
            Text::tr("--format attend csv ou xlsx, pas « %1 ».").arg(formatName));
    if (context.parser().value(output).isEmpty())
        return CommandContext::badInput(Text::tr("--output est obligatoire."));
    auto workspace = Workspace::open(context.parser().positionalArguments().constFirst(),
                                     Workspace::Access::ReadOnly);
    if (!workspace)
        return CommandContext::fail(workspace.error());
    const Programme& programme = workspace.value()->programme();
    if (const QString code = context.parser().value(subaxis);
        !code.isEmpty() && !programme.subaxis(code))
        return CommandContext::badInput(Text::tr("sous-axe inconnu : « %1 ».").arg(code));
    QList<Dossier> dossiers = DossierRepository(**workspace).loadAll();
    InstructionOverview overview =
        InstructionOverview::load(dossiers, programme, workspace.value()->database());
    SelectionGrid grid(programme, std::move(dossiers), std::move(overview));
    grid.setSubaxis(context.parser().value(subaxis));
    const QString path = context.parser().value(output);
    const Status status =
        formatName == QLatin1String("csv") ? grid.writeCsv(path) : grid.writeXlsx(path);
    if (!status)
        return CommandContext::fail(status.error());
    return Success;
}

} // namespace guichet::cli
