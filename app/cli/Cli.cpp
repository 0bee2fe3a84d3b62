#include "Cli.h"

#include "commands/ConflictsCommands.h"
#include "commands/DocumentCommands.h"
#include "commands/EligibilityDecideCommand.h"
#include "commands/EnvelopeCommands.h"
#include "commands/ExportCommands.h"
#include "commands/ImportCommand.h"
#include "commands/ProgrammeValidateCommand.h"
#include "commands/ScenarioCommands.h"
#include "commands/ScoresCommands.h"
#include "commands/SessionAvisCommands.h"
#include "commands/SessionCommands.h"
#include "commands/VerifyCommand.h"
#include "commands/WorkspaceCommands.h"
#include "storage/Migrations.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceProbe.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace guichet::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool isHelpRequest(const QString& argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
           argument == QLatin1String("help");
}

// The text of `guichet scores --help`: the commands whose name starts with `family`.
QString familyUsage(const QString& family, QStringList* verbs)
{
    QString lines;
    for (const auto& command : commands()) {
        const QStringList words = command->name().split(QLatin1Char(' '));
        if (words.size() == 2 && words.constFirst() == family) {
            verbs->append(words.at(1));
            lines += QStringLiteral("  %1  %2\n").arg(words.at(1), -13).arg(command->summary());
        }
    }
    return Text::tr("Usage : guichet %1 %2 …\n").arg(family, verbs->join(QLatin1Char('|'))) +
           lines + Text::tr("« guichet %1 SOUS-COMMANDE --help » décrit chacune.\n").arg(family);
}

} // namespace

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<NewCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<DossiersCommand>());
    list.push_back(std::make_unique<BackupCommand>());
    list.push_back(std::make_unique<ScoresSetCommand>());
    list.push_back(std::make_unique<ScoresExportCommand>());
    list.push_back(std::make_unique<ScoresImportCommand>());
    list.push_back(std::make_unique<EligibilityDecideCommand>());
    list.push_back(std::make_unique<ConflictsDeclareCommand>());
    list.push_back(std::make_unique<ConflictsListCommand>());
    list.push_back(std::make_unique<EnvelopeCommand>());
    list.push_back(std::make_unique<AmountsSetCommand>());
    list.push_back(std::make_unique<DecideCommand>());
    list.push_back(std::make_unique<DecisionChangeCommand>(DecisionChangeCommand::Change::Reduce));
    list.push_back(std::make_unique<DecisionChangeCommand>(DecisionChangeCommand::Change::Cancel));
    list.push_back(std::make_unique<PaymentsAddCommand>());
    list.push_back(std::make_unique<CounterEntryCommand>());
    list.push_back(std::make_unique<ScenarioSaveCommand>());
    list.push_back(std::make_unique<ScenarioReadCommand>(ScenarioReadCommand::What::List));
    list.push_back(std::make_unique<ScenarioReadCommand>(ScenarioReadCommand::What::Show));
    list.push_back(std::make_unique<ScenarioReadCommand>(ScenarioReadCommand::What::Compare));
    list.push_back(std::make_unique<ScenarioAdoptCommand>());
    list.push_back(std::make_unique<SessionNewCommand>());
    list.push_back(std::make_unique<SessionStepCommand>(SessionStepCommand::Step::Delete));
    list.push_back(std::make_unique<SessionAgendaCommand>());
    list.push_back(std::make_unique<SessionAvisCommand>(SessionAvisCommand::Mode::Record));
    list.push_back(std::make_unique<SessionRecuseCommand>());
    list.push_back(std::make_unique<SessionStepCommand>(SessionStepCommand::Step::Close));
    list.push_back(std::make_unique<SessionAvisCommand>(SessionAvisCommand::Mode::Amend));
    list.push_back(std::make_unique<SessionDecideCommand>());
    list.push_back(std::make_unique<SessionsCommand>());
    list.push_back(std::make_unique<LetterheadCommand>());
    list.push_back(std::make_unique<LettersCommand>());
    list.push_back(std::make_unique<RegisterCommand>());
    list.push_back(std::make_unique<DocumentsReprintCommand>());
    list.push_back(std::make_unique<MinutesCommand>());
    list.push_back(std::make_unique<PrintCommand>());
    list.push_back(std::make_unique<VerifyCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<ProgrammeValidateCommand>());
    list.push_back(std::make_unique<GenerateExportCommand>());
    return list;
}

std::unique_ptr<Command> find(const QStringList& words)
{
    for (auto& command : commands()) {
        const QStringList name = command->name().split(QLatin1Char(' '));
        if (words.mid(0, name.size()) == name)
            return std::move(command);
    }
    return nullptr;
}

bool isCommand(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments.at(1);
    if (isHelpRequest(first) || first == QLatin1String("--version"))
        return true;
    if (first.startsWith(QLatin1Char('-')) ||
        first.endsWith(QLatin1Char('.') + QLatin1String(Workspace::kExtension)))
        return false;
    // A workspace renamed without its extension is still opened (the desktop recognises it by
    // the same header and hands it to `guichet FILE`), unless its name is a command's.
    const auto& all = commands();
    const bool namesCommand = std::any_of(all.begin(), all.end(), [&first](const auto& command) {
        return command->name().section(QLatin1Char(' '), 0, 0) == first;
    });
    return namesCommand || !probe::hasWorkspaceHeader(first);
}

