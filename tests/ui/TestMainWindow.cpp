#include "TestWorkspace.h"
#include "WindowFixture.h"
#include "common/Identity.h"
#include "dossier/DossierRepository.h"
#include "shell/HelpWindow.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutsDialog.h"
#include "shell/WorkspacePropertiesDialog.h"
#include "storage/AuditChain.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace guichet;
using guichet::testing::currentNumber;
using guichet::testing::openDemo;
using guichet::testing::waitLoaded;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static QStringList visibleColumn(QTableView* table, int column)
    {
        QStringList values;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            values.append(table->model()->index(r, column).data().toString());
        return values;
    }

    // Closes each message box as it shows, every 20 ms while `closer` lives: an opening that
    // reports an error runs unattended.
    void closeMessageBoxes(QTimer& closer)
    {
        connect(&closer, &QTimer::timeout, this, [] {
            if (QWidget* box = QApplication::activeModalWidget())
                box->close();
        });
        closer.start(20);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A key given to two actions of the window triggers neither: each shortcut once.
    void everyShortcutOnce()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir, 40);
        QHash<QKeySequence, QString> owner;
        for (const QAction* action : window.findChildren<QAction*>()) {
            for (const QKeySequence& keys : action->shortcuts()) {
                QVERIFY2(!owner.contains(keys),
                         qPrintable(QStringLiteral("%1: %2 and %3")
                                        .arg(keys.toString(), owner.value(keys), action->text())));
                owner.insert(keys, action->text());
            }
        }
        QVERIFY(owner.size() > 20);
    }

    void searchFiltersAsYouType()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir, 40);

        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        auto* count = window.findChild<QLabel*>(QStringLiteral("countLabel"));
        QVERIFY(table && search && count);
        QCOMPARE(table->model()->rowCount(), 40);
        QVERIFY(count->text().contains(QStringLiteral("40")));

        // Ctrl+F reaches the search field; typing without accents finds accented names.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("meximieux"));
        QStringList applicants = visibleColumn(table, 1);
        QCOMPARE(applicants.size(), 2);
        for (const QString& applicant : applicants)
            QCOMPARE(applicant, QStringLiteral("Commune de Meximieux"));
        QVERIFY(count->text().startsWith(QStringLiteral("2 ")));

        QTest::keyClicks(search, QStringLiteral(" salles"));
        QCOMPARE(visibleColumn(table, 5),
                 QStringList{QStringLiteral("Réservation en ligne des salles municipales")});

        search->clear();
        QCOMPARE(table->model()->rowCount(), 40);
        QTest::keyClicks(search, QStringLiteral("zzzz-nothing"));
        QCOMPARE(table->model()->rowCount(), 0);
        search->clear();

        auto* subaxis = window.findChild<QComboBox*>(QStringLiteral("subaxisComboBox"));
        subaxis->setCurrentIndex(subaxis->findData(QStringLiteral("3b")));
        QVERIFY(table->model()->rowCount() > 0);
        QVERIFY(table->model()->rowCount() < 40);
        for (const QString& code : visibleColumn(table, 4))
            QCOMPARE(code, QStringLiteral("3b"));
    }

    void detailAndNote()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir, 10);
        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        auto* details = window.findChild<QTextBrowser*>(QStringLiteral("detailsBrowser"));
        auto* note = window.findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"));
        auto* save = window.findChild<QPushButton*>(QStringLiteral("saveNotePushButton"));
        QVERIFY(table && details && note && save);

        table->setFocus();
        table->selectRow(0);
        const qint64 number = table->model()->index(0, 0).data().toLongLong();
        QVERIFY(details->toPlainText().contains(QStringLiteral("Commune de Meximieux")));
        QVERIFY(details->toPlainText().contains(
            QRegularExpression(QStringLiteral("Coût total\\s+16\\s400,00"))));
        QVERIFY(!save->isEnabled());

        auto* history = window.findChild<QLabel*>(QStringLiteral("historyLabel"));
        QVERIFY(history->text().contains(QStringLiteral("Aucune modification")));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Deliberation a demander"));
        QVERIFY(save->isEnabled());
        // While typed, the line under the note says it is not saved yet.
        QVERIFY(history->text().contains(QStringLiteral("pas encore enregistrée")));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!save->isEnabled());
        QVERIFY(history->text().contains(QStringLiteral("Historique de la note")));
        QCOMPARE(DossierRepository(*window.workspace()).note(number),
                 QStringLiteral("Deliberation a demander"));

        // A note being typed is saved when the instructor moves to another dossier.
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral(" et devis"));
        table->selectRow(1);
        QCOMPARE(DossierRepository(*window.workspace()).note(number),
                 QStringLiteral("Deliberation a demander et devis"));
    }

    void secondWindowIsReadOnlyWithBanner()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("demo.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 5));
        MainWindow first;
        QVERIFY(first.openWorkspace(path));
        MainWindow second;
        second.show();
        QVERIFY(second.openWorkspace(path));
        auto* banner = second.findChild<QLabel*>(QStringLiteral("readOnlyBannerLabel"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("lecture seule")));
        QVERIFY(second.windowTitle().contains(QStringLiteral("lecture seule")));
        auto* table = second.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        table->selectRow(0);
        QVERIFY(
            !second.findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"))->isEnabled());
        QVERIFY(
            !first.findChild<QLabel*>(QStringLiteral("readOnlyBannerLabel"))->isVisibleTo(&first));
    }

    void largeWorkspaceStreamsIn()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("large.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 12000));
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(path));
        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        QVERIFY(window.isLoading());
        QVERIFY(table->model()->rowCount() < 12000); // the first screenful is there at once
        QVERIFY(table->model()->rowCount() > 0);
        waitLoaded(window);
        QCOMPARE(table->model()->rowCount(), 12000);
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("meximieux"));
        QVERIFY(table->model()->rowCount() > 2);
        QVERIFY(table->model()->rowCount() < 1000);
    }

    void damageFoundInTheBackgroundClosesTheWorkspace()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("damaged.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 3000));
        {
            // Overwrite dossier pages near the end: the quick checks at open pass, the full
            // integrity check does not.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(file.size() * 3 / 4 / 4096 * 4096);
            file.write(QByteArray(4 * 4096, '\x5A'));
        }
        MainWindow window;
        window.show();
        QSignalSpy errors(&window, &MainWindow::errorReported);
        QTimer closer;
        closeMessageBoxes(closer);
        window.openWorkspace(path);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
        QVERIFY(errors.constFirst().constFirst().toString().contains(QStringLiteral("endommagé")));
        QTRY_COMPARE(window.workspace(), nullptr);
        QCOMPARE(
            window.findChild<QTableView*>(QStringLiteral("dossierTableView"))->model()->rowCount(),
            0);
    }

    // The checks of `guichet verify` run at open: an audit row altered behind the application's
    // back is reported with its row, and the workspace stays open and writable.
    void anomaliesFoundAtOpenAreSaid()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("altered.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 40));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET who = 'X' WHERE id = 5")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("shell"));
        MainWindow window;
        window.show();
        QSignalSpy errors(&window, &MainWindow::errorReported);
        QTimer closer;
        closeMessageBoxes(closer);
        QVERIFY(window.openWorkspace(path));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("journal, ligne 5")), qPrintable(message));
        QVERIFY(window.workspace() != nullptr);
    }

    // Fichier > Propriétés du classeur shows the head of the audit chain, as verify prints it.
    void propertiesShowTheAuditChainHead()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        auto ws = testing::createDemoWorkspace(path, 5);
        QVERIFY(ws);
        const auto head = audit_chain::head(ws->database());
        QVERIFY(head.ok());
        WorkspacePropertiesDialog dialog(*ws);
        const auto* label = dialog.findChild<QLabel*>(QStringLiteral("auditChainHead"));
        QVERIFY(label);
        QVERIFY(label->text().contains(head->sha256));
        QVERIFY(label->text().contains(QStringLiteral("ligne %1").arg(head->rowId)));
    }

    void aListThatCannotBeReadIsNotShownEmpty()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("unreadable.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 300));
        testing::damageTable(path, QStringLiteral("dossiers"));
        MainWindow window;
        window.show();
        QSignalSpy errors(&window, &MainWindow::errorReported);
        QTimer closer;
        closeMessageBoxes(closer);
        window.openWorkspace(path);
        QTRY_VERIFY(!errors.isEmpty());
        QVERIFY(errors.constFirst().constFirst().toString().contains(QStringLiteral("endommagé")));
        QTRY_COMPARE(window.workspace(), nullptr);
    }

    void theWelcomePageSaysWhatToDo()
    {
        testing::TestDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* welcome = window.findChild<QWidget*>(QStringLiteral("welcomePage"));
        auto* heading = window.findChild<QLabel*>(QStringLiteral("welcomeHeading"));
        auto* import = window.findChild<QPushButton*>(QStringLiteral("welcomeImportButton"));
        QVERIFY(welcome && heading && import);
        // Nothing open: open, create or try the demo; nothing to import into.
        QVERIFY(welcome->isVisible());
        QCOMPARE(heading->text(), QStringLiteral("Bienvenue dans Guichet"));
        QVERIFY(!import->isVisible());

        // An empty workspace: import its dossiers.
        const QString path = dir.path(QStringLiteral("vide.guichet"));
        QVERIFY(testing::createWorkspace(path));
        QVERIFY(window.openWorkspace(path));
        waitLoaded(window);
        QVERIFY(welcome->isVisible());
        QVERIFY(heading->text().contains(QStringLiteral("vide.guichet")));
        QVERIFY(import->isVisible());
        QVERIFY(import->isEnabled());
        // The recent files are at hand.
        auto* recent = window.findChild<QListWidget*>(QStringLiteral("welcomeRecentList"));
        QVERIFY(recent->count() >= 1);

        // The demo button opens a demonstration: the list replaces the welcome.
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("welcomeDemoButton")),
                          Qt::LeftButton);
        waitLoaded(window);
        QVERIFY(window.workspace() && window.workspace()->isDemonstration());
        QVERIFY(!welcome->isVisible());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Démonstration")));
        QVERIFY(window.findChild<QTableView*>(QStringLiteral("dossierTableView"))->isVisible());
    }

    void anEmptyResultSaysSoAndClearsTheFilters()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir, 40);
        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        auto* noMatch = window.findChild<QLabel*>(QStringLiteral("noMatchLabel"));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QVERIFY(!noMatch->isVisible());
        QTest::keyClicks(search, QStringLiteral("zzzzqx"));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(noMatch->isVisible());
        emit noMatch->linkActivated(QStringLiteral("clear"));
        QVERIFY(search->text().isEmpty());
        QCOMPARE(table->model()->rowCount(), 40);
        QVERIFY(!noMatch->isVisible());
    }

    void helpAndShortcuts()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // F1: the guide, searchable.
        QTest::keyClick(&window, Qt::Key_F1);
        auto* help = window.findChild<HelpWindow*>(QStringLiteral("helpWindow"));
        QVERIFY(help && help->isVisible());
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("Premiers pas")));
        QVERIFY(help->find(QStringLiteral("grille")));
        QVERIFY(!help->browser()->textCursor().selectedText().isEmpty());
        QVERIFY(!help->find(QStringLiteral("zzqxw")));
        help->close();

        // Every menu shortcut, from the menus themselves, and the keys of the views.
        ShortcutsDialog shortcuts(window.menuBar());
        QStringList rows;
        for (int row = 0; row < shortcuts.table()->rowCount(); ++row)
            rows.append(shortcuts.table()->item(row, 1)->text() + QLatin1Char('=') +
                        shortcuts.table()->item(row, 2)->text());
        const QString all = rows.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Dossier suivant à noter=F8")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Guide d'utilisation=F1")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Importer un export démarches-simplifiées…=Ctrl+I")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Plein écran=F11")));
    }

    // The guide's « Raccourcis clavier » table has a row for every shortcut of the main window's
    // menus, written as the menus say it: a key added or moved without the guide fails here.
    void theGuideListsEveryMenuShortcut()
    {
        QFile file(QStringLiteral(":/help/guide-fr.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString guide = QString::fromUtf8(file.readAll());
        MainWindow window;
        const auto plain = [](QString text) {
            return text.remove(QLatin1Char('&'));
        };
        int rows = 0;
        for (const QAction* menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (const QAction* action : menu->menu()->actions()) {
                QStringList keys;
                for (const QKeySequence& key : action->shortcuts())
                    keys.append(key.toString(QKeySequence::NativeText));
                if (keys.isEmpty())
                    continue;
                const QString row = QStringLiteral("| %1 | %2 > %3 |")
                                        .arg(keys.join(QStringLiteral(" ou ")), plain(menu->text()),
                                             plain(action->text()));
                QVERIFY2(guide.contains(row), qPrintable(row));
                ++rows;
            }
        }
        QVERIFY(rows > 20);
    }

    void theInstructorIsAskedTheirNameOnce()
    {
        QSettings().remove(QStringLiteral("instructor/name"));
        QVERIFY(!identity::isChosen());
        const QString account = identity::currentInstructor(); // the account name stands in
        MainWindow window;
        window.show();
        QString proposed;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            proposed = dialog->textValue();
            dialog->setTextValue(QStringLiteral("Claire Martin"));
            dialog->accept();
        });
        window.ensureInstructorName();
        QCOMPARE(proposed, account); // proposed, not imposed
        QCOMPARE(identity::currentInstructor(), QStringLiteral("Claire Martin"));
        QVERIFY(identity::isChosen());
        // Known now: not asked again (a dialog would block here).
        window.ensureInstructorName();
        QVERIFY(!QApplication::activeModalWidget());
        auto* status = window.findChild<QLabel*>(QStringLiteral("instructorLabel"));
        QVERIFY(status->text().contains(QStringLiteral("Claire Martin")));
    }

    void refusesDamagedFileWithoutCrash()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("broken.guichet"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        MainWindow window;
        // The warning box is modal: close it as a user would.
        QTimer::singleShot(0, &window, [] {
            if (QWidget* box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!window.openWorkspace(path));
        QCOMPARE(window.workspace(), nullptr);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
