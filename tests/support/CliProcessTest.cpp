#include "CliProcessTest.h"

#include <QProcess>

namespace guichet::testing {

CliProcessTest::Run CliProcessTest::guichet(const QStringList& arguments,
                                            const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("GUICHET_EXECUTABLE"), arguments);
    if (!process.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timeout")};
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

bool CliProcessTest::makeDemo(const QString& path, int dossiers)
{
    return guichet({QStringLiteral("demo"), QStringLiteral("--output"), path,
                    QStringLiteral("--dossiers"), QString::number(dossiers)})
               .exitCode == 0;
}

} // namespace guichet::testing
