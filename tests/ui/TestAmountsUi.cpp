// Amounts in the main window: the detail pane's « Montant » section with the basis in words,
// the proposed amount dialog (a refused save keeps what was typed; Ctrl+Z restores the previous
// proposal), the decision dialog (the status bar follows it; the guard asks for a justification),
// payments, reductions and cancellations, each undone by its counter-entry and redone.
#include "TestWorkspace.h"
#include "WindowFixture.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "common/Money.h"
#include "dossiers/DossierTableModel.h"
#include "ledger/DecisionChangeDialog.h"
#include "ledger/DecisionDialog.h"
#include "ledger/DossierAmounts.h"
#include "ledger/EnvelopeOverview.h"
#include "ledger/PaymentDialog.h"
#include "ledger/ProposedAmountDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace guichet;

class TestAmountsUi : public QObject
{
    Q_OBJECT

    static EnvelopeOverview overview(MainWindow& window)
    {
        Result<EnvelopeOverview> loaded =
            EnvelopeOverview::load(window.workspace()->database(), window.campaign()->programme());
        return std::move(*loaded);
    }

    // The pending dossiers (proposed, not decided, the rules' amount), smallest number first.
    static QList<qint64> pending(MainWindow& window)
    {
        QList<qint64> numbers;
        const EnvelopeOverview all = overview(window);
        for (auto it = all.all().begin(); it != all.all().end(); ++it)
            if (it->isPending() && !it->ledger.proposal && it->proposal->amount > 200)
                numbers << it.key();
        std::sort(numbers.begin(), numbers.end());
        return numbers;
    }

