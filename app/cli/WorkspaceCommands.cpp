// The workspace subcommands: new, demo, dossiers.
#include "CliSupport.h"
#include "demo/DemoWorkspace.h"
#include "dossier/DossierListing.h"
#include "dossier/DossierRepository.h"
#include "instruction/InstructionOverview.h"
#include "programme/ProgrammeReader.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool hasWorkspaceExtension(const QString& path)
{
    return path.endsWith(QLatin1Char('.') + QLatin1String(Workspace::kExtension));
}
} // namespace

int runNew(const QStringList& arguments)
{
    CommandContext context(
        QStringLiteral("new"), Text::tr("FICHIER.guichet [--programme FICHIER.json]"),
        Text::tr("Crée un classeur vide. Sans --programme, le programme de l'Ain "
                 "2021 livré avec Guichet est utilisé."));
    const QCommandLineOption programme(QStringLiteral("programme"),
                                       Text::tr("Document de programme (JSON) à utiliser."),
                                       Text::tr("FICHIER.json"));
    context.parser().addOption(programme);
    int exitCode = Success;
    if (!context.parse(arguments, 1, exitCode))
        return exitCode;
    const QString path = context.parser().positionalArguments().constFirst();
    if (!hasWorkspaceExtension(path))
        return CommandContext::badInput(
            Text::tr("%1 : un classeur doit porter l'extension .guichet.").arg(path));

    QByteArray document = ProgrammeReader::builtinDocument();
    if (context.parser().isSet(programme)) {
        const QString programmePath = context.parser().value(programme);
        QFile file(programmePath);
        if (!file.open(QIODevice::ReadOnly))
            return CommandContext::badInput(
                Text::tr("Impossible de lire %1 : %2").arg(programmePath, file.errorString()));
        document = file.readAll();
    }
    auto workspace = Workspace::create(path, document);
    if (!workspace)
        return CommandContext::fail(workspace.error());
    printOut(Text::tr("Classeur créé : %1 (programme « %2 »)\n")
                 .arg(workspace.value()->path(), workspace.value()->programme().name)
                 .toUtf8());
    return Success;
}

int runDemo(const QStringList& arguments)
{
    CommandContext context(
        QStringLiteral("demo"), Text::tr("--output FICHIER.guichet [--dossiers N]"),
        Text::tr("Crée un classeur de démonstration : le programme de l'Ain et des "
                 "dossiers réalistes de communes et EPCI de l'Ain."));
    const QCommandLineOption output(QStringLiteral("output"), Text::tr("Classeur à créer."),
                                    Text::tr("FICHIER.guichet"));
    const QCommandLineOption count(QStringLiteral("dossiers"),
                                   Text::tr("Nombre de dossiers (1 à 100 000 ; 40 par défaut)."),
                                   QStringLiteral("N"), QStringLiteral("40"));
    context.parser().addOption(output);
    context.parser().addOption(count);
    int exitCode = Success;
    if (!context.parse(arguments, 0, exitCode))
        return exitCode;
    const QString path = context.parser().value(output);
    if (path.isEmpty())
        return CommandContext::badInput(Text::tr("--output est obligatoire."));
    if (!hasWorkspaceExtension(path))
        return CommandContext::badInput(
            Text::tr("%1 : un classeur doit porter l'extension .guichet.").arg(path));
    bool ok = false;
    const int n = context.parser().value(count).toInt(&ok);
    if (!ok || n < 1 || n > 100000)
        return CommandContext::badInput(
            Text::tr("--dossiers attend un nombre entre 1 et 100 000, pas « %1 ».")
                .arg(context.parser().value(count)));
    auto workspace = demo::createWorkspace(path, n);
    if (!workspace)
        return CommandContext::fail(workspace.error());
    printOut(Text::tr("Classeur de démonstration créé : %1 (%n dossier(s))\n", nullptr, n)
                 .arg(workspace.value()->path())
                 .toUtf8());
    return Success;
}

int runDossiers(const QStringList& arguments)
{
    CommandContext context(
        QStringLiteral("dossiers"),
        Text::tr("FICHIER.guichet [--format json|csv] [--output FICHIER]"),
        Text::tr("Liste les dossiers du classeur, en JSON (par défaut) ou en CSV."));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("json ou csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    Text::tr("Fichier à écrire (sortie standard par défaut)."),
                                    Text::tr("FICHIER"));
    context.parser().addOption(format);
    context.parser().addOption(output);
    int exitCode = Success;
    if (!context.parse(arguments, 1, exitCode))
        return exitCode;
    const QString formatName = context.parser().value(format);
    if (formatName != QLatin1String("json") && formatName != QLatin1String("csv"))
        return CommandContext::badInput(
            Text::tr("--format attend json ou csv, pas « %1 ».").arg(formatName));
    auto workspace = Workspace::open(context.parser().positionalArguments().constFirst(),
                                     Workspace::Access::ReadOnly);
    if (!workspace)
        return CommandContext::fail(workspace.error());
    const QList<Dossier> dossiers = DossierRepository(**workspace).loadAll();
    const InstructionOverview overview = InstructionOverview::load(
        dossiers, workspace.value()->programme(), workspace.value()->database());
    const QByteArray bytes = formatName == QLatin1String("json")
                                 ? listing::toJsonDocument(dossiers, overview)
                                 : listing::toCsv(dossiers, overview);
    if (Status status = writeOutput(context.parser().value(output), bytes); !status)
        return CommandContext::fail(status.error());
    return Success;
}

} // namespace guichet::cli
