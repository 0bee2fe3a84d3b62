// The envelope in the main window: the status bar figure follows the campaign, the cutoff line
// is dragged and the balance read beside it, an adopted scenario is undone with Ctrl+Z.
#include "TestWorkspace.h"
#include "WindowFixture.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "common/Money.h"
#include "ledger/CutoffPanel.h"
#include "ledger/DashboardPanel.h"
#include "ledger/EnvelopeOverview.h"
#include "ledger/EnvelopeWindow.h"
#include "ledger/ScenarioCompareDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace guichet;

class TestEnvelopeUi : public QObject
{
    Q_OBJECT

    static QString statusText(MainWindow& window)
    {
        return window.findChild<QLabel*>(QStringLiteral("envelopeStatusLabel"))->text();
    }

    static CutoffModel reference(MainWindow& window)
    {
        Result<CutoffModel> model =
            CutoffModel::load(window.workspace()->database(), window.campaign()->programme());
        return std::move(*model);
    }

    static EnvelopeWindow* openEnvelope(MainWindow& window)
    {
        window.findChild<QAction*>(QStringLiteral("envelopeAction"))->trigger();
        auto* envelope = window.findChild<EnvelopeWindow*>();
        if (envelope && !QTest::qWaitForWindowExposed(envelope))
            return nullptr;
        return envelope;
    }

    static std::optional<ProposedAmount> proposal(MainWindow& window, qint64 dossier)
    {
        const Result<EnvelopeOverview> overview =
            EnvelopeOverview::load(window.workspace()->database(), window.campaign()->programme());
        return overview->find(dossier)->proposal;
    }

private slots:
    void statusBarFollowsDecisions()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        Campaign& campaign = *window.campaign();
        const Cents before = campaign.ledger().totals().remaining();
        QVERIFY(statusText(window).contains(money::format(before)));

        const CutoffModel candidates = reference(window);
        QVERIFY(!candidates.rows().isEmpty());
        DecisionRequest request;
        request.dossier = candidates.rows().constFirst().dossier;
        request.amount = candidates.rows().constFirst().proposed;
        request.justification = QStringLiteral("Test");
        QVERIFY(campaign.decide(request));
        const Cents after = before - *request.amount;
        QCOMPARE(campaign.ledger().totals().remaining(), after);
        QVERIFY2(statusText(window).contains(money::format(after)), qPrintable(statusText(window)));

