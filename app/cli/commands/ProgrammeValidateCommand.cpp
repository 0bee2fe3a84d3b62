#include "ProgrammeValidateCommand.h"

#include "common/Money.h"
#include "programme/ProgrammeReader.h"

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

ProgrammeValidateCommand::ProgrammeValidateCommand()
    : Command(QStringLiteral("programme validate"), Text::tr("FICHIER.json"),
              Text::tr("Valide un document de programme : chaque erreur est indiquée avec "
                       "son chemin JSON."),
              1)
{}

QString ProgrammeValidateCommand::summary() const
{
    return Text::tr("valide un document de programme");
}

Status ProgrammeValidateCommand::run(QTextStream& out)
{
    const QString path = positional().constFirst();
    const ProgrammeReader::Outcome outcome = ProgrammeReader::readFile(path);
    if (!outcome.programme) {
        QString report =
            Text::tr("%1 : %n erreur(s)", nullptr, int(outcome.issues.size())).arg(path);
        for (const ProgrammeIssue& issue : outcome.issues)
            report += QStringLiteral("\n  ") + issue.path + QStringLiteral(" : ") + issue.message;
        return badInput(report);
    }
    const Programme& p = *outcome.programme;
    out << Text::tr("%1 est valide : « %2 », enveloppe %3, %4 critères, %5 contrôles "
                    "d'éligibilité.\n")
               .arg(path, p.name, money::format(p.envelope))
               .arg(p.criteria.size())
               .arg(p.eligibilityChecks.size());
    return success();
}

} // namespace guichet::cli
