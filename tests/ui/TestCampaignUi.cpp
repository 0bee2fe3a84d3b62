// One campaign, several views: every open view follows the campaign's change notifications
// (nothing refreshed by hand), and every kind of user edit is undone and redone through the
// one undo stack, each undo and redo an audited write.
#include "TestWorkspace.h"
#include "WindowFixture.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "common/Identity.h"
#include "dossier/DossierRepository.h"
#include "dossiers/DossierTableModel.h"
#include "grid/SelectionGridModel.h"
#include "grid/SelectionGridWindow.h"
#include "instruction/EligibilityDialog.h"
#include "instruction/InstructionActions.h"
#include "instruction/ScoringPanel.h"
#include "shell/MainWindow.h"
#include "storage/AuditLog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace guichet;
using guichet::testing::currentNumber;
using guichet::testing::waitLoaded;

class TestCampaignUi : public QObject
{
    Q_OBJECT

    const QString m_me = QStringLiteral("Inès Testeuse");

    QStringList m_errors; // what the window reported: a test fails if anything was

    void openDemo(MainWindow& window, const testing::TestDir& dir)
    {
        // An error shows in a modal box: recorded, then closed, so that a test fails instead of
        // waiting for a click.
        connect(&window, &MainWindow::errorReported, this, [this](const QString& message) {
            m_errors.append(message);
            QTimer::singleShot(0, [] {
                if (QWidget* box = QApplication::activeModalWidget())
                    box->close();
            });
        });
        testing::openDemo(window, dir);
    }

    static QString labelOf(MainWindow& window, const QString& code)
    {
        for (const Criterion& c : window.campaign()->programme().criteria) {
            if (c.code == code)
                return c.label;
        }
        return {};
    }

    static QUndoStack* undoStack(MainWindow& window)
    {
        return window.findChild<Editing*>()->undoStack();
    }

    static qint64 audited(MainWindow& window)
    {
        return AuditLog(window.workspace()->database()).count();
    }

    // The texts of the grid's row for `dossier`, joined.
    static QString gridRow(const SelectionGridWindow& grid, qint64 dossier)
    {
        const SelectionGrid* g = grid.model()->grid();
        for (int row = 0; g && row < g->rowCount(); ++row) {
            if (g->text(row, SelectionGrid::Number) != QString::number(dossier))
                continue;
            QStringList cells;
            for (int column = 0; column < g->columnCount(); ++column)
                cells.append(g->text(row, column));
            return cells.join(QLatin1Char('|'));
        }
        return {};
    }

    // Ctrl+Z then Ctrl+Shift+Z on the window: each writes once more, audited.
    static void undoRedo(MainWindow& window, const std::function<bool()>& isDone,
                         const QString& entry)
    {
        QUndoStack* stack = undoStack(window);
        QCOMPARE(stack->undoText(), entry);
        // From the list, in the active window (a dialog may just have closed): a text field
        // with the focus would take Ctrl+Z for its own text.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QTableView*>(QStringLiteral("dossierTableView"))->setFocus();
        QVERIFY(isDone());
        const qint64 before = audited(window);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!isDone());
        QVERIFY(audited(window) > before);
        const qint64 undone = audited(window);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(isDone());
        QVERIFY(audited(window) > undone);
    }