        // Over the envelope (with the guard's justification): said in red, with the overrun.
        QVERIFY(campaign.amendEnvelope(-after, QStringLiteral("Test")));
        request.dossier = candidates.rows().at(1).dossier;
        request.amount = candidates.rows().at(1).proposed;
        QVERIFY(campaign.decide(request));
        QVERIFY2(statusText(window).contains(money::format(*request.amount)),
                 qPrintable(statusText(window)));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("envelopeStatusLabel"))
                    ->styleSheet()
                    .contains(QStringLiteral("color")));
    }

    void dragTheCutoffLine()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        EnvelopeWindow* envelope = openEnvelope(window);
        QVERIFY(envelope);
        CutoffPanel* panel = envelope->cutoff();
        auto* table = envelope->findChild<QTableView*>(QStringLiteral("cutoffTable"));
        auto* balance = envelope->findChild<QLabel*>(QStringLiteral("balanceLabel"));
        QVERIFY(table->model()->rowCount() >= 4);

        panel->setFundedCount(0);
        QWidget* viewport = table->viewport();
        const int x = viewport->width() / 2;
        QTest::mousePress(viewport, Qt::LeftButton, {}, QPoint(x, table->rowViewportPosition(0)));
        for (int row = 0; row < 3; ++row) // row by row, as a hand does
            QTest::mouseMove(viewport, QPoint(x, table->rowViewportPosition(row) +
                                                     table->rowHeight(row) * 3 / 4));
        QTest::mouseRelease(viewport, Qt::LeftButton, {},
                            QPoint(x, table->rowViewportPosition(2) + table->rowHeight(2) * 3 / 4));
        QCOMPARE(panel->cutoff()->fundedCount(), 3);

        CutoffModel expected = reference(window);
        expected.setCutoffRank(expected.rows().at(2).rank);
        QCOMPARE(panel->cutoff()->balance(), expected.balance());
        QCOMPARE(balance->text(), money::format(expected.balance()));

        // From the keyboard, in the rank box: up to the next dossier's rank, one more retained.
        auto* rank = envelope->findChild<QSpinBox*>(QStringLiteral("cutoffRankSpin"));
        rank->setFocus();
        while (panel->cutoff()->fundedCount() == 3 && rank->value() < rank->maximum())
            QTest::keyClick(rank, Qt::Key_Up);
        QCOMPARE(panel->cutoff()->fundedCount(), 4);
        expected.setCutoffRank(expected.rows().at(3).rank);
        QCOMPARE(balance->text(), money::format(expected.balance()));
    }

    void adoptionIsUndone()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        EnvelopeWindow* envelope = openEnvelope(window);
        QVERIFY(envelope);
        CutoffPanel* panel = envelope->cutoff();
        panel->setFundedCount(2);
        const qint64 first = panel->cutoff()->rows().at(0).dossier;
        const std::optional<ProposedAmount> before = proposal(window, first);
        QVERIFY(before);

        ScenarioDefinition definition;
        definition.name = QStringLiteral("Deux premiers");
        definition.cutoffRank = panel->cutoff()->cutoffRank();
        QVERIFY(window.campaign()->saveScenario(definition));
        QVERIFY(panel->adopt(definition.name));
        QCOMPARE(proposal(window, first)->scenario, definition.name);

        // Ctrl+Z in the envelope window, where the adoption was made.
        envelope->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(envelope));
        QCOMPARE(window.findChild<Editing*>()->undoStack()->undoText(),
                 QStringLiteral("Adoption du scénario « Deux premiers »"));
        QTest::keyClick(envelope, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.findChild<Editing*>()->undoStack()->index(), 0);
        const std::optional<ProposedAmount> after = proposal(window, first);
        QVERIFY(after);
        QCOMPARE(after->scenario, QString());
        QCOMPARE(int(after->source), int(before->source));
        QCOMPARE(after->amount, before->amount);
    }

    // The dashboard as a file: a PNG of what is shown, a one-page A4 PDF of the same.
    void dashboardExports()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        DashboardPanel dashboard(*window.campaign());
        dashboard.resize(1200, 900);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        const QString png = dir.path(QStringLiteral("tableau.png"));
        const QString pdf = dir.path(QStringLiteral("tableau.pdf"));
        QVERIFY(dashboard.exportTo(png));
        QVERIFY(dashboard.exportTo(pdf));
        const QImage image(png);
        QVERIFY(image.width() > 600 && image.height() > 400);
        const QByteArray bytes = testing::readFile(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("/MediaBox"));
        if (const QString keep = qEnvironmentVariable("GUICHET_SCREENSHOT_DIR"); !keep.isEmpty()) {
            QFile::copy(png, keep + QStringLiteral("/dashboard.png"));
            QFile::copy(pdf, keep + QStringLiteral("/dashboard.pdf"));
        }
    }

    // The demo's two saved scenarios side by side: totals for each, and the dossiers they fund
    // differently.
    void twoScenariosCompared()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        ScenarioCompareDialog dialog(*window.campaign(), &window);
        dialog.show();
        const QList<QComboBox*> choices = dialog.findChildren<QComboBox*>();
        QCOMPARE(choices.size(), 2);
        QVERIFY(choices.at(0)->count() >= 2);
        choices.at(0)->setCurrentIndex(0);
        choices.at(1)->setCurrentIndex(1);
        const QList<QTableWidget*> tables = dialog.findChildren<QTableWidget*>();
        QCOMPARE(tables.size(), 2);
        QVERIFY(tables.at(0)->rowCount() > 0);
        QVERIFY(tables.at(1)->rowCount() > 0);
        if (const QString keep = qEnvironmentVariable("GUICHET_SCREENSHOT_DIR"); !keep.isEmpty())
            dialog.grab().save(keep + QStringLiteral("/scenario-compare.png"));
    }
};

QTEST_MAIN(TestEnvelopeUi)
#include "TestEnvelopeUi.moc"
