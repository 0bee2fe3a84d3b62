#include "TestWorkspace.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "common/Identity.h"
#include "dossier/DossierRepository.h"
#include "dossiers/DossierTableModel.h"
#include "grid/SelectionGridModel.h"
#include "grid/SelectionGridWindow.h"
#include "instruction/EligibilityDialog.h"
#include "instruction/InstructionActions.h"
#include "instruction/InstructionStore.h"
#include "instruction/ScoringPanel.h"
#include "shell/MainWindow.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace guichet;

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

    static void openDemo(MainWindow& window, const testing::TestDir& dir)
    {
        const QString path = dir.path(QStringLiteral("demo.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 40));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(path));
        if (window.isLoading()) {
            QSignalSpy finished(&window, &MainWindow::loadingFinished);
            QVERIFY(finished.wait(30000));
        }
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

    static qint64 currentNumber(MainWindow& window)
    {
        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        return table->currentIndex().siblingAtColumn(DossierTableModel::Number).data().toLongLong();
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
        filter->setCurrentIndex(filter->count() - 1);
        QVERIFY(list->rowCount() > 0 && list->rowCount() < 40);
        for (int row = 0; row < list->rowCount(); ++row)
            QVERIFY(list->index(row, DossierTableModel::Score)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("⚑")));
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

    void declareAndListConflicts()
    {
        testing::TestDir dir;
        MainWindow window;
        openDemo(window, dir);
        auto* actions = window.findChild<InstructionActions*>();
        QVERIFY(actions);
        const Dossier d = *DossierRepository(*window.workspace()).find(currentNumber(window));

        // The declaration dialog proposes the current dossier's applicant; the link is typed.
        QString proposed;
        QTimer::singleShot(0, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            proposed = dialog->findChild<QComboBox*>()->currentData().toString();
            QTest::keyClicks(dialog->findChildren<QLineEdit*>().at(1),
                             QStringLiteral("conseiller municipal"));
            shoot(dialog, QStringLiteral("conflict-declare"));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        actions->declareConflict();
        QCOMPARE(proposed, d.applicantSiren);
        const QList<ConflictDeclaration> conflicts =
            InstructionStore(window.workspace()->database(), window.workspace()->programme(), m_me)
                .conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.constFirst().person, m_me);
        QCOMPARE(conflicts.constFirst().applicantSiren, d.applicantSiren);
        QCOMPARE(conflicts.constFirst().link, QStringLiteral("conseiller municipal"));

        // The list kept for the committee shows it.
        QStringList row;
        QTimer::singleShot(0, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            auto* table = dialog->findChild<QTableWidget*>();
            for (int column = 0; column < table->columnCount(); ++column)
                row.append(table->item(0, column)->text());
            shoot(dialog, QStringLiteral("conflict-list"));
            dialog->close();
        });
        actions->showConflicts();
        QCOMPARE(row.value(0), m_me);
        QCOMPARE(row.value(1), d.applicantName);
        QCOMPARE(row.value(2), QStringLiteral("conseiller municipal"));
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
