// The committee in the windows: a session created through its dialog, avis recorded from the
// keyboard (a departure refused without its reason, then recorded with it), « toutes les
// propositions », an amendment after validation, the decisions taken (one below its avis,
// refused until its reason is given) and undone with Ctrl+Z, the gauge following the avis, the
// session due said in the main window, the agenda reordered by drag and drop and printed.
#include "TestWorkspace.h"
#include "WindowFixture.h"
#include "campaign/Campaign.h"
#include "committee/AgendaModel.h"
#include "committee/ProjectionControl.h"
#include "committee/SessionAgenda.h"
#include "committee/SessionGauge.h"
#include "committee/SessionWindow.h"
#include "common/Clock.h"
#include "common/Money.h"
#include "projection/ProjectionWindow.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPdfDocument>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace guichet;

class TestCommitteeUi : public QObject
{
    Q_OBJECT

    static SessionWindow* openSessions(MainWindow& window)
    {
        window.findChild<QAction*>(QStringLiteral("sessionsAction"))->trigger();
        auto* sessions = window.findChild<SessionWindow*>();
        if (!sessions || !QTest::qWaitForWindowExposed(sessions) || !activate(sessions))
            return nullptr;
        return sessions;
    }

    // The keys go to the active window: the main window may take the activation back as its
    // loading ends, and a closed message box leaves none active.
    static bool activate(QWidget* window)
    {
        return QTest::qWaitFor([window] {
            if (QApplication::activeWindow() != window)
                window->activateWindow();
            return QApplication::activeWindow() == window;
        });
    }

    static SessionAgenda agenda(MainWindow& window, int session)
    {
        return *SessionAgenda::load(window.workspace()->database(), window.campaign()->programme(),
                                    session);
    }

    static std::optional<Avis> avisOn(MainWindow& window, int session, qint64 dossier)
    {
        return window.campaign()->committee().avis(session, dossier);
    }

    // Answers the next modal dialog with `answer` once it shows.
    static void whenModal(std::function<void(QWidget*)> answer)
    {
        QTimer::singleShot(0, [answer] {
            QWidget* dialog = QApplication::activeModalWidget();
            if (!dialog)
                return whenModal(answer);
            answer(dialog);
        });
    }

    static void clickYes(QWidget* dialog)
    {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    }

