#include "VerifyCommand.h"

#include "verify/WorkspaceCheck.h"

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

VerifyCommand::VerifyCommand()
    : Command(QStringLiteral("verify"), Text::tr("FICHIER.guichet [--json]"),
              Text::tr("Vérifie un classeur sans rien y écrire : intégrité du fichier SQLite, "
                       "clés étrangères, chaîne d'empreintes du journal, règles du registre de "
                       "l'enveloppe. Affiche la tête de la chaîne du journal."),
              1)
    , m_json(QStringLiteral("json"), Text::tr("Rapport en JSON."))
{
    addOptions({m_json});
}

QString VerifyCommand::summary() const
{
    return Text::tr("vérifie un classeur (intégrité, journal, registre)");
}

Status VerifyCommand::run(QTextStream& out)
{
    const QString path = positional().constFirst();
    const Result<workspace_check::Report> report = workspace_check::run(path);
    if (!report)
        return report.error();
    if (isSet(m_json)) {
        out << QString::fromUtf8(workspace_check::toJson(path, *report));
    } else {
        for (const workspace_check::Finding& finding : report->findings)
            out << finding.message << '\n';
        if (report->head)
            out << Text::tr("Tête de la chaîne du journal : ligne %1, SHA-256 %2\n")
                       .arg(report->head->rowId)
                       .arg(report->head->sha256);
    }
    if (!report->ok())
        return Error::failure(
            Text::tr("%1 : %n anomalie(s) trouvée(s).", nullptr, int(report->findings.size()))
                .arg(path));
    if (!isSet(m_json))
        out << Text::tr("%1 : tous les contrôles sont bons.\n").arg(path);
    return success();
}

} // namespace guichet::cli
