#include "Localization.h"
#include "cli/Cli.h"
#include "demo/DemoWorkspace.h"
#include "shell/MainWindow.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
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

int runGui(QApplication& app, const guichet::cli::GuiArguments& arguments)
{
    // The desktop entry and the icon installed under this id (packaging/): the window manager
    // then shows the application's icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral(GUICHET_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(GUICHET_APP_ID)));
    guichet::MainWindow window;
    QString path = arguments.workspace;
    if (arguments.demo) {
        const auto demo = guichet::demo::createForLaunch(arguments.demoDossiers);
        if (!demo) {
            std::fprintf(stderr, "guichet: %s\n", qPrintable(demo.error().message));
            return guichet::cli::Failure;
        }
        path = demo.value();
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

    if (guichet::cli::isCommand(arguments) && guichet::cli::rendersDocuments(arguments.mid(1))) {
        // Setting documents needs fonts, hence a QGuiApplication, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setApplicationIdentity();
        guichet::installTranslations(app, *language);
        return guichet::cli::run(arguments.mid(1), out, err);
    }
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