QString versionText()
{
    return Text::tr("guichet %1\nClasseurs écrits au schéma %2.\n")
        .arg(QCoreApplication::applicationVersion())
        .arg(migrations::latestVersion());
}

QString usage()
{
    QString text =
        Text::tr("Usage : guichet [FICHIER.guichet] [--demo] [--lang fr|en]\n"
                 "        guichet COMMANDE [options]\n\n"
                 "Sans commande, ouvre l'application (sur FICHIER, ou sur un classeur de "
                 "démonstration avec --demo).\n\nCommandes :\n");
    // The summaries in one column, two spaces after the longest name.
    qsizetype width = 0;
    for (const auto& command : commands())
        width = std::max(width, command->name().size());
    for (const auto& command : commands())
        text +=
            QStringLiteral("  %1  %2\n").arg(command->name(), -int(width)).arg(command->summary());
    text += Text::tr("\n« guichet COMMANDE --help » décrit chaque commande.\n"
                     "Codes de sortie : 0 succès, 2 entrée invalide (rien n'est écrit), 1 autre "
                     "échec.\n");
    return text;
}

bool rendersDocuments(const QStringList& words)
{
    const auto command = find(words);
    return command && command->rendersDocuments();
}

int run(const QStringList& words, QTextStream& out, QTextStream& err)
{
    const QString first = words.value(0);
    if (first == QLatin1String("--version")) {
        out << versionText();
        out.flush();
        return Success;
    }
    if (isHelpRequest(first)) {
        out << usage();
        out.flush();
        return Success;
    }
    if (auto command = find(words))
        return command->execute(words, out, err);

    QStringList verbs;
    const QString family = familyUsage(first, &verbs);
    if (!verbs.isEmpty()) {
        const QString verb = words.value(1);
        if (verb.isEmpty()) {
            err << family;
            err.flush();
            return BadInput;
        }
        if (isHelpRequest(verb)) {
            out << family;
            out.flush();
            return Success;
        }
        return Command::report(
            Error::badInput(Text::tr("sous-commande inconnue « %1 » (attendu : guichet %2 %3 ; "
                                     "--help pour l'aide de chacune)")
                                .arg(verb, first, verbs.join(QLatin1Char('|')))),
            err);
    }
    if (QFileInfo::exists(first)) {
        const Status status = probe::check(first, probe::Integrity::Defer);
        return Command::report(
            status ? Error::badInput(
                         Text::tr("%1 n'est pas un classeur Guichet : le nom d'un classeur finit "
                                  "par .guichet.")
                             .arg(first))
                   : status.error(),
            err);
    }
    return Command::report(
        Error::badInput(Text::tr("commande inconnue « %1 » (voir « guichet --help »)").arg(first)),
        err);
}

std::optional<int> parseGuiArguments(const QStringList& arguments, GuiArguments& parsed,
                                     QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usage());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Text::tr("Ouvre un classeur de démonstration (Ain)."));
    const QCommandLineOption dossiers(QStringLiteral("dossiers"),
                                      Text::tr("Nombre de dossiers de la démonstration."),
                                      QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        Text::tr("Enregistre une capture de la fenêtre une fois chargée, puis quitte."),
        QStringLiteral("FICHIER.png"));
    parser.addOptions({demo, dossiers, screenshot});
    parser.addPositionalArgument(QStringLiteral("FICHIER.guichet"), Text::tr("Classeur à ouvrir."));
    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        const QString problem =
            unknown.isEmpty() ? parser.errorText()
                              : Text::tr("option inconnue « %1%2 »")
                                    .arg(unknown.constFirst().size() == 1 ? QStringLiteral("-")
                                                                          : QStringLiteral("--"),
                                         unknown.constFirst());
        return Command::report(
            Error::badInput(problem + QLatin1Char(' ') + Text::tr("(voir « guichet --help »)")),
            err);
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        out.flush();
        return Success;
    }
    if (parser.isSet(version)) {
        out << versionText();
        out.flush();
        return Success;
    }
    if (parser.positionalArguments().size() > 1)
        return Command::report(
            Error::badInput(Text::tr("un seul classeur à la fois : guichet [FICHIER.guichet]")),
            err);
    bool ok = false;
    parsed.demoDossiers = parser.value(dossiers).toInt(&ok);
    if (!ok || parsed.demoDossiers < 1 || parsed.demoDossiers > 100000)
        return Command::report(
            Error::badInput(Text::tr("--dossiers attend un nombre entre 1 et 100 000, pas « %1 ».")
                                .arg(parser.value(dossiers))),
            err);
    parsed.workspace = parser.positionalArguments().value(0);
    parsed.demo = parser.isSet(demo);
    parsed.screenshot = parser.value(screenshot);
    return std::nullopt;
}

Result<QString> requestedLanguage(QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString language;
        if (arguments.at(i) == QLatin1String("--lang")) {
            language = arguments.value(i + 1);
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        } else if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            language = arguments.at(i).mid(7);
            arguments.remove(i);
        } else {
            continue;
        }
        if (language != QLatin1String("fr") && language != QLatin1String("en"))
            return Error::badInput(
                Text::tr("--%1 attend %2, pas « %3 ».")
                    .arg(QStringLiteral("lang"),
                         Text::tr("%1 ou %2").arg(QStringLiteral("fr"), QStringLiteral("en")),
                         language));
        return language;
    }
    return QString();
}

} // namespace guichet::cli
