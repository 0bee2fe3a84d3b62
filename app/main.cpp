#include "Localization.h"
#include "cli/Cli.h"
#include "demo/DemoWorkspace.h"
#include "shell/MainWindow.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Guichet"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("guichet.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
}

// --lang is read before the application object parses anything, so that even --help speaks
// the requested language.
QString requestedLanguage(const QStringList& arguments)
{
    const qsizetype i = arguments.indexOf(QStringLiteral("--lang"));
    return i >= 0 && i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
}

QStringList withoutLanguage(QStringList arguments)
{
    const qsizetype i = arguments.indexOf(QStringLiteral("--lang"));
    if (i >= 0)
        arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
    return arguments;
}

// The demo workspace is rebuilt at each launch, so it always shows the same campaign.
QString prepareDemoWorkspace(int dossierCount, QString* error)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/demo-ain.guichet");
    QLockFile lock(path + QStringLiteral(".lock"));
    if (QFile::exists(path) && !lock.tryLock(0))
        return path; // another Guichet shows the demo: open it too (read-only)
    lock.unlock();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto workspace = guichet::demo::createWorkspace(path, dossierCount);
    if (!workspace) {
        *error = workspace.error().message;
        return {};
    }
    return path;
}

int runGui(QApplication& app, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(guichet::cli::usage());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("Cli", "Ouvre un classeur de démonstration (Ain)."));
    const QCommandLineOption dossiers(
        QStringLiteral("dossiers"),
        QCoreApplication::translate("Cli", "Nombre de dossiers de la démonstration."),
        QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "Cli", "Enregistre une capture de la fenêtre une fois chargée, puis quitte."),
        QStringLiteral("FICHIER.png"));
    parser.addOptions({demo, dossiers, screenshot});
    parser.addPositionalArgument(QStringLiteral("FICHIER.guichet"),
                                 QCoreApplication::translate("Cli", "Classeur à ouvrir."));
    parser.process(arguments);

    guichet::MainWindow window;
    QString path = parser.positionalArguments().value(0);
    if (parser.isSet(demo)) {
        QString error;
        path = prepareDemoWorkspace(std::clamp(parser.value(dossiers).toInt(), 1, 100000), &error);
        if (path.isEmpty()) {
            std::fprintf(stderr, "guichet: %s\n", qPrintable(error));
            return guichet::cli::Failure;
        }
    }
    window.show();
    if (!path.isEmpty())
        window.openWorkspace(path);

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto grab = [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                window.grab().save(file);
                QCoreApplication::quit();
            });
        };
        if (window.isLoading())
            QObject::connect(&window, &guichet::MainWindow::loadingFinished, &window, grab);
        else
            grab();
    }
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QString language = requestedLanguage(arguments);
    arguments = withoutLanguage(arguments);

    if (guichet::cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        guichet::installTranslations(app, language);
        return guichet::cli::run(arguments);
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    guichet::installTranslations(app, language);
    return runGui(app, arguments);
}
