#pragma once

#include "Cli.h"
#include "common/Result.h"

#include <QCommandLineParser>
#include <QString>

namespace guichet::cli {

// What each subcommand needs: to parse its options (with --help), to say an error in one
// sentence on stderr, and to map an Error to its exit code.
class CommandContext
{
public:
    CommandContext(QString name, QString synopsis, QString description);

    QCommandLineParser& parser() { return m_parser; }
    // Parses `arguments` (the subcommand's own, starting with its name); positionalCount -1
    // accepts any number. Returns false when the command must stop, with the exit code in
    // `exitCode` (0 after --help).
    bool parse(const QStringList& arguments, int positionalCount, int& exitCode);
    QString help() const;

    static int fail(const Error& error);
    static int badInput(const QString& message);
    static int failure(const QString& message);

private:
    QString m_name;
    QString m_synopsis;
    QCommandLineParser m_parser;
};

void printOut(const QByteArray& bytes);
// Writes `bytes` to `path` atomically, or to stdout when path is empty.
Status writeOutput(const QString& path, const QByteArray& bytes);

int runNew(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runDossiers(const QStringList& arguments);
int runProgramme(const QStringList& arguments);
int runGenerateExport(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runScores(const QStringList& arguments);
int runEligibility(const QStringList& arguments);
int runConflicts(const QStringList& arguments);
int runExport(const QStringList& arguments);

} // namespace guichet::cli
