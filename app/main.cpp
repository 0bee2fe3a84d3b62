#include "Localization.h"
#include "cli/Cli.h"
#include "common/Clock.h"
#include "demo/DemoWorkspace.h"
#include "shell/MainWindow.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>
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

// The demo workspace is rebuilt at each launch, so it always shows the same campaign.
// Each launch of the demo gets a workspace of its own, named after the moment it was made:
// what was entered in an earlier demo is never wiped, and two demos never share a file.
QString prepareDemoWorkspace(int dossierCount, QString* error)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                        QStringLiteral("/demonstrations");
    QDir().mkpath(dir);
    const QString stamp =
        guichet::clock::now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    QString path = dir + QStringLiteral("/demo-ain-%1.guichet").arg(stamp);
    for (int n = 2; QFile::exists(path); ++n)
        path = dir + QStringLiteral("/demo-ain-%1-%2.guichet").arg(stamp).arg(n);
    auto workspace = guichet::demo::createWorkspace(path, dossierCount);
    if (!workspace) {
        *error = workspace.error().message;
        return {};
    }
    return path;
}

int runGui(QApplication& app, const guichet::cli::GuiArguments& arguments)
{
    guichet::MainWindow window;
    QString path = arguments.workspace;
    if (arguments.demo) {
        QString error;
        path = prepareDemoWorkspace(arguments.demoDossiers, &error);
        if (path.isEmpty()) {
            std::fprintf(stderr, "guichet: %s\n", qPrintable(error));
            return guichet::cli::Failure;
        }
    }
    window.show();
    if (!path.isEmpty())
        window.openWorkspace(path);
    // Asked once the file is open (and locked), so that nothing waits on the answer; what is
    // written afterwards carries the name given.
    if (arguments.screenshot.isEmpty()) // a screenshot run asks nothing
        QTimer::singleShot(0, &window, &guichet::MainWindow::ensureInstructorName);

    if (!arguments.screenshot.isEmpty()) {
        const QString file = arguments.screenshot;
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
    QTextStream out(stdout);
    QTextStream err(stderr);
    // --lang is read before the application object exists, so that even --help speaks the
    // requested language.
    const auto language = guichet::cli::requestedLanguage(arguments);
    if (!language)
        return guichet::cli::Command::report(language.error(), err);

    if (guichet::cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        guichet::installTranslations(app, *language);
        return guichet::cli::run(arguments.mid(1), out, err);
    }
    // The application's options are checked before QApplication, which needs a display.
    guichet::cli::GuiArguments gui;
    {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        guichet::installTranslations(app, *language);
        if (const auto exitCode = guichet::cli::parseGuiArguments(arguments, gui, out, err))
            return *exitCode;
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    guichet::installTranslations(app, *language);
    return runGui(app, gui);
}
