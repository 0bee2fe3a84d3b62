#include "Cli.h"

#include "CliSupport.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

#include <functional>

namespace guichet::cli {

namespace {

struct Command
{
    const char* name;
    const char* summary; // translated in context "Cli"
    std::function<int(const QStringList&)> run;
};

const QList<Command>& commands()
{
    static const QList<Command> list = {
        {"new", QT_TRANSLATE_NOOP("Cli", "crée un classeur vide sur un programme"), runNew},
        {"demo", QT_TRANSLATE_NOOP("Cli", "crée un classeur de démonstration (Ain)"), runDemo},
        {"import", QT_TRANSLATE_NOOP("Cli", "importe des exports démarches-simplifiées"),
         runImport},
        {"dossiers", QT_TRANSLATE_NOOP("Cli", "liste les dossiers d'un classeur (JSON ou CSV)"),
         runDossiers},
        {"scores",
         QT_TRANSLATE_NOOP("Cli", "note un dossier, exporte ou fusionne des paquets de notes"),
         runScores},
        {"eligibility",
         QT_TRANSLATE_NOOP("Cli", "enregistre une décision d'éligibilité (eligibility decide)"),
         runEligibility},
        {"conflicts", QT_TRANSLATE_NOOP("Cli", "déclare ou liste les liens d'intérêt (déport)"),
         runConflicts},
        {"export", QT_TRANSLATE_NOOP("Cli", "exporte la grille de sélection (CSV ou XLSX)"),
         runExport},
        {"programme",
         QT_TRANSLATE_NOOP("Cli", "valide un document de programme (programme validate)"),
         runProgramme},
        {"generate-export",
         QT_TRANSLATE_NOOP("Cli", "écrit un export démarches-simplifiées synthétique"),
         runGenerateExport},
    };
    return list;
}

bool isHelpRequest(const QString& argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
           argument == QLatin1String("help") || argument == QLatin1String("--version");
}

} // namespace

bool isCommand(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    if (isHelpRequest(first))
        return true;
    // Anything but an option or a workspace file is meant as a command (perhaps misspelt:
    // run() says so rather than opening a window).
    return !first.startsWith(QLatin1Char('-')) &&
           !first.endsWith(QLatin1Char('.') + QLatin1String(Workspace::kExtension));
}

QString usage()
{
    QString text = QCoreApplication::translate(
        "Cli", "Usage : guichet [FICHIER.guichet] [--demo] [--lang fr|en]\n"
               "        guichet COMMANDE [options]\n\n"
               "Sans commande, ouvre l'application (sur FICHIER, ou sur un classeur de "
               "démonstration avec --demo).\n\nCommandes :\n");
    for (const Command& command : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(command.name), -18)
                    .arg(QCoreApplication::translate("Cli", command.summary));
    text += QCoreApplication::translate(
        "Cli", "\n« guichet COMMANDE --help » décrit chaque commande.\n"
               "Codes de sortie : 0 succès, 2 entrée invalide (rien n'est écrit), 1 autre "
               "échec.\n");
    return text;
}

int run(const QStringList& arguments)
{
    const QStringList own = arguments.mid(1);
    if (own.constFirst() == QLatin1String("--version")) {
        printOut(
            QStringLiteral("guichet %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return Success;
    }
    if (isHelpRequest(own.constFirst())) {
        printOut(usage().toUtf8());
        return Success;
    }
    for (const Command& command : commands()) {
        if (own.constFirst() == QLatin1String(command.name))
            return command.run(own);
    }
    return CommandContext::badInput(
        QCoreApplication::translate("Cli", "commande inconnue « %1 »").arg(own.constFirst()));
}

} // namespace guichet::cli