private slots:
    void initTestCase()
    {
        // The French catalogue gives the plural forms the undo entries are named with.
        auto* french = new QTranslator(this);
        QVERIFY(french->load(QStringLiteral(":/i18n/guichet_fr.qm")));
        QCoreApplication::installTranslator(french);
        QStandardPaths::setTestModeEnabled(true);
        identity::setCurrentInstructor(m_me);
    }

    void init() { m_errors.clear(); }
    void cleanup() { QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n')))); }

    void theWindowAndTheGridFollowEveryChange()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        QTest::keyClick(&window, Qt::Key_F8); // a dossier this instructor has not scored
        const qint64 dossier = currentNumber(window);
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
        auto* grid = window.findChild<SelectionGridWindow*>();
        QVERIFY(grid && grid->isVisible());
        QVERIFY(!gridRow(*grid, dossier).isEmpty());
        QVERIFY(!gridRow(*grid, dossier).contains(m_me));
        auto* panel = window.findChild<ScoringPanel*>(QStringLiteral("scoringPanel"));
        CriterionEditor* first = panel->editors().constFirst();
        QCOMPARE(first->level(), std::nullopt);

        // A change made elsewhere than in these views (as a colleague's merge, a script, the
        // projection window would): both windows show it, with no refresh called.
        const Status written = window.campaign()->setScore(
            {dossier, m_me, first->code(), 2, QStringLiteral("vu en réunion"), {}});
        QVERIFY(written.ok());
        QCOMPARE(first->level(), std::optional<int>(2));
        QTRY_VERIFY(gridRow(*grid, dossier).contains(m_me));

        // And a change made in the main window shows in the grid.
        const QString before = gridRow(*grid, dossier);
        first->setFocus();
        QTest::keyClick(first, Qt::Key_0);
        QTRY_VERIFY(gridRow(*grid, dossier) != before);

        // An eligibility decision made elsewhere shows in the detail pane.
        auto* details = window.findChild<QTextBrowser*>(QStringLiteral("detailsBrowser"));
        QVERIFY(window.campaign()
                    ->decideEligibility(dossier, {{dossier,
                                                   QStringLiteral("digital_transformation"),
                                                   CheckResult::Outcome::Fail,
                                                   QStringLiteral("simple achat de matériel"),
                                                   m_me,
                                                   {}}})
                    .ok());
        QVERIFY(details->toPlainText().contains(QStringLiteral("simple achat de matériel")));
    }

    void scoresAndCommentsAreUndone()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        QTest::keyClick(&window, Qt::Key_F8);
        const qint64 dossier = currentNumber(window);
        auto* panel = window.findChild<ScoringPanel*>(QStringLiteral("scoringPanel"));
        CriterionEditor* first = panel->editors().constFirst();
        QTest::keyClick(first, Qt::Key_3);
        auto levelOf = [&] {
            for (const Score& s : window.campaign()->instruction().scores(dossier)) {
                if (s.instructor == m_me && s.criterion == first->code())
                    return s.level;
            }
            return std::optional<int>();
        };
        undoRedo(
            window, [&] { return levelOf() == 3; },
            QStringLiteral("Note du dossier %1, « %2 » : 3")
                .arg(dossier)
                .arg(labelOf(window, first->code())));
        QCOMPARE(first->level(), std::optional<int>(3)); // the panel follows the undo and redo

        first->commentEdit()->setFocus();
        QTest::keyClicks(first->commentEdit(), QStringLiteral("bon portage"));
        QTest::keyClick(first->commentEdit(), Qt::Key_Return);
        undoRedo(
            window,
            [&] {
                for (const Score& s : window.campaign()->instruction().scores(dossier)) {
                    if (s.instructor == m_me && s.criterion == first->code())
                        return s.comment == QStringLiteral("bon portage");
                }
                return false;
            },
            QStringLiteral("Commentaire du dossier %1, « %2 »")
                .arg(dossier)
                .arg(labelOf(window, first->code())));
    }

    // An undo or redo chosen while a note is still being typed on another dossier: the note is
    // saved first (it is the newer edit), never pushed in the middle of the step, which freed
    // the command being redone.
    void anUndoWhileANoteIsTypedSavesItFirst()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        auto* editing = window.findChild<Editing*>();
        QTest::keyClick(&window, Qt::Key_F8);
        const qint64 scored = currentNumber(window);
        auto* panel = window.findChild<ScoringPanel*>(QStringLiteral("scoringPanel"));
        QTest::keyClick(panel->editors().constFirst(), Qt::Key_2);
        editing->undo();
        QVERIFY(editing->undoStack()->canRedo());

        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        table->selectRow(table->currentIndex().row() == 0 ? 1 : 0);
        const qint64 noted = currentNumber(window);
        QVERIFY(noted != scored);
        auto* note = window.findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("a rappeler"));
        editing->redo(); // from the menu, the note still typed
        QCOMPARE(window.campaign()->dossiers().note(noted), QStringLiteral("a rappeler"));
        QVERIFY(!editing->undoStack()->canRedo()); // a new edit ends what could be redone
        QCOMPARE(editing->undoStack()->undoText(), QStringLiteral("Note du dossier %1").arg(noted));
    }

    void opinionsAreUndone()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        QTest::keyClick(&window, Qt::Key_F8);
        const qint64 dossier = currentNumber(window);
        auto* panel = window.findChild<ScoringPanel*>(QStringLiteral("scoringPanel"));
        auto* stance = panel->findChild<QComboBox*>();
        QVERIFY(stance);
        stance->setFocus();
        const int favourable = stance->findData(QStringLiteral("favourable"));
        stance->setCurrentIndex(favourable);
        emit stance->activated(favourable);
        undoRedo(
            window,
            [&] {
                for (const Opinion& o : window.campaign()->instruction().opinions(dossier)) {
                    if (o.instructor == m_me)
                        return o.stance == Opinion::Stance::Favourable;
                }
                return false;
            },
            QStringLiteral("Avis global sur le dossier %1").arg(dossier));
        QCOMPARE(stance->currentIndex(), favourable);
    }

    void notesAreUndone()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        const qint64 dossier = currentNumber(window);
        auto* note = window.findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"));
        auto* save = window.findChild<QPushButton*>(QStringLiteral("saveNotePushButton"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Deliberation a demander"));
        QTest::mouseClick(save, Qt::LeftButton);
        undoRedo(
            window,
            [&] {
                return window.campaign()->dossiers().note(dossier) ==
                       QStringLiteral("Deliberation a demander");
            },
            QStringLiteral("Note du dossier %1").arg(dossier));
        QCOMPARE(note->toPlainText(), QStringLiteral("Deliberation a demander"));

        // Undone from another dossier: the note's dossier is shown, then changed.
        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        table->selectRow(5);
        QVERIFY(currentNumber(window) != dossier);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(currentNumber(window), dossier);
        QVERIFY(note->toPlainText().isEmpty());
    }

    void anEligibilitySaveIsOneEntry()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        const Dossier d = DossierRepository(*window.workspace()).loadAll().value().constFirst();
        const auto before = window.campaign()->instruction().decisions(d.number);
        {
            EligibilityDialog dialog(*window.findChild<Editing*>(), d);
            for (const QString& code :
                 {QStringLiteral("population"), QStringLiteral("digital_transformation")}) {
                QComboBox* box = dialog.decisionBox(code);
                box->setCurrentIndex(box->findData(QStringLiteral("fail")));
                dialog.justificationEdit(code)->setText(QStringLiteral("vérifié sur place"));
            }
            dialog.accept();
            QVERIFY(!dialog.isVisible());
        }
        auto decided = [&] {
            const auto now = window.campaign()->instruction().decisions(d.number);
            return now.value(QStringLiteral("population")).outcome == CheckResult::Outcome::Fail &&
                   now.value(QStringLiteral("digital_transformation")).outcome ==
                       CheckResult::Outcome::Fail;
        };
        undoRedo(window, decided,
                 QStringLiteral("Éligibilité du dossier %1 (2 décisions)").arg(d.number));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.campaign()->instruction().decisions(d.number).keys(), before.keys());
    }

    void aConflictDeclarationIsUndoneWithWhatItWithdrew()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        testing::withdrawDemoConflicts(window);
        // A dossier scored by the demo's instructors: Claire Martin declares a link with its
        // applicant, which withdraws her scores there; undoing gives them back.
        const QString claire = QStringLiteral("Claire Martin");
        const QList<Score> hers = window.campaign()->instruction().scoresBy(claire);
        QVERIFY(!hers.isEmpty());
        const Dossier d = *window.campaign()->dossiers().find(hers.constFirst().dossier);
        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        auto* model = window.findChild<DossierTableModel*>();
        auto* proxy = table->model();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, DossierTableModel::Number).data().toLongLong() == d.number)
                table->selectRow(row);
        }
        QCOMPARE(currentNumber(window), d.number);
        QVERIFY(model);
        QTimer::singleShot(0, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            dialog->findChild<QComboBox*>(QStringLiteral("conflictPersonComboBox"))
                ->setCurrentText(claire);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("conflictLinkLineEdit")),
                             QStringLiteral("conseillere municipale"));
            // Her scores will be withdrawn: the dialog asks first.
            QTimer::singleShot(0, [] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (box)
                    box->button(QMessageBox::Yes)->click();
            });
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        window.findChild<InstructionActions*>()->declareConflict();
        auto declared = [&] {
            return window.campaign()->instruction().conflicts().size() == 1 &&
                   window.campaign()->instruction().scoresBy(claire).size() < hers.size();
        };
        undoRedo(window, declared,
                 QStringLiteral("Lien de %1 avec %2").arg(claire, d.applicantName));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window.campaign()->instruction().conflicts().isEmpty());
        QCOMPARE(window.campaign()->instruction().scoresBy(claire).size(), hers.size());
    }
};

QTEST_MAIN(TestCampaignUi)
#include "TestCampaignUi.moc"
