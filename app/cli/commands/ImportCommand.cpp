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
    : Command(QStringLiteral("import"),
              Text::tr("FICHIER.guichet EXPORT... [--dry-run] [--json] [--partial | "
                       "--mark-absent]"),
              Text::tr("Importe des exports démarches-simplifiées (CSV, XLSX, ODS). "
                       "Tout ou rien : une valeur invalide rejette l'import, fichier, "
                       "ligne et colonne à l'appui, et le classeur reste inchangé. "
                       "Une réimportation met à jour ce qui vient de DS sans toucher "
                       "au travail d'instruction. Les dossiers du classeur absents de "
                       "l'export sont signalés ; un import qui en signalerait plus de la "
                       "moitié est refusé sans --partial ou --mark-absent."),
              -1)
    , m_dryRun(QStringLiteral("dry-run"),
               Text::tr("Montre ce que ferait l'import, sans rien enregistrer."))
    , m_json(QStringLiteral("json"), Text::tr("Rapport en JSON."))
    , m_partial(QStringLiteral("partial"),
                Text::tr("L'export ne contient qu'une partie des dossiers : aucun dossier "
                         "n'est marqué absent."))
    , m_markAbsent(QStringLiteral("mark-absent"),
                   Text::tr("Marque absents les dossiers que l'export ne contient pas, même "
                            "s'ils sont plus de la moitié du classeur."))
{
    addOptions({m_dryRun, m_json, m_partial, m_markAbsent});
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
    if (isSet(m_partial) && isSet(m_markAbsent))
        return badInput(Text::tr("--partial et --mark-absent s'excluent : l'export est partiel "
                                 "ou il ne l'est pas."));
    const bool dryRun = isSet(m_dryRun);
    const bool json = isSet(m_json);
    DossierImporter::Options options;
    options.absent = isSet(m_partial)      ? DossierImporter::Absent::Ignore
                     : isSet(m_markAbsent) ? DossierImporter::Absent::Mark
                                           : DossierImporter::Absent::Ask;
    // A command does not ask: it says how to answer.
    QString refusal;
    options.askAbsent = [&refusal](qint64 flagged, qint64 total) {
        refusal = Text::tr("cet export ne contient pas %n des %1 dossiers du classeur, plus de "
                           "la moitié : rien n'a été importé. Relancez avec --partial si "
                           "l'export n'en contient qu'une partie (aucun dossier marqué "
                           "absent), ou avec --mark-absent pour les marquer absents.",
                           nullptr, int(flagged))
                      .arg(total);
        return std::optional<DossierImporter::Absent>();
    };
    return write(
        arguments.constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            // Every row of every export is checked by a dry run first: a refused import has
            // not touched the file, not even its header (an import switches journal modes).
            options.dryRun = true;
            auto result = campaign.importExports(exports, options);
            if (result && !dryRun) {
                options.dryRun = false;
                result = campaign.importExports(exports, options);
            }
            if (!result)
                return refusal.isEmpty() ? result.error() : badInput(refusal);
            said << (json ? QString::fromUtf8(
                                QJsonDocument(result->toJson()).toJson(QJsonDocument::Indented))
                          : result->toText());
            return success();
        },
        out, dryRun ? Keep::Nothing : Keep::Changes);
}

} // namespace guichet::cli