    static bool select(MainWindow& window, qint64 number)
    {
        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        QAbstractItemModel* model = table->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, DossierTableModel::Number);
            if (index.data().toLongLong() == number) {
                table->setCurrentIndex(index);
                return testing::currentNumber(window) == number;
            }
        }
        return false;
    }

    static QString details(MainWindow& window)
    {
        return plain(
            window.findChild<QTextBrowser*>(QStringLiteral("detailsBrowser"))->toPlainText());
    }

    // Spaces of every kind as one: the browser's plain text turns no-break spaces into spaces.
    static QString plain(QString text)
    {
        for (QChar& c : text)
            if (c.isSpace())
                c = QLatin1Char(' ');
        return text;
    }

    static QString statusText(MainWindow& window)
    {
        return window.findChild<QLabel*>(QStringLiteral("envelopeStatusLabel"))->text();
    }

    // Triggers `action` and runs `fill` on the modal dialog it opens, which is closed after.
    template <typename Dialog>
    static void withDialog(MainWindow& window, const QString& action,
                           const std::function<void(Dialog*)>& fill)
    {
        bool ran = false;
        QTimer::singleShot(0, &window, [&] {
            auto* dialog = window.findChild<Dialog*>();
            if (!dialog)
                return;
            ran = true;
            fill(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        window.findChild<QAction*>(action)->trigger();
        QVERIFY(ran);
    }

    static void undo(MainWindow& window)
    {
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    }

private slots:
    void detailShowsTheBasis()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        const EnvelopeOverview all = overview(window);
        const QList<qint64> numbers = pending(window);
        QVERIFY(!numbers.isEmpty());
        QVERIFY(select(window, numbers.first()));
        const ProposedAmount proposal = *all.find(numbers.first())->proposal;
        QTRY_VERIFY2(details(window).contains(plain(proposal.basis())),
                     qPrintable(details(window)));
        QVERIFY(details(window).contains(plain(money::format(proposal.amount))));
        QVERIFY(details(window).contains(QStringLiteral("pas encore de décision")));

        // A dossier with a decision says it, with its date.
        for (auto it = all.all().begin(); it != all.all().end(); ++it) {
            if (it->ledger.decision != DossierLedger::Decision::Attribution)
                continue;
            QVERIFY(select(window, it.key()));
            QTRY_VERIFY2(details(window).contains(QStringLiteral("attribution de")),
                         qPrintable(details(window)));
            QVERIFY(details(window).contains(plain(money::format(it->ledger.attributed))));
            break;
        }

        // An ineligible dossier not decided gets no proposal, and the pane says why.
        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        QAbstractItemModel* model = table->model();
        qint64 ineligible = 0;
        for (int r = 0; r < model->rowCount() && !ineligible; ++r) {
            const qint64 number = model->index(r, DossierTableModel::Number).data().toLongLong();
            if (model->index(r, DossierTableModel::Verdict).data().toString() ==
                    QStringLiteral("Non éligible") &&
                window.campaign()->ledger().dossier(number).decision ==
                    DossierLedger::Decision::None)
                ineligible = number;
        }
        QVERIFY(ineligible != 0);
        QVERIFY(select(window, ineligible));
        QTRY_VERIFY2(details(window).contains(QStringLiteral("pas de proposition : dossier non "
                                                             "éligible")),
                     qPrintable(details(window)));
    }

    void proposedAmountIsSetAndUndone()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        const qint64 number = pending(window).first();
        QVERIFY(select(window, number));
        const ProposedAmount before = *overview(window).find(number)->proposal;
        const Cents typed = before.amount / 2;
        const QString typedText = DossierAmounts::editable(typed);

        withDialog<ProposedAmountDialog>(
            window, QStringLiteral("proposedAmountAction"), [&](ProposedAmountDialog* dialog) {
                auto* amount = dialog->findChild<QLineEdit*>(QStringLiteral("amountLineEdit"));
                auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit"));
                auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
                amount->setText(typedText);
                reason->clear();
                dialog->accept(); // no reason: refused, said, what was typed kept
                QVERIFY(dialog->isVisible());
                QVERIFY(error->isVisible());
                QVERIFY(error->text().contains(QStringLiteral("motif")));
                QCOMPARE(amount->text(), typedText);
                reason->setText(QStringLiteral("Devis revu en baisse"));
                dialog->accept();
                QVERIFY(!dialog->isVisible());
                QCOMPARE(dialog->result(), int(QDialog::Accepted));
            });
        QCOMPARE(window.campaign()->ledger().dossier(number).proposal->amount, typed);
        QCOMPARE(overview(window).find(number)->proposal->amount, typed);
        QTRY_VERIFY(details(window).contains(plain(money::format(typed))));

        undo(window);
        QVERIFY(!window.campaign()->ledger().dossier(number).proposal);
        const ProposedAmount after = *overview(window).find(number)->proposal;
        QCOMPARE(after.amount, before.amount);
        QCOMPARE(after.basis(), before.basis());
        // Both the change and its undo are movements: nothing deleted.
        QCOMPARE(window.campaign()->ledger().movementsOf(number).size(), 2);
        QCOMPARE(window.campaign()->ledger().movementsOf(number).last().reason,
                 QStringLiteral("annulation (Ctrl+Z)"));

        // Redone: the instructor's amount again, with its reason.
        window.findChild<Editing*>()->redo();
        QCOMPARE(window.campaign()->ledger().dossier(number).proposal->amount, typed);
        QCOMPARE(window.campaign()->ledger().dossier(number).proposal->reason,
                 QStringLiteral("Devis revu en baisse"));
    }

    void statusBarFollowsADecision()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        const qint64 number = pending(window).first();
        QVERIFY(select(window, number));
        const Cents proposed = overview(window).find(number)->proposal->amount;
        Campaign& campaign = *window.campaign();
        const Cents before = campaign.ledger().totals().remaining();
        QVERIFY(proposed <= before); // the demo leaves room for it

        withDialog<DecisionDialog>(
            window, QStringLiteral("decisionAction"), [&](DecisionDialog* dialog) {
                auto* amount = dialog->findChild<QLineEdit*>(QStringLiteral("amountLineEdit"));
                QCOMPARE(money::parse(amount->text()), proposed);
                dialog->accept();
                QVERIFY(!dialog->isVisible());
            });
        QCOMPARE(campaign.ledger().dossier(number).decision, DossierLedger::Decision::Attribution);
        QCOMPARE(campaign.ledger().totals().remaining(), before - proposed);
        QVERIFY2(statusText(window).contains(money::format(before - proposed)),
                 qPrintable(statusText(window)));
        QTRY_VERIFY(details(window).contains(QStringLiteral("attribution de")));

        // Ctrl+Z cancels it: the credits come back.
        undo(window);
        QCOMPARE(campaign.ledger().dossier(number).decision, DossierLedger::Decision::Cancelled);
        QCOMPARE(campaign.ledger().totals().remaining(), before);
        QVERIFY(statusText(window).contains(money::format(before)));
        QCOMPARE(campaign.ledger().movementsOf(number).last().reason,
                 QStringLiteral("annulation (Ctrl+Z)"));
        QTRY_VERIFY(details(window).contains(QStringLiteral("décision annulée")));

        // Redone: the same decision recorded again.
        window.findChild<Editing*>()->redo();
        QCOMPARE(campaign.ledger().dossier(number).decision, DossierLedger::Decision::Attribution);
        QCOMPARE(campaign.ledger().totals().remaining(), before - proposed);
    }

    void guardAsksForAJustification()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        const qint64 number = pending(window).first();
        QVERIFY(select(window, number));
        Campaign& campaign = *window.campaign();
        // 1 € left in the envelope.
        QVERIFY(campaign.amendEnvelope(-(campaign.ledger().totals().remaining() - 100),
                                       QStringLiteral("Test")));
        const Cents proposed = overview(window).find(number)->proposal->amount;

        withDialog<DecisionDialog>(
            window, QStringLiteral("decisionAction"), [&](DecisionDialog* dialog) {
                auto* guard = dialog->findChild<QLabel*>(QStringLiteral("guardLabel"));
                auto* justification =
                    dialog->findChild<QPlainTextEdit*>(QStringLiteral("justificationEdit"));
                QVERIFY(!justification->isVisible());
                dialog->accept(); // refused by the guard: the message, and a justification asked
                QVERIFY(dialog->isVisible());
                QVERIFY(guard->isVisible());
                QVERIFY2(guard->text().contains(money::format(proposed - 100)),
                         qPrintable(guard->text()));
                QVERIFY(justification->isVisible());
                QCOMPARE(campaign.ledger().dossier(number).decision, DossierLedger::Decision::None);
                justification->setPlainText(QStringLiteral("Projet prioritaire du schéma"));
                dialog->accept();
                QVERIFY(!dialog->isVisible());
            });
        QCOMPARE(campaign.ledger().dossier(number).decision, DossierLedger::Decision::Attribution);
        QCOMPARE(campaign.ledger().movementsOf(number).last().justification,
                 QStringLiteral("Projet prioritaire du schéma"));
        QCOMPARE(campaign.ledger().totals().remaining(), 100 - proposed);
        QVERIFY(statusText(window).contains(QStringLiteral("dépassement")));
    }

    // On an attribution: an avance prefilled with its ceiling, typed over it refused with the
    // ceiling named; a reduction; each undone by a counter-entry (nothing deleted) and redone.
    // Then the cancellation, undone by the decision recorded again.
    void paymentsReductionAndCancellationAreUndone()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        window.show();
        const qint64 number = pending(window).first();
        QVERIFY(select(window, number));
        Campaign& campaign = *window.campaign();
        DecisionRequest request;
        request.dossier = number;
        QVERIFY(campaign.decide(request));
        const Cents attributed = campaign.ledger().dossier(number).committed;
        const Cents advance = money::applyRate(attributed, LedgerState::kAdvanceCeiling);
        const Cents paidBefore = campaign.ledger().totals().paid;

        withDialog<PaymentDialog>(window, QStringLiteral("paymentAction"), [&](PaymentDialog* d) {
            auto* amount = d->findChild<QLineEdit*>(QStringLiteral("amountLineEdit"));
            QCOMPARE(money::parse(amount->text()), std::optional<Cents>(advance));
            amount->clear();
            QTest::keyClicks(amount, DossierAmounts::editable(advance + 100));
            d->accept(); // over the 30 %: refused, the ceiling named
            auto* error = d->findChild<QLabel*>(QStringLiteral("errorLabel"));
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("30 %")), qPrintable(error->text()));
            amount->clear();
            QTest::keyClicks(amount, DossierAmounts::editable(advance));
            d->accept();
            QVERIFY(!d->isVisible());
        });
        QCOMPARE(campaign.ledger().dossier(number).advances, advance);
        QCOMPARE(campaign.ledger().totals().paid, paidBefore + advance);

        const qsizetype movements = campaign.ledger().movementsOf(number).size();
        undo(window);
        QCOMPARE(campaign.ledger().dossier(number).advances, Cents(0));
        QCOMPARE(campaign.ledger().totals().paid, paidBefore);
        QCOMPARE(campaign.ledger().movementsOf(number).size(), movements + 1); // a counter-entry
        QCOMPARE(campaign.ledger().movementsOf(number).last().amount, -advance);
        window.findChild<Editing*>()->redo();
        QCOMPARE(campaign.ledger().dossier(number).advances, advance);
        undo(window);

        withDialog<DecisionChangeDialog>(
            window, QStringLiteral("decisionChangeAction"), [&](DecisionChangeDialog* d) {
                QVERIFY(d->findChild<QRadioButton*>(QStringLiteral("reduceRadio"))->isChecked());
                QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("amountLineEdit")),
                                 QStringLiteral("100"));
                d->accept(); // no reason: refused
                QVERIFY(d->isVisible());
                QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit")),
                                 QStringLiteral("Devis revu en baisse"));
                d->accept();
                QVERIFY(!d->isVisible());
            });
        QCOMPARE(campaign.ledger().dossier(number).committed, attributed - 10000);
        undo(window);
        QCOMPARE(campaign.ledger().dossier(number).committed, attributed);

        const Cents remaining = campaign.ledger().totals().remaining();
        withDialog<DecisionChangeDialog>(
            window, QStringLiteral("decisionChangeAction"), [&](DecisionChangeDialog* d) {
                d->findChild<QRadioButton*>(QStringLiteral("cancelRadio"))->setChecked(true);
                QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("reasonLineEdit")),
                                 QStringLiteral("Projet abandonne par la commune"));
                d->accept();
                QVERIFY(!d->isVisible());
            });
        QCOMPARE(campaign.ledger().dossier(number).decision, DossierLedger::Decision::Cancelled);
        QCOMPARE(campaign.ledger().totals().remaining(), remaining + attributed);
        undo(window);
        QCOMPARE(campaign.ledger().dossier(number).decision, DossierLedger::Decision::Attribution);
        QCOMPARE(campaign.ledger().dossier(number).committed, attributed);
        QCOMPARE(campaign.ledger().totals().remaining(), remaining);
    }
};

QTEST_MAIN(TestAmountsUi)
#include "TestAmountsUi.moc"
