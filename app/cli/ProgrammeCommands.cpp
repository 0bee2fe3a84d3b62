// The programme subcommands: programme validate.
#include "CliSupport.h"
#include "programme/ProgrammeReader.h"

#include <QCoreApplication>

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runProgramme(const QStringList& arguments)
{
    CommandContext context(
        QStringLiteral("programme"), Text::tr("validate FICHIER.json"),
        Text::tr("Valide un document de programme : chaque erreur est indiquée avec "
                 "son chemin JSON."));
    int exitCode = Success;
    if (!context.parse(arguments, 2, exitCode))
        return exitCode;
    const QStringList positional = context.parser().positionalArguments();
    if (positional.constFirst() != QLatin1String("validate"))
        return CommandContext::badInput(
            Text::tr("sous-commande inconnue « %1 » (attendu : programme validate FICHIER.json)")
                .arg(positional.constFirst()));
    const QString path = positional.at(1);
    const ProgrammeReader::Outcome outcome = ProgrammeReader::readFile(path);
    if (!outcome.programme) {
        QString report = QCoreApplication::translate("Cli", "%1 : %n erreur(s)", nullptr,
                                                     int(outcome.issues.size()))
                             .arg(path);
        for (const ProgrammeIssue& issue : outcome.issues)
            report += QStringLiteral("\n  ") + issue.path + QStringLiteral(" : ") + issue.message;
        return CommandContext::badInput(report);
    }
    const Programme& p = *outcome.programme;
    printOut(Text::tr("%1 est valide : « %2 », enveloppe %3, %4 critères, %5 contrôles "
                      "d'éligibilité.\n")
                 .arg(path, p.name, money::format(p.envelope))
                 .arg(p.criteria.size())
                 .arg(p.eligibilityChecks.size())
                 .toUtf8());
    return Success;
}

} // namespace guichet::cli
