#pragma once

// What the in-process tests of the commands share: running a command line through
// Command::execute(), and a workspace of an older schema.
#include <QObject>
#include <QStringList>

namespace guichet::testing {

// The base of a test class that runs commands in-process.
class CliCommandTest : public QObject
{
    Q_OBJECT

protected:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    // Runs `words` (what follows `guichet` on a command line) in-process.
    static Run guichet(const QStringList& words);

    static constexpr int kOlderVersion = 3;
    static constexpr qint64 kOlderDossier = 42;

    // A workspace as schema version 3 wrote it: the programme and two dossiers (42 and 43), no
    // instruction tables yet.
    static void writeOlderWorkspace(const QString& path);
};

} // namespace guichet::testing
