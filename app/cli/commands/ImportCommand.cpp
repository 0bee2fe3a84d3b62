#include "ImportCommand.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"), Text::tr("FICHIER.guichet EXPORT... [--dry-run] [--json]"),
              Text::tr("Importe des exports démarches-simplifiées (CSV, XLSX, ODS). "
                       "Tout ou rien : une valeur invalide rejette l'import, fichier, "
                       "ligne et colonne à l'appui, et le classeur reste inchangé. "
                       "Une réimportation met à jour ce qui vient de DS sans toucher "
                       "au travail d'instruction."),
              -1)
    , m_dryRun(QStringLiteral("dry-run"),
               Text::tr("Montre ce que ferait l'import, sans rien enregistrer."))
    , m_json(QStringLiteral("json"), Text::tr("Rapport en JSON."))
{
    addOptions({m_dryRun, m_json});
}

QString ImportCommand::summary() const
{
    return Text::tr("importe des exports démarches-simplifiées");
}

Status ImportCommand::run(QTextStream& out)
{
    const QStringList arguments = positional();
    if (arguments.size() < 2)
        return badInput(Text::tr("un classeur et au moins un export attendus : guichet import "
                                 "FICHIER.guichet EXPORT..."));
    const QStringList exports = arguments.mid(1);
    for (const QString& file : exports) {
        if (!QFileInfo(file).isFile())
            return badInput(Text::tr("Le fichier %1 n'existe pas.").arg(file));
    }
    const bool dryRun = isSet(m_dryRun);
    const bool json = isSet(m_json);
    return write(
        arguments.constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            // Every row of every export is checked by a dry run first: a refused import has
            // not touched the file, not even its header (an import switches journal modes).
            DossierImporter::Options options;
            options.dryRun = true;
            auto result = campaign.importExports(exports, options);
            if (result && !dryRun) {
                options.dryRun = false;
                result = campaign.importExports(exports, options);
            }
            if (!result)
                return result.error();
            said << (json ? QString::fromUtf8(
                                QJsonDocument(result->toJson()).toJson(QJsonDocument::Indented))
                          : result->toText());
            return success();
        },
        out, dryRun ? Keep::Nothing : Keep::Changes);
}

} // namespace guichet::cli
