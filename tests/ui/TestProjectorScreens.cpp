// The projector on real screens: Qt's offscreen platform given a laptop (the primary screen)
// and two projectors, 1920×1080 and 1280×720. F9 in the session window sends the projection
// full screen to the first projector while the secretary's windows stay on the laptop; the
// screen menu moves it to the other, which is remembered: closed and projected again, it
// returns there. With GUICHET_SCREENSHOT_DIR set, both windows are saved at each size.
#include "TestWorkspace.h"
#include "WindowFixture.h"
#include "committee/SessionWindow.h"
#include "projection/ProjectionWindow.h"
#include "projection/ProjectorScreen.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

namespace {
struct ScreenSpec
{
    const char* name;
    QRect geometry;
};

// Named so that the laptop sorts first: the offscreen platform orders its screens by name and
// makes the first the primary one.
const ScreenSpec kScreens[] = {{"DP-1", {0, 0, 1600, 1000}},
                               {"HDMI-1", {1600, 0, 1920, 1080}},
                               {"HDMI-2", {3520, 0, 1280, 720}}};

QByteArray screensConfiguration()
{
    QJsonArray screens;
    for (const ScreenSpec& s : kScreens)
        screens.append(QJsonObject{{QStringLiteral("name"), QLatin1String(s.name)},
                                   {QStringLiteral("x"), s.geometry.x()},
                                   {QStringLiteral("y"), s.geometry.y()},
                                   {QStringLiteral("width"), s.geometry.width()},
                                   {QStringLiteral("height"), s.geometry.height()},
                                   {QStringLiteral("logicalDpi"), 96},
                                   {QStringLiteral("logicalBpi"), 96},
                                   {QStringLiteral("dpr"), 1}});
    return QJsonDocument(QJsonObject{{QStringLiteral("screens"), screens}}).toJson();
}
} // namespace

class TestProjectorScreens : public QObject
{
    Q_OBJECT

    static ProjectionWindow* project(SessionWindow* sessions)
    {
        sessions->findChild<QAction*>(QStringLiteral("projectAction"))->trigger();
        auto* projection = sessions->findChild<ProjectionWindow*>();
        if (!projection || !QTest::qWaitForWindowExposed(projection))
            return nullptr;
        return projection;
    }

    static void keep(QWidget* window, const QString& name)
    {
        QCoreApplication::processEvents(); // the layout's pending pass: what is shown
        if (const QString dir = qEnvironmentVariable("GUICHET_SCREENSHOT_DIR"); !dir.isEmpty())
            window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("projection"));
        QCOMPARE(QGuiApplication::screens().size(), 3);
        QCOMPARE(QGuiApplication::primaryScreen()->name(), QStringLiteral("DP-1"));
    }

    void secondScreenChosenAndRemembered()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        window.findChild<QAction*>(QStringLiteral("sessionsAction"))->trigger();
        auto* sessions = window.findChild<SessionWindow*>();
        QVERIFY(sessions && QTest::qWaitForWindowExposed(sessions));
        sessions->resize(1600, 1000);

        ProjectionWindow* projection = project(sessions);
        QVERIFY(projection);
        QTRY_VERIFY(projection->isFullScreen());
        QCOMPARE(projection->screen()->name(), QStringLiteral("HDMI-1"));
        QCOMPARE(projection->geometry(), kScreens[1].geometry);
        QCOMPARE(sessions->screen()->name(), QStringLiteral("DP-1"));
        QCOMPARE(window.screen()->name(), QStringLiteral("DP-1"));
        // The secretary's dossier is the projector's.
        const qint64 first = projection->currentDossier();
        projection->nextDossier();
        const qint64 second = projection->currentDossier();
        QVERIFY(second != first);
        QCOMPARE(sessions->currentDossier(), second);
        sessions->showDossier(first);
        QCOMPARE(projection->currentDossier(), first);
        keep(sessions, QStringLiteral("two-screens-secretary-1600x1000"));
        keep(projection, QStringLiteral("two-screens-projector-1920x1080"));

        // The chair sends it to the other projector.
        auto* menu = sessions->findChild<QMenu*>(QStringLiteral("projectorScreenMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 3);
        QAction* other = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->text().startsWith(QStringLiteral("HDMI-2")))
                other = action;
        }
        QVERIFY(other && other->text().contains(QStringLiteral("1280 × 720")));
        other->trigger();
        QTRY_COMPARE(projection->screen()->name(), QStringLiteral("HDMI-2"));
        QVERIFY(projection->isFullScreen());
        QCOMPARE(projection->geometry(), kScreens[2].geometry);
        QCOMPARE(ProjectorScreen::remembered(), QStringLiteral("HDMI-2"));
        projection->setView(ProjectionWindow::View::Grid);
        keep(projection, QStringLiteral("two-screens-projector-1280x720-grid"));

        // Closed by the chair, projected again: back on the screen chosen.
        projection->close();
        QTRY_VERIFY(!sessions->findChild<ProjectionWindow*>());
        projection = project(sessions);
        QVERIFY(projection);
        QTRY_COMPARE(projection->screen()->name(), QStringLiteral("HDMI-2"));
        QTRY_VERIFY(projection->isFullScreen());

        // Chosen on the laptop: a normal window there, beside the others.
        menu = sessions->findChild<QMenu*>(QStringLiteral("projectorScreenMenu"));
        emit menu->aboutToShow();
        menu->actions().constFirst()->trigger();
        QTRY_COMPARE(projection->screen()->name(), QStringLiteral("DP-1"));
        QTRY_VERIFY(!projection->isFullScreen());
        QVERIFY(kScreens[0].geometry.contains(projection->geometry()));
        QSettings().remove(QStringLiteral("projection"));
    }
};

int main(int argc, char** argv)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("screens.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(screensConfiguration()) < 0)
        return 1;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
    QApplication app(argc, argv);
    TestProjectorScreens test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestProjectorScreens.moc"
