#pragma once

// What the tests of the real executable share: running it as scripts and CI do.
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace guichet::testing {

// The base of a test class that runs the executable named by GUICHET_EXECUTABLE.
class CliProcessTest : public QObject
{
    Q_OBJECT

protected:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QString err;
    };

    // Runs `guichet arguments` in `environment` (exit code -1 after two minutes).
    static Run
    guichet(const QStringList& arguments,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // A demo workspace of `dossiers` dossiers at `path`, made by the executable.
    static bool makeDemo(const QString& path, int dossiers);
};

} // namespace guichet::testing
