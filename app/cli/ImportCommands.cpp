// The import subcommand.
#include "CliSupport.h"
#include "importer/DossierImporter.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runImport(const QStringList& arguments)
{
    CommandContext context(QStringLiteral("import"),
                           Text::tr("FICHIER.guichet EXPORT... [--dry-run] [--json]"),
                           Text::tr("Importe des exports démarches-simplifiées (CSV, XLSX, ODS). "
                                    "Tout ou rien : une valeur invalide rejette l'import, fichier, "
                                    "ligne et colonne à l'appui, et le classeur reste inchangé. "
                                    "Une réimportation met à jour ce qui vient de DS sans toucher "
                                    "au travail d'instruction."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        Text::tr("Montre ce que ferait l'import, sans rien enregistrer."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Rapport en JSON."));
    context.parser().addOption(dryRun);
    context.parser().addOption(json);
    int exitCode = Success;
    if (!context.parse(arguments, -1, exitCode))
        return exitCode;
    const QStringList positional = context.parser().positionalArguments();
    if (positional.size() < 2)
        return CommandContext::badInput(
            Text::tr("un classeur et au moins un export attendus : guichet import FICHIER.guichet "
                     "EXPORT..."));
    auto workspace = Workspace::open(positional.constFirst());
    if (!workspace)
        return CommandContext::fail(workspace.error());
    if (workspace.value()->isReadOnly())
        return CommandContext::failure(workspace.value()->readOnlyReason());
    DossierImporter::Options options;
    options.dryRun = context.parser().isSet(dryRun);
    auto report = DossierImporter(**workspace).run(positional.mid(1), options);
    if (!report)
        return CommandContext::fail(report.error());
    printOut(context.parser().isSet(json)
                 ? QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented)
                 : report->toText().toUtf8());
    return Success;
}

} // namespace guichet::cli