    static void undo(QWidget* window) { QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier); }

    // Through the window's Édition menu: once a message box has closed, the offscreen platform
    // leaves no window active for the keys to reach.
    static void step(QWidget* window, QKeySequence::StandardKey keys)
    {
        for (QAction* action : window->findChildren<QAction*>())
            if (action->shortcuts().contains(QKeySequence(keys)))
                return action->trigger();
        QFAIL("no such action");
    }

    static QLabel* label(QWidget* window, const char* name)
    {
        return window->findChild<QLabel*>(QLatin1String(name));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }

    void sessionCreatedThroughTheDialog()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        const int before = window.campaign()->committee().sessions().size();
        whenModal([](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("sessionDialog"));
            QCOMPARE(label(dialog, "sessionNumberLabel")->text(), QString::number(4));
            auto* chair = dialog->findChild<QLineEdit*>(QStringLiteral("sessionChairEdit"));
            QTest::keyClicks(chair, QStringLiteral("Prefete de l'Ain"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("sessionPlaceEdit")),
                             QStringLiteral("Salle Bonaparte"));
            dialog->findChild<QPushButton*>(QStringLiteral("addMemberButton"))->click();
            auto* members = dialog->findChild<QTableWidget*>(QStringLiteral("sessionMembersTable"));
            members->item(members->rowCount() - 1, 0)->setText(QStringLiteral("Jean Dupont"));
            members->item(members->rowCount() - 1, 1)->setText(QStringLiteral("Maire de Gex"));
            QVERIFY(label(dialog, "sessionQuorumLabel")->text().contains(QStringLiteral("Quorum")));
            dialog->findChild<QPushButton*>(QStringLiteral("recordPushButton"))->click();
        });
        window.findChild<QAction*>(QStringLiteral("newSessionAction"))->trigger();
        const QList<Session> sessions = window.campaign()->committee().sessions();
        QCOMPARE(sessions.size(), before + 1);
        QCOMPARE(sessions.constLast().chair, QStringLiteral("Prefete de l'Ain"));
        QCOMPARE(sessions.constLast().members.size(), 1);
        QCOMPARE(sessions.constLast().members.constFirst().name, QStringLiteral("Jean Dupont"));
        auto* shown = window.findChild<SessionWindow*>();
        QVERIFY(shown);
        QCOMPARE(shown->session(), sessions.constLast().number);

        // A session created by mistake is taken back with Ctrl+Z: the session window goes to
        // the one still open (the demo's third); redone, it comes back with its number.
        step(&window, QKeySequence::Undo);
        QCOMPARE(window.campaign()->committee().sessions().size(), before);
        QCOMPARE(shown->session(), 3);
        step(&window, QKeySequence::Redo);
        const std::optional<Session> again = window.campaign()->committee().session(4);
        QVERIFY(again);
        QCOMPARE(again->members.constFirst().name, QStringLiteral("Jean Dupont"));
    }

    // « Supprimer la séance » in the session window: the latest open session goes once
    // confirmed, and Ctrl+Z brings it back with the chair's order of its agenda; a session
    // that is not the latest cannot be chosen for it.
    void sessionRemovedFromItsWindow()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        SessionWindow* sessions = openSessions(window);
        QVERIFY(sessions);
        QCOMPARE(sessions->session(), 3);
        auto* remove = sessions->findChild<QAction*>(QStringLiteral("removeSessionAction"));
        QVERIFY(remove->isEnabled());
        const SessionAgenda computed = agenda(window, 3);
        QList<qint64> order; // reversed
        for (const AgendaEntry& e : computed.entries())
            order.prepend(e.item.dossier);
        QVERIFY(window.campaign()->reorderAgenda(3, order).ok());

        whenModal(clickYes);
        remove->trigger();
        QVERIFY(!window.campaign()->committee().session(3));
        QCOMPARE(sessions->session(), 2); // the latest left, validated
        QVERIFY(!remove->isEnabled());

        step(sessions, QKeySequence::Undo);
        QVERIFY(window.campaign()->committee().session(3));
        QCOMPARE(window.campaign()->committee().agendaOrder(3), order);
        sessions->setSession(1);
        QVERIFY(!remove->isEnabled());
    }

    void avisFromTheKeyboardAndTheGauge()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        SessionWindow* sessions = openSessions(window);
        QVERIFY(sessions);
        const int session = sessions->session();
        const SessionAgenda before = agenda(window, session);
        QVERIFY(before.entries().size() >= 3);
        const AgendaEntry first = before.entries().at(0);
        QCOMPARE(sessions->currentDossier(), first.item.dossier);
        QVERIFY(!first.avis);
        const QString gaugeBefore = sessions->gauge()->text();

        QSignalSpy moved(sessions, &SessionWindow::currentDossierChanged);
        QTest::keyClick(sessions, Qt::Key_F5); // favorable, at the proposal
        const std::optional<Avis> recorded = avisOn(window, session, first.item.dossier);
        QVERIFY(recorded);
        QCOMPARE(recorded->kind, Avis::Kind::Favorable);
        QCOMPARE(recorded->amount, first.proposed());
        const EnvelopeGauge gauge = agenda(window, session).gauge();
        QVERIFY(sessions->gauge()->text() != gaugeBefore);
        QVERIFY2(sessions->gauge()->text().contains(money::format(gauge.favourable)),
                 qPrintable(sessions->gauge()->text()));

        QTest::keyClick(sessions, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.constFirst().at(1).toLongLong(), before.entries().at(1).item.dossier);
        QCOMPARE(sessions->currentDossier(), before.entries().at(1).item.dossier);

        undo(sessions);
        QVERIFY(!avisOn(window, session, first.item.dossier));
        QCOMPARE(sessions->gauge()->text(), gaugeBefore);
    }

    // The chair projects the session from the session window (F9): the projector shows the
    // secretary's dossier and follows her to the next one, its views and black screen switch
    // from her keys, an avis she records shows on it, and a dossier chosen on the projector's
    // keys moves her window too.
    void theSessionWindowDrivesTheProjector()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        SessionWindow* sessions = openSessions(window);
        QVERIFY(sessions);
        const SessionAgenda before = agenda(window, sessions->session());
        QVERIFY(before.entries().size() >= 3);
        QVERIFY(!sessions->projection()->projection());
        QVERIFY(!sessions->findChild<QAction*>(QStringLiteral("projectGridAction"))->isEnabled());

        QTest::keyClick(sessions, Qt::Key_F9);
        ProjectionWindow* projector = sessions->projection()->projection();
        QVERIFY(projector);
        QVERIFY(QTest::qWaitForWindowExposed(projector));
        QCOMPARE(projector->session(), sessions->session());
        QCOMPARE(projector->currentDossier(), sessions->currentDossier());
        QVERIFY(activate(sessions));

        QTest::keyClick(sessions, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(projector->currentDossier(), before.entries().at(1).item.dossier);
        QTest::keyClick(sessions, Qt::Key_G);
        QCOMPARE(projector->view(), ProjectionWindow::View::Grid);
        QTest::keyClick(sessions, Qt::Key_E);
        QCOMPARE(projector->view(), ProjectionWindow::View::Envelope);
        QTest::keyClick(sessions, Qt::Key_D);
        QCOMPARE(projector->view(), ProjectionWindow::View::Dossier);
        QTest::keyClick(sessions, Qt::Key_B);
        QVERIFY(projector->isBlack());
        QTest::keyClick(sessions, Qt::Key_B);
        QVERIFY(!projector->isBlack());

        // The avis the secretary records reaches the projector without a call on it.
        QTest::keyClick(sessions, Qt::Key_F5);
        const QString recorded = Avis::label(Avis::Kind::Favorable);
        bool shown = false;
        for (const QLabel* text : projector->findChildren<QLabel*>())
            shown = shown || (text->isVisible() && text->text().contains(recorded));
        QVERIFY2(shown, "the avis recorded is not on the projector");

        // The projector's own keys move the secretary's window too.
        projector->nextDossier();
        QCOMPARE(sessions->currentDossier(), before.entries().at(2).item.dossier);
        QCOMPARE(projector->currentDossier(), before.entries().at(2).item.dossier);

        // Closed by the chair: what drove it is disabled, F9 projects again.
        projector->close();
        QTRY_VERIFY(!sessions->projection()->projection());
        QVERIFY(!sessions->findChild<QAction*>(QStringLiteral("projectGridAction"))->isEnabled());
        QVERIFY(activate(sessions));
        QTest::keyClick(sessions, Qt::Key_F9);
        QVERIFY(sessions->projection()->projection());
        QVERIFY(sessions->findChild<QAction*>(QStringLiteral("projectGridAction"))->isEnabled());
        sessions->projection()->projection()->close();
    }

    void departureNeedsItsReason()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        SessionWindow* sessions = openSessions(window);
        QVERIFY(sessions);
        const int session = sessions->session();
        const AgendaEntry first = agenda(window, session).entries().at(0);
        QVERIFY(first.proposed() > 100);
        auto* amount = sessions->findChild<QLineEdit*>(QStringLiteral("avisAmountEdit"));
        amount->selectAll();
        QTest::keyClicks(amount, money::formatPlain(first.proposed() / 2));
        auto* reason = sessions->findChild<QLineEdit*>(QStringLiteral("avisReasonEdit"));
        QVERIFY(reason->isVisible()); // said as the amount is typed
        QVERIFY(label(sessions, "avisDepartureLabel")->text().contains(QStringLiteral("montant")));
        QTest::keyClick(amount, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!avisOn(window, session, first.item.dossier));
        QLabel* error = label(sessions, "avisErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("motif")), qPrintable(error->text()));

        QTest::keyClicks(reason, QStringLiteral("Plan de financement revu"));
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        const std::optional<Avis> recorded = avisOn(window, session, first.item.dossier);
        QVERIFY(recorded);
        QCOMPARE(recorded->amount, first.proposed() / 2);
        QVERIFY(recorded->departures & Avis::AmountDeparture);
        QCOMPARE(recorded->reason, QStringLiteral("Plan de financement revu"));
        auto* table = sessions->findChild<QTableView*>(QStringLiteral("agendaTableView"));
        QVERIFY(!table->model()->index(0, AgendaModel::Departure).data().toString().isEmpty());
    }

    void allProposalsValidationAmendmentAndDecisions()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        SessionWindow* sessions = openSessions(window);
        QVERIFY(sessions);
        const int session = sessions->session();
        Campaign& campaign = *window.campaign();
        // It fits a 1280×720 screen.
        QVERIFY(sessions->minimumSizeHint().width() <= 1280);
        QVERIFY(sessions->minimumSizeHint().height() <= 720);

        whenModal(clickYes);
        sessions->findChild<QAction*>(QStringLiteral("allProposalsAction"))->trigger();
        const SessionAgenda given = agenda(window, session);
        for (const AgendaEntry& entry : given.entries())
            QVERIFY(entry.avis && entry.avis->isFavourable());
        step(sessions, QKeySequence::Undo);
        const SessionAgenda undone = agenda(window, session);
        for (const AgendaEntry& entry : undone.entries())
            QVERIFY(!entry.avis);
        step(sessions, QKeySequence::Redo);
        const SessionAgenda redone = agenda(window, session);
        for (const AgendaEntry& entry : redone.entries())
            QVERIFY(entry.avis);

        whenModal(clickYes);
        sessions->findChild<QAction*>(QStringLiteral("validateSessionAction"))->trigger();
        QVERIFY(campaign.committee().session(session)->isValidated());

        // A change now is an amendment, with its reason asked in a dialog.
        const qint64 last = agenda(window, session).entries().constLast().item.dossier;
        sessions->showDossier(last);
        auto* kind = sessions->findChild<QComboBox*>(QStringLiteral("avisKindCombo"));
        kind->setCurrentIndex(kind->findData(int(Avis::Kind::Ajourne)));
        whenModal([](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Pièce manquante constatée"));
            input->accept();
        });
        sessions->findChild<QPushButton*>(QStringLiteral("recordAvisButton"))->click();
        const std::optional<Avis> amended = avisOn(window, session, last);
        QVERIFY(amended && amended->amended);
        QCOMPARE(amended->kind, Avis::Kind::Ajourne);
        QCOMPARE(amended->amendmentReason, QStringLiteral("Pièce manquante constatée"));
        auto* table = sessions->findChild<QTableView*>(QStringLiteral("agendaTableView"));
        const int row = static_cast<AgendaModel*>(table->model())->rowOf(last);
        QVERIFY(table->model()
                    ->index(row, AgendaModel::AvisKind)
                    .data()
                    .toString()
                    .contains(QStringLiteral("amendé")));

        // « Prendre les décisions » with one decision below its avis: refused in the dialog
        // until its reason is given, then taken; Ctrl+Z: the ledger is back where it was.
        const Cents remaining = campaign.ledger().totals().remaining();
        const SessionAgenda closing = agenda(window, session);
        const AgendaEntry* lowered = nullptr;
        for (const AgendaEntry& entry : closing.entries())
            if (!lowered && entry.avis->isFavourable())
                lowered = &entry;
        QVERIFY(lowered);
        const QString id = QString::number(lowered->item.dossier);
        const Cents halved = lowered->avis->amount / 2;
        whenModal([&](QWidget* dialog) {
            // A failed check leaves the dialog: closed, it does not hang the test.
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    static_cast<QDialog*>(dialog)->reject();
            });
            QCOMPARE(dialog->objectName(), QStringLiteral("sessionDecisionsDialog"));
            auto* justification =
                dialog->findChild<QLineEdit*>(QStringLiteral("justificationEdit"));
            if (justification->isEnabled())
                QTest::keyClicks(justification, QStringLiteral("Priorite prefectorale"));
            auto* amount = dialog->findChild<QLineEdit*>(QStringLiteral("decisionAmount_") + id);
            auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("decisionReason_") + id);
            QVERIFY(amount && reason);
            QVERIFY(!reason->isEnabled()); // the decision follows the avis: nothing to explain
            amount->selectAll();
            QTest::keyClicks(amount, QStringLiteral("%1,%2")
                                         .arg(halved / 100)
                                         .arg(halved % 100, 2, 10, QLatin1Char('0')));
            QVERIFY(reason->isEnabled());
            auto* take = dialog->findChild<QPushButton*>(QStringLiteral("takeDecisionsButton"));
            take->click();
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("decisionsErrorLabel"))
                        ->text()
                        .contains(QStringLiteral("motif")));
            QCOMPARE(dialog->focusWidget(), reason);
            QTest::keyClicks(reason, QStringLiteral("Plan de financement revu"));
            take->click();
        });
        sessions->findChild<QAction*>(QStringLiteral("takeDecisionsAction"))->trigger();
        const DossierLedger loweredLedger = campaign.ledger().dossier(lowered->item.dossier);
        QCOMPARE(loweredLedger.committed, halved);
        QCOMPARE(campaign.ledger().find(loweredLedger.decisionMovement)->reason,
                 QStringLiteral("Plan de financement revu"));
        int decided = 0;
        for (const AgendaEntry& entry : closing.entries()) {
            if (!entry.avis->isFavourable())
                continue;
            ++decided;
            QCOMPARE(campaign.ledger().dossier(entry.item.dossier).decision,
                     DossierLedger::Decision::Attribution);
        }
        QVERIFY(decided > 0);
        QCOMPARE(campaign.ledger().totals().remaining(),
                 remaining - closing.gauge().favourable + lowered->avis->amount - halved);
        step(sessions, QKeySequence::Undo);
        QCOMPARE(campaign.ledger().totals().remaining(), remaining);
        for (const AgendaEntry& entry : closing.entries())
            QVERIFY(!campaign.ledger().dossier(entry.item.dossier).isActive());
    }

    void sessionDueSaidInTheMainWindow()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        QLabel* due = window.findChild<QLabel*>(QStringLiteral("sessionDueLabel"));
        QVERIFY(due && due->isVisible());
        const SessionDue expected = *window.campaign()->sessionDue();
        QCOMPARE(due->toolTip(), expected.reason);
        if (expected.due)
            QCOMPARE(due->text(), expected.reason);

        // A session convened for next week: none is due any more, and the label says so.
        Campaign& campaign = *window.campaign();
        Session next = *campaign.committee().session(1);
        next.date = clock::today().addDays(7);
        next.validatedAt = {};
        QVERIFY(campaign.createSession(next));
        const SessionDue after = *campaign.sessionDue();
        QCOMPARE(after.why, SessionDue::Why::Planned);
        QCOMPARE(due->text(), after.reason);
    }

    // The agenda as printed: every dossier of the session's agenda, in its order, and the
    // page numbers.
    void agendaPrintedToPdf()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        SessionWindow* sessions = openSessions(window);
        QVERIFY(sessions);
        const QString path = dir.path(QStringLiteral("ordre.pdf"));
        QVERIFY(sessions->writeAgenda(path));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text();
        QVERIFY2(text.contains(QStringLiteral("1/%1").arg(pdf.pageCount())), qPrintable(text));
        qsizetype at = 0;
        const SessionAgenda printed = agenda(window, sessions->session());
        for (const AgendaEntry& entry : printed.entries()) {
            at = text.indexOf(QString::number(entry.item.dossier), at);
            QVERIFY2(at >= 0, qPrintable(QString::number(entry.item.dossier)));
        }
    }

    // A row dragged to the top of the agenda: the campaign stores the order, the agenda shows
    // it, Ctrl+Z puts it back.
    void agendaReorderedByDragAndDrop()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        SessionWindow* sessions = openSessions(window);
        QVERIFY(sessions);
        const int session = sessions->session();
        const SessionAgenda before = agenda(window, session);
        QVERIFY(before.entries().size() >= 3);
        const qint64 last = before.entries().constLast().item.dossier;
        auto* table = sessions->findChild<QTableView*>(QStringLiteral("agendaTableView"));
        QAbstractItemModel* model = table->model();
        const int lastRow = model->rowCount() - 1;
        QVERIFY(model->flags(model->index(lastRow, 0)) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(lastRow, 0)}));
        QVERIFY(model->canDropMimeData(dragged.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        model->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, QModelIndex());
        const SessionAgenda after = agenda(window, session);
        QCOMPARE(after.entries().constFirst().item.dossier, last);
        QCOMPARE(after.entries().at(1).item.dossier, before.entries().constFirst().item.dossier);
        QCOMPARE(static_cast<AgendaModel*>(model)->rowOf(last), 0);
        step(sessions, QKeySequence::Undo);
        QCOMPARE(agenda(window, session).entries().constLast().item.dossier, last);
    }

    // Séance > Compte rendu: a draft as ODT and PDF at will; issued once the session is
    // validated, numbered in the register; a second issue is refused.
    void minutesDraftedThenIssued()
    {
        testing::TestDir dir;
        MainWindow window;
        testing::openDemo(window, dir);
        SessionWindow* sessions = openSessions(window);
        QVERIFY(sessions);
        auto* issue = sessions->findChild<QAction*>(QStringLiteral("issueMinutesAction"));
        QVERIFY(!issue->isEnabled()); // the upcoming session is not validated
        auto* combo = sessions->findChild<QComboBox*>(QStringLiteral("sessionCombo"));
        combo->setCurrentIndex(combo->findData(2));
        emit combo->activated(combo->currentIndex());
        QCOMPARE(sessions->session(), 2);
        QVERIFY(issue->isEnabled());
        const QString odt = dir.path(QStringLiteral("projet.odt"));
        QVERIFY(sessions->writeMinutesDraft(odt));
        QFile draft(odt);
        QVERIFY(draft.open(QIODevice::ReadOnly));
        QCOMPARE(draft.read(2), QByteArray("PK"));
        const QString pdf = dir.path(QStringLiteral("compte rendu.pdf"));
        QVERIFY(sessions->issueMinutes(pdf));
        const auto issued = window.campaign()->documentRegister().latestOfSession(
            2, QStringLiteral("proces-verbal"));
        QVERIFY(issued);
        QVERIFY(issued->number.contains(QStringLiteral("-PV-")));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex(),
                 issued->sha256.toLatin1());
        const Status again = sessions->issueMinutes(pdf);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(issued->number));
    }
};

QTEST_MAIN(TestCommitteeUi)
#include "TestCommitteeUi.moc"
