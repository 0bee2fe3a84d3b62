#include "TestWorkspace.h"
#include "WindowFixture.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "common/Identity.h"
#include "dossier/DossierRepository.h"
#include "dossiers/DossierDetailPane.h"
#include "dossiers/DossierFilterProxy.h"
#include "dossiers/DossierTableModel.h"
#include "grid/SelectionGridModel.h"
#include "grid/SelectionGridWindow.h"
#include "instruction/ConflictDialog.h"
#include "instruction/ConflictListDialog.h"
#include "instruction/EligibilityDialog.h"
#include "instruction/InstructionActions.h"
#include "instruction/InstructionStore.h"
#include "instruction/ScoringPanel.h"
#include "shell/MainWindow.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace guichet;
using guichet::testing::currentNumber;
using guichet::testing::openDemo;
using guichet::testing::waitLoaded;

// The instruction workflow driven through the real widgets: keyboard-only scoring with undo,
// the next dossier to score, eligibility decisions, conflicts, and the selection grid.
// With GUICHET_SCREENSHOT_DIR set, the views are also saved as PNG files to look at.
class TestInstructionUi : public QObject
{
    Q_OBJECT

    const QString m_me = QStringLiteral("Inès Testeuse");

    static void shoot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("GUICHET_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    static QList<Score> myScores(MainWindow& window, qint64 dossier, const QString& me)
    {
        QList<Score> mine;
        for (const Score& s :
             InstructionStore(window.workspace()->database(), window.workspace()->programme(), me)
                 .scores(dossier)) {
            if (s.instructor == me)
                mine.append(s);
        }
        return mine;
    }

    static QAction* restriction(MainWindow& window, DossierFilterProxy::Only only)
    {
        auto* button = window.findChild<QToolButton*>(QStringLiteral("restrictionsToolButton"));
        for (QAction* action : button->menu()->actions()) {
            if (action->data().toInt() == int(only))
                return action;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        identity::setCurrentInstructor(m_me);
    }

    void scoreAWholeDossierWithTheKeyboardOnly()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("dossierTabs"));
        auto* panel = window.findChild<ScoringPanel*>(QStringLiteral("scoringPanel"));
        QVERIFY(tabs && panel);

        // F8: the next dossier this instructor has to score, with the scoring tab in front.
        QTest::keyClick(&window, Qt::Key_F8);
        QCOMPARE(tabs->currentWidget(), panel);
        const qint64 dossier = currentNumber(window);
        QVERIFY(dossier > 0);
        const QList<CriterionEditor*> editors = panel->editors();
        QVERIFY(editors.size() >= 8);
        QCOMPARE(QApplication::focusWidget(), editors.constFirst());

        // A digit per criterion, Down to the next one: levels 3, 2, 1, 0, 3, 2, 1, 0, 3…
        for (qsizetype i = 0; i < editors.size(); ++i) {
            QWidget* focused = QApplication::focusWidget();
            QCOMPARE(focused, editors.at(i));
            QTest::keyClick(focused, Qt::Key(Qt::Key_0 + (3 - i % 4)));
            QCOMPARE(editors.at(i)->level(), std::optional<int>(int(3 - i % 4)));
            if (i + 1 < editors.size())
                QTest::keyClick(focused, Qt::Key_Down);
        }
        // A level out of the scale is ignored; Tab goes to the comment, typed and kept.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_7);
        QCOMPARE(editors.constLast()->level(),
                 std::optional<int>(int(3 - (editors.size() - 1) % 4)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), editors.constLast()->commentEdit());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Bon dossier"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // leaves: saved

        const QList<Score> saved = myScores(window, dossier, m_me);
        QCOMPARE(saved.size(), editors.size());
        for (const Score& s : saved) {
            if (s.criterion == editors.constLast()->code())
                QCOMPARE(s.comment, QStringLiteral("Bon dossier"));
        }
        // The list shows the consolidated score of the dossier, in the same row.
        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        const QString score =
            table->currentIndex().siblingAtColumn(DossierTableModel::Score).data().toString();
        QVERIFY2(!score.isEmpty(), "the score column shows the new score");
        shoot(&window, QStringLiteral("scoring"));

        // Undo takes back the comment, then the last level; redo puts the level back.
        editors.constFirst()->setFocus();
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editors.constLast()->comment(), QString());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editors.constLast()->level(), std::nullopt);
        QCOMPARE(myScores(window, dossier, m_me).size(), editors.size() - 1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(editors.constLast()->level().has_value());
        QCOMPARE(myScores(window, dossier, m_me).size(), editors.size());
        // Every change is in the dossier's history.
        const auto history =
            InstructionStore(window.workspace()->database(), window.workspace()->programme(), m_me)
                .history(dossier);
        QVERIFY(history.size() >= editors.size() + 3);

        // A comment still being typed when F8 leaves the dossier is saved, not lost.
        const QString firstCode = editors.constFirst()->code();
        editors.constFirst()->commentEdit()->setFocus();
        QTest::keyClicks(editors.constFirst()->commentEdit(), QStringLiteral("A revoir"));
        QTest::keyClick(&window, Qt::Key_F8);
        QVERIFY(currentNumber(window) != dossier); // another dossier: this one is scored
        bool kept = false;
        for (const Score& s : myScores(window, dossier, m_me))
            kept = kept || (s.criterion == firstCode && s.comment == QStringLiteral("A revoir"));
        QVERIFY(kept);
        // Undo from another dossier brings the undone one back into view.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(currentNumber(window), dossier);
        for (const Score& s : myScores(window, dossier, m_me)) {
            if (s.criterion == firstCode)
                QCOMPARE(s.comment, QString());
        }
    }

    void listFiltersAndSortsOnInstruction()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        auto* filter = window.findChild<QComboBox*>(QStringLiteral("instructionComboBox"));
        QAbstractItemModel* list = table->model();
        QCOMPARE(list->rowCount(), 40);

        // ⚑ disagreements only: the demo has a few, each flagged in the score column.
        QAction* disagreements = restriction(window, DossierFilterProxy::Only::Disagreements);
        disagreements->setChecked(true);
        QVERIFY(list->rowCount() > 0 && list->rowCount() < 40);
        for (int row = 0; row < list->rowCount(); ++row)
            QVERIFY(list->index(row, DossierTableModel::Score)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("⚑")));
        disagreements->setChecked(false);
        // Not eligible only: the verdict column says so on every row, and none is ranked.
        filter->setCurrentIndex(filter->findText(QStringLiteral("Non éligibles")));
        QVERIFY(list->rowCount() > 0);
        for (int row = 0; row < list->rowCount(); ++row) {
            QCOMPARE(list->index(row, DossierTableModel::Verdict).data().toString(),
                     QStringLiteral("Non éligible"));
            QVERIFY(list->index(row, DossierTableModel::Rank).data().toString().isEmpty());
        }
        filter->setCurrentIndex(0);
        QCOMPARE(list->rowCount(), 40);

        // Sorted by rank: 1, 2, 3… first, unranked after.
        table->sortByColumn(DossierTableModel::Rank, Qt::AscendingOrder);
        QCOMPARE(list->index(0, DossierTableModel::Rank).data().toString(), QStringLiteral("1"));
        QCOMPARE(list->index(1, DossierTableModel::Rank).data().toString(), QStringLiteral("2"));
        QVERIFY(list->index(39, DossierTableModel::Rank).data().toString().isEmpty());
        // Sorted by score, best first: the rank-1 dossier leads.
        table->sortByColumn(DossierTableModel::Score, Qt::DescendingOrder);
        QCOMPARE(list->index(0, DossierTableModel::Rank).data().toString(), QStringLiteral("1"));
    }

    void restrictionsCombineAndFollowTheWork()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        using Only = DossierFilterProxy::Only;
        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        auto* verdict = window.findChild<QComboBox*>(QStringLiteral("instructionComboBox"));
        QAbstractItemModel* list = table->model();
        auto numbers = [list] {
            QSet<qint64> shown;
            for (int row = 0; row < list->rowCount(); ++row)
                shown.insert(list->index(row, DossierTableModel::Number).data().toLongLong());
            return shown;
        };

        // To score by me: the dossiers F8 would go to, and no others.
        restriction(window, Only::ToScoreByMe)->setChecked(true);
        const QSet<qint64> todo = window.findChild<InstructionActions*>()->dossiersToScore();
        QVERIFY(!todo.isEmpty());
        QCOMPARE(numbers(), todo);
        // Combined with disagreements and a verdict: what all three say.
        restriction(window, Only::Disagreements)->setChecked(true);
        verdict->setCurrentIndex(verdict->findText(QStringLiteral("Éligibles")));
        for (int row = 0; row < list->rowCount(); ++row) {
            QVERIFY(todo.contains(list->index(row, 0).data().toLongLong()));
            QCOMPARE(list->index(row, DossierTableModel::Verdict).data().toString(),
                     QStringLiteral("Éligible"));
        }
        restriction(window, Only::Disagreements)->setChecked(false);
        verdict->setCurrentIndex(0);
        QCOMPARE(numbers(), todo);

        // A dossier scored on every criterion leaves the list at once.
        table->selectRow(0);
        const qint64 done = currentNumber(window);
        auto* panel = window.findChild<ScoringPanel*>(QStringLiteral("scoringPanel"));
        for (CriterionEditor* editor : panel->editors())
            QVERIFY(window.campaign()->setScore({done, m_me, editor->code(), 1, {}, {}}).ok());
        QVERIFY(!numbers().contains(done));
        QCOMPARE(numbers().size(), todo.size() - 1);
        // The detail pane no longer shows the dossier the list hides.
        QVERIFY(window.findChild<DossierDetailPane*>()->currentNumber() != done);
        restriction(window, Only::ToScoreByMe)->setChecked(false);

        // With a note: none in the demo, then the one just noted.
        restriction(window, Only::WithNote)->setChecked(true);
        QCOMPARE(list->rowCount(), 0);
        QVERIFY(window.campaign()->setNote(done, QStringLiteral("à rappeler")).ok());
        QCOMPARE(numbers(), QSet<qint64>{done});
        restriction(window, Only::WithNote)->setChecked(false);
        // Absent from the last export: the demo was never re-imported.
        restriction(window, Only::AbsentFromLastExport)->setChecked(true);
        QCOMPARE(list->rowCount(), 0);
        auto* button = window.findChild<QToolButton*>(QStringLiteral("restrictionsToolButton"));
        QCOMPARE(button->text(), QStringLiteral("Afficher seulement (1)"));
    }

    void theFocusedCriterionIsAlwaysInView()
    {
        testing::TestDir dir;
        MainWindow window;
        window.resize(1280, 720);
        openDemo(window, dir);
        window.resize(1280, 720);
        auto* panel = window.findChild<ScoringPanel*>(QStringLiteral("scoringPanel"));
        auto* scroll = panel->findChild<QScrollArea*>();
        QVERIFY(scroll);
        // In view: the criterion's top line (its title and level buttons) inside the viewport.
        auto inView = [scroll](QWidget* w) {
            const int top = w->mapTo(scroll->viewport(), QPoint(0, 0)).y();
            return top >= 0 && top + 24 <= scroll->viewport()->height();
        };
        QTest::keyClick(&window, Qt::Key_F8);
        const QList<CriterionEditor*> editors = panel->editors();
        QVERIFY(editors.size() >= 8);
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0); // the list does scroll at 720 px
        for (qsizetype i = 0; i + 1 < editors.size(); ++i) {
            QVERIFY2(inView(editors.at(i)), qPrintable(QString::number(i)));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        }
        QCOMPARE(QApplication::focusWidget(), editors.constLast());
        QVERIFY(inView(editors.constLast()));
        // The next dossier: its first criterion to score is in view, not the previous scroll.
        QTest::keyClick(&window, Qt::Key_F8);
        auto* focused = qobject_cast<CriterionEditor*>(QApplication::focusWidget());
        QVERIFY2(focused, QApplication::focusWidget()
                              ? QApplication::focusWidget()->metaObject()->className()
                              : "no focus");
        QVERIFY(inView(focused));
    }

    void declareAndListConflicts()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        guichet::testing::withdrawDemoConflicts(window);
        auto* actions = window.findChild<InstructionActions*>();
        QVERIFY(actions);
        const Dossier d = *DossierRepository(*window.workspace()).find(currentNumber(window));

        // The declaration dialog proposes the current dossier's applicant and the known
        // instructors; a missing link is said in the dialog, which keeps what was typed; what
        // the declaration withdraws is asked before it is done.
        const QString claire = QStringLiteral("Claire Martin");
        QString proposed;
        QStringList people;
        QString question;
        bool keptAfterError = false;
        bool keptAfterNo = false;
        auto answer = [](QMessageBox::StandardButton button, QString* text) {
            QTimer::singleShot(0, [button, text] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box)
                    return;
                *text = box->text();
                box->button(button)->click();
            });
        };
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* person = dialog->findChild<QComboBox*>(QStringLiteral("conflictPersonComboBox"));
            auto* applicant =
                dialog->findChild<QComboBox*>(QStringLiteral("conflictApplicantComboBox"));
            auto* link = dialog->findChild<QLineEdit*>(QStringLiteral("conflictLinkLineEdit"));
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            proposed = applicant->currentData().toString();
            for (int i = 0; i < person->count(); ++i)
                people.append(person->itemText(i));
            person->setCurrentText(claire);
            ok->click(); // no link yet
            keptAfterError =
                dialog->isVisible() && person->currentText() == claire &&
                dialog->findChild<QLabel*>(QStringLiteral("conflictErrorLabel"))->isVisible();
            QTest::keyClicks(link, QStringLiteral("conseiller municipal"));
            shoot(dialog, QStringLiteral("conflict-declare"));
            answer(QMessageBox::No, &question);
            ok->click();
            keptAfterNo =
                dialog->isVisible() && link->text() == QStringLiteral("conseiller municipal");
            QString again;
            answer(QMessageBox::Yes, &again);
            ok->click();
        });
        const qsizetype claireScores = window.campaign()
                                           ->instruction()
                                           .withdrawalFor({claire, d.applicantSiren, {}, {}, {}})
                                           ->scores.size();
        actions->declareConflict();
        QCOMPARE(proposed, d.applicantSiren);
        QCOMPARE(people.value(0), m_me); // the instructor at the keyboard first
        QVERIFY(people.contains(claire));
        QVERIFY(keptAfterError);
        QVERIFY(keptAfterNo);
        if (claireScores > 0) {
            QVERIFY2(question.contains(claire), qPrintable(question));
            QVERIFY2(question.contains(QString::number(claireScores)), qPrintable(question));
        }
        QList<ConflictDeclaration> conflicts = window.campaign()->instruction().conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.constFirst().person, claire);
        QCOMPARE(conflicts.constFirst().applicantSiren, d.applicantSiren);
        QCOMPARE(conflicts.constFirst().link, QStringLiteral("conseiller municipal"));

        // The list kept for the committee shows it; a declaration made in error is withdrawn
        // with a reason, audited and undoable.
        ConflictListDialog list(*window.findChild<Editing*>(), true);
        QCOMPARE(list.table()->rowCount(), 1);
        QCOMPARE(list.table()->item(0, 0)->text(), claire);
        QCOMPARE(list.table()->item(0, 1)->text(), d.applicantName);
        QCOMPARE(list.table()->item(0, 2)->text(), QStringLiteral("conseiller municipal"));
        shoot(&list, QStringLiteral("conflict-list"));
        list.table()->selectRow(0);
        QString refusal;
        answer(QMessageBox::Ok, &refusal);
        QVERIFY(!list.withdrawSelected(QStringLiteral("  "))); // a reason is required
        QVERIFY2(refusal.contains(QStringLiteral("motif")), qPrintable(refusal));
        QVERIFY(list.withdrawSelected(QStringLiteral("déclaré par erreur")));
        QCOMPARE(list.table()->rowCount(), 0); // the list follows the campaign
        QVERIFY(window.campaign()->instruction().conflicts().isEmpty());
        QUndoStack* stack = window.findChild<Editing*>()->undoStack();
        QCOMPARE(stack->undoText(),
                 QStringLiteral("Retrait du lien de %1 avec %2").arg(claire, d.applicantName));
        stack->undo();
        QCOMPARE(window.campaign()->instruction().conflicts().size(), 1);
        QCOMPARE(list.table()->rowCount(), 1);
    }

    void conflictBarsScoring()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        QTest::keyClick(&window, Qt::Key_F8);
        const qint64 dossier = currentNumber(window);
        const Dossier d = *DossierRepository(*window.workspace()).find(dossier);
        QVERIFY(window.campaign()->declareConflict({m_me,
                                                    d.applicantSiren,
                                                    d.applicantName,
                                                    QStringLiteral("conseillère municipale"),
                                                    {}}));
        auto* panel = window.findChild<ScoringPanel*>(QStringLiteral("scoringPanel"));
        panel->showDossier(d);
        QVERIFY(!panel->editors().constFirst()->isEnabled());
        bool bannerShown = false;
        for (QLabel* label : panel->findChildren<QLabel*>())
            bannerShown = bannerShown ||
                          (label->isVisible() && label->text().contains(QStringLiteral("déport")));
        QVERIFY(bannerShown);
        // Writing anyway is refused, with the message shown to the user.
        QSignalSpy errors(panel, &ScoringPanel::errorOccurred);
        QTimer::singleShot(0, [] { // the window shows the message in a box
            if (QWidget* box = QApplication::activeModalWidget())
                box->close();
        });
        emit panel->editors().constFirst()->levelChosen(2);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.constFirst().constFirst().toString().contains(d.applicantName));
        QVERIFY(myScores(window, dossier, m_me).isEmpty());
    }

    void overrideNeedsAJustification()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        Workspace& ws = *window.workspace();
        const Dossier d = DossierRepository(ws).loadAll().value().constFirst();
        EligibilityDialog dialog(*window.findChild<Editing*>(), d);
        dialog.show();
        QComboBox* population = dialog.decisionBox(QStringLiteral("population"));
        QVERIFY(population);
        population->setCurrentIndex(population->findData(QStringLiteral("fail")));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused: no justification
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("eligibilityErrorLabel"));
        QVERIFY(error->isVisible());
        InstructionStore store(ws.database(), ws.programme(), m_me);
        QVERIFY(!store.decisions(d.number).contains(QStringLiteral("population")));
        shoot(&dialog, QStringLiteral("eligibility"));

        QSignalSpy saved(&dialog, &EligibilityDialog::decisionsSaved);
        QTest::keyClicks(dialog.justificationEdit(QStringLiteral("population")),
                         QStringLiteral("Recensement 2021 a corriger"));
        dialog.accept();
        QCOMPARE(saved.size(), 1);
        const auto decision = store.decisions(d.number).value(QStringLiteral("population"));
        QCOMPARE(decision.outcome, CheckResult::Outcome::Fail);
        QCOMPARE(decision.instructor, m_me);
        const EligibilityAssessment a =
            EligibilityEvaluator(ws.programme()).evaluate(d, store.decisions(d.number));
        QCOMPARE(a.verdict, EligibilityAssessment::Verdict::NotEligible);
    }

    void gridModelAndWindow()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        SelectionGridWindow grid;
        QAbstractItemModelTester tester(grid.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Workspace& ws = *window.workspace();
        const QList<Dossier> dossiers = DossierRepository(ws).loadAll().value();
        grid.refresh(ws.programme(), dossiers,
                     InstructionOverview::load(dossiers, ws.programme(), ws.database()));
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QTableView* view = grid.view();
        QVERIFY(view->model()->rowCount() == 40);
        // Rank order: 1, 2, 3… then unranked rows.
        QCOMPARE(view->model()->index(0, SelectionGrid::Rank).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(view->model()->index(1, SelectionGrid::Rank).data().toString(),
                 QStringLiteral("2"));
        // Values are printed and the bands coloured.
        const QModelIndex cell = view->model()->index(0, SelectionGrid::FirstCriterion);
        QVERIFY(!cell.data().toString().isEmpty());
        QVERIFY(cell.data(Qt::BackgroundRole).isValid());
        shoot(&grid, QStringLiteral("grid"));

        // Disagreements first: the flagged rows come to the top.
        const int flagColumn = SelectionGrid::Disagreement;
        grid.findChild<QCheckBox*>(QStringLiteral("disagreementsFirstCheckBox"))->setChecked(true);
        QVERIFY(!view->model()->index(0, flagColumn).data().toString().isEmpty());
        // One sub-axis only.
        auto* subaxis = grid.findChild<QComboBox*>(QStringLiteral("gridSubaxisComboBox"));
        subaxis->setCurrentIndex(subaxis->findData(QStringLiteral("3b")));
        QVERIFY(view->model()->rowCount() > 0);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QCOMPARE(view->model()->index(row, SelectionGrid::Subaxis).data().toString(),
                     QStringLiteral("3b"));
    }
};

QTEST_MAIN(TestInstructionUi)
#include "TestInstructionUi.moc"
