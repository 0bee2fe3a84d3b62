#pragma once

#include <QStringList>

namespace guichet::cli {

// Exit codes shared by every subcommand.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    BadInput = 2
};

// True when argv names a subcommand (the rest of the arguments belong to it).
bool isCommand(const QStringList& arguments);
// Runs the subcommand named in arguments[1] on a QCoreApplication; returns the exit code.
int run(const QStringList& arguments);
// The text of `guichet --help`.
QString usage();

} // namespace guichet::cli
