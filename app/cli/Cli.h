#pragma once

#include "Command.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

namespace guichet::cli {

// Every command, in the order of `guichet --help`.
std::vector<std::unique_ptr<Command>> commands();
// The command that `words` (the arguments after `guichet`) name, or null.
std::unique_ptr<Command> find(const QStringList& words);

// True when `arguments` (argv) name a command rather than the application: anything but an
// option or a workspace file (a misspelt command is said so rather than opening a window).
bool isCommand(const QStringList& arguments);
// Whether the command that `words` name sets documents (see Command::rendersDocuments()).
bool rendersDocuments(const QStringList& words);
// Runs the command that `words` (the arguments after `guichet`) name; returns the exit code.
int run(const QStringList& words, QTextStream& out, QTextStream& err);
// The text of `guichet --help`.
QString usage();
// The text of `guichet --version`: the version, and the schema of the workspaces it writes.
QString versionText();

// The application's own options (no command): checked on a QCoreApplication, before the
// QApplication (which needs a display) exists.
struct GuiArguments
{
    QString workspace;     // the file to open, or empty
    bool demo = false;     // open a fresh demo workspace
    int demoDossiers = 40; // how many dossiers the demo has
    QString screenshot;    // save a capture of the window there, then quit
};
// The options parsed, or the exit code when the process must stop (an error, --help).
std::optional<int> parseGuiArguments(const QStringList& arguments, GuiArguments& parsed,
                                     QTextStream& out, QTextStream& err);

// The --lang value in argv ("fr", "en", or empty when absent), and argv without it; an
// unknown language is an error (exit 2).
Result<QString> requestedLanguage(QStringList& arguments);

} // namespace guichet::cli
