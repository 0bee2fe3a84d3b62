#include "TestWorkspace.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace guichet;

// Fichier > Enregistrer une copie… and Fichier > Fermer (Ctrl+W).
class TestWorkspaceFileUi : public QObject
{
    Q_OBJECT

    static void openDemo(MainWindow& window, const QString& path)
    {
        QVERIFY(testing::createDemoWorkspace(path, 6));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(path));
        if (window.isLoading()) {
            QSignalSpy finished(&window, &MainWindow::loadingFinished);
            QVERIFY(finished.wait(30000));
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveCopyThenClose()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("demo.guichet"));
        MainWindow window;
        openDemo(window, path);
        auto* saveCopy = window.findChild<QAction*>(QStringLiteral("saveCopyAction"));
        auto* close = window.findChild<QAction*>(QStringLiteral("closeWorkspaceAction"));
        QVERIFY(saveCopy && close);
        QVERIFY(saveCopy->isEnabled() && close->isEnabled());

        // The dialog proposes a name beside the workspace.
        const QString copy = dir.path(QStringLiteral("demo (copie).guichet"));
        QString proposed;
        QTimer::singleShot(50, qApp, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            proposed = dialog->selectedFiles().value(0);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
        });
        QSignalSpy errors(&window, &MainWindow::errorReported);
        saveCopy->trigger();
        QVERIFY2(errors.isEmpty(),
                 errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        QCOMPARE(proposed, copy);
        QVERIFY(QFile::exists(copy));
        QCOMPARE(testing::contentDigest(copy), testing::contentDigest(path));

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(window.workspace(), nullptr);
        QCOMPARE(window.windowTitle(), QStringLiteral("Guichet"));
        QVERIFY(!saveCopy->isEnabled() && !close->isEnabled());
        // Closed means released: another window may now write it.
        MainWindow other;
        QVERIFY(other.openWorkspace(path));
        QVERIFY(!other.workspace()->isReadOnly());
    }
};

QTEST_MAIN(TestWorkspaceFileUi)
#include "TestWorkspaceFileUi.moc"
