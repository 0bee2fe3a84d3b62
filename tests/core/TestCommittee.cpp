#include "FakeClock.h"
#include "TestWorkspace.h"
#include "campaign/Campaign.h"
#include "committee/Agenda.h"
#include "committee/DueRule.h"
#include "committee/ProjectionSlide.h"
#include "committee/SessionAgenda.h"
#include "storage/AuditLog.h"

#include <QSignalSpy>
#include <QTest>

using namespace guichet;

// The selection committee: the due rule, the agenda grouped by conflicts, avis and their
// departures, validation and amendments, and the decisions taken from a session.
class TestCommittee : public QObject
{
    Q_OBJECT

    testing::TestDir m_dir;
    int m_copies = 0;

    // A fresh copy of a demo workspace: sessions 1 and 2 validated, 3 prepared.
    std::unique_ptr<Campaign> demoCampaign()
    {
        const QString path = m_dir.path(QStringLiteral("demo-%1.guichet").arg(++m_copies));
        testing::createDemoWorkspace(path, 40).reset();
        auto campaign = Campaign::open(path);
        if (!campaign)
            qFatal("%s", qPrintable(campaign.error().message));
        campaign.value()->setActor(QStringLiteral("Secrétariat"));
        return std::move(campaign.value());
    }

    static SessionAgenda agendaOf(const Campaign& campaign, int session)
    {
        return SessionAgenda::load(campaign.workspace().database(), campaign.programme(), session)
            .value();
    }

    static constexpr int kUpcoming = 3;

private slots:
    void dueRule_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("last");      // invalid: no session yet
        QTest::addColumn<QDate>("planned");   // invalid: none convened
        QTest::addColumn<int>("filed");       // deposits after `last` (the day after, on)
        QTest::addColumn<int>("filedBefore"); // deposits on or before `last`
        QTest::addColumn<int>("threshold");
        QTest::addColumn<bool>("due");
        QTest::addColumn<QString>("why");
        const QDate july13(2021, 7, 13);
        QTest::newRow("nothing filed, no session")
            << QDate(2021, 3, 1) << QDate() << QDate() << 0 << 0 << 10 << false << "nothing_filed";
        QTest::newRow("first session, 9 filed within the month")
            << QDate(2021, 3, 20) << QDate() << QDate() << 9 << 0 << 10 << false << "not_yet";
        QTest::newRow("first session, 10 filed")
            << QDate(2021, 3, 20) << QDate() << QDate() << 10 << 0 << 10 << true << "dossier_count";
        QTest::newRow("first session, a month after the first deposit")
            << QDate(2021, 4, 15) << QDate() << QDate() << 1 << 0 << 10 << true << "month_elapsed";
        QTest::newRow("the day before the month")
            << QDate(2021, 8, 12) << july13 << QDate() << 3 << 5 << 10 << false << "not_yet";
        QTest::newRow("a month to the day")
            << QDate(2021, 8, 13) << july13 << QDate() << 3 << 5 << 10 << true << "month_elapsed";
        QTest::newRow("10 filed since, the earlier ones not counted")
            << QDate(2021, 7, 30) << july13 << QDate() << 10 << 30 << 10 << true << "dossier_count";
        QTest::newRow("9 filed since")
            << QDate(2021, 7, 30) << july13 << QDate() << 9 << 30 << 10 << false << "not_yet";
        QTest::newRow("no count rule")
            << QDate(2021, 7, 30) << july13 << QDate() << 50 << 0 << 0 << false << "not_yet";
        QTest::newRow("a session convened") << QDate(2021, 9, 1) << july13 << QDate(2021, 9, 14)
                                            << 20 << 0 << 10 << false << "planned";
    }
    void dueRule()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, last);
        QFETCH(QDate, planned);
        QFETCH(int, filed);
        QFETCH(int, filedBefore);
        QFETCH(int, threshold);
        QFETCH(bool, due);
        QFETCH(QString, why);
        DueInput input;
        input.today = today;
        if (last.isValid())
            input.lastSession = last;
        if (planned.isValid())
            input.plannedSession = planned;
        input.threshold = threshold;
        const QDate firstDeposit = last.isValid() ? last.addDays(1) : QDate(2021, 3, 15);
        for (int i = 0; i < filed; ++i)
            input.deposits.append(std::min(firstDeposit.addDays(i % 3), today));
        for (int i = 0; i < filedBefore; ++i)
            input.deposits.append(last.addDays(-i % 20));
        const SessionDue result = sessionDue(input);
        QCOMPARE(SessionDue::apiName(result.why), why);
        QCOMPARE(result.due, due);
        QCOMPARE(result.filedSince, filed);
        QVERIFY(!result.reason.isEmpty());
        QVERIFY(!result.reason.contains(QLatin1Char('_')));
    }

    void agendaGroupsConflicts_data()
    {
        QTest::addColumn<QList<qint64>>("stored");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::addColumn<QStringList>("leavingAt"); // "position:member"
        // Dossiers 1 to 7, ranked in their order; B is linked to 2 and 5, C to 5 and 7.
        QTest::newRow("rank order, links grouped")
            << QList<qint64>{} << QList<qint64>{1, 2, 5, 7, 3, 4, 6}
            << QStringList{QStringLiteral("2:B"), QStringLiteral("3:C")};
        QTest::newRow("the chair's order first")
            << QList<qint64>{4, 1} << QList<qint64>{4, 1, 2, 5, 7, 3, 6}
            << QStringList{QStringLiteral("3:B"), QStringLiteral("4:C")};
    }
    void agendaGroupsConflicts()
    {
        QFETCH(QList<qint64>, stored);
        QFETCH(QList<qint64>, expected);
        QFETCH(QStringList, leavingAt);
        QList<AgendaCandidate> candidates;
        for (int i = 1; i <= 7; ++i)
            candidates.append({i, i, QStringLiteral("2101000%1").arg(i, 2, 10, QLatin1Char('0'))});
        const QList<SeatedLinks> links = {
            {QStringLiteral("B"), {QStringLiteral("210100002"), QStringLiteral("210100005")}},
            {QStringLiteral("C"), {QStringLiteral("210100005"), QStringLiteral("210100007")}},
            {QStringLiteral("D"), {QStringLiteral("999999999")}}};
        const QList<AgendaItem> items = arrangeAgenda(candidates, links, stored);
        QList<qint64> order;
        QStringList leaving;
        int leaves = 0;
        for (const AgendaItem& item : items) {
            order.append(item.dossier);
            QCOMPARE(item.rank, int(item.dossier));
            for (const QString& member : item.leaving)
                leaving.append(QStringLiteral("%1:%2").arg(item.position).arg(member));
            leaves += int(item.leaving.size());
            QCOMPARE(item.returning.isEmpty(), item.conflicted.isEmpty() || item.dossier == 2);
        }
        QCOMPARE(order, expected);
        QCOMPARE(leaving, leavingAt);
        QCOMPARE(leaves, 2); // each linked member leaves the room once
    }

    void demoSessions()
    {
        auto campaign = demoCampaign();
        const QList<Session> sessions = campaign->committee().sessions();
        QCOMPARE(sessions.size(), 3);
        QVERIFY(sessions.at(0).isValidated());
        QVERIFY(sessions.at(1).isValidated());
        QVERIFY(!sessions.at(2).isValidated());
        // The past sessions' decisions are in the ledger, with the amounts of their avis.
        for (int number : {1, 2}) {
            const QList<SessionDecision> decisions = campaign->committee().decisions(number);
            QVERIFY(!decisions.isEmpty());
            for (const SessionDecision& d : decisions) {
                const auto avis = campaign->committee().avis(number, d.dossier);
                QVERIFY(avis);
                const QList<Movement> movements = campaign->ledger().movementsOf(d.dossier);
                const auto decision =
                    std::find_if(movements.cbegin(), movements.cend(),
                                 [&](const Movement& m) { return m.id == d.movement; });
                QVERIFY(decision != movements.cend());
                QCOMPARE(decision->amount, avis->amount);
            }
        }
        // The upcoming one has an agenda, on which the linked member's dossiers sit together.
        const SessionAgenda agenda = agendaOf(*campaign, kUpcoming);
        QVERIFY(agenda.entries().size() >= 5);
        QCOMPARE(agenda.links().size(), 1);
        int leaves = 0;
        for (const AgendaEntry& e : agenda.entries())
            leaves += int(e.item.leaving.size());
        QCOMPARE(leaves, 1);
        QVERIFY(!projectionSlides(agenda, campaign->programme()).isEmpty());
    }

    void departureWithoutReasonRefused()
    {
        auto campaign = demoCampaign();
        const SessionAgenda agenda = agendaOf(*campaign, kUpcoming);
        QList<AgendaEntry> byRank = agenda.entries();
        std::sort(byRank.begin(), byRank.end(), [](const AgendaEntry& a, const AgendaEntry& b) {
            return a.item.rank < b.item.rank;
        });
        const AgendaEntry& best = byRank.at(0);
        const AgendaEntry& next = byRank.at(1);
        QVERIFY(
            campaign->recordAvis(kUpcoming, {best.item.dossier, Avis::Kind::Ajourne, {}, {}, {}})
                .ok());
        const QString path = campaign->workspace().path();
        const QByteArray before = testing::contentDigest(path);
        // Favouring a worse-ranked dossier while the best is postponed departs from the ranking.
        const auto refused =
            campaign->recordAvis(kUpcoming, {next.item.dossier, Avis::Kind::Favorable, {}, {}, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("classement")),
                 qPrintable(refused.error().message));
        QCOMPARE(testing::contentDigest(path), before);
        // So does an amount below the proposal.
        const auto lower = campaign->recordAvis(
            kUpcoming, {best.item.dossier, Avis::Kind::Favorable, best.proposed() - 100, {}, {}});
        QVERIFY(!lower);
        QVERIFY(lower.error().message.contains(QStringLiteral("montant inférieur")));
        // With a reason, recorded as a departure.
        const auto recorded = campaign->recordAvis(
            kUpcoming, {next.item.dossier,
                        Avis::Kind::Favorable,
                        {},
                        {},
                        QStringLiteral("Projet mutualisé, urgence du service.")});
        QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().message));
        QCOMPARE(recorded->departures, int(Avis::RankDeparture));
        const auto stored = campaign->committee().avis(kUpcoming, next.item.dossier);
        QCOMPARE(stored->reason, QStringLiteral("Projet mutualisé, urgence du service."));
        QCOMPARE(stored->amount, next.proposed());
        // A dossier not on the agenda is refused.
        QVERIFY(!campaign->recordAvis(kUpcoming, {999999, Avis::Kind::Favorable, {}, {}, {}}));
    }

    void allProposalsInOneAction()
    {
        auto campaign = demoCampaign();
        QSignalSpy spy(campaign.get(), &Campaign::changed);
        const auto dossiers = campaign->recordAllProposals(kUpcoming);
        QVERIFY2(dossiers.ok(), dossiers.ok() ? "" : qPrintable(dossiers.error().message));
        QCOMPARE(spy.size(), 1);
        const Change change = spy.at(0).at(0).value<Change>();
        QCOMPARE(change.kind, Change::Kind::Committee);
        QCOMPARE(change.session, kUpcoming);
        const SessionAgenda agenda = agendaOf(*campaign, kUpcoming);
        QCOMPARE(dossiers->size(), agenda.entries().size());
        Cents total = 0;
        for (const AgendaEntry& e : agenda.entries()) {
            QVERIFY(e.avis);
            QCOMPARE(e.avis->kind, Avis::Kind::Favorable);
            QCOMPARE(e.avis->amount, e.proposed());
            QCOMPARE(e.avis->departures, int(Avis::NoDeparture));
            total += e.proposed();
        }
        QCOMPARE(agenda.gauge().favourable, total);
        QCOMPARE(agenda.gauge().total(), agenda.gauge().committed + total);
        // Nothing left to give an avis on.
        QVERIFY(!campaign->recordAllProposals(kUpcoming));
        // The undo withdraws them.
        QVERIFY(campaign->clearAvis(kUpcoming, *dossiers).ok());
        QVERIFY(campaign->committee().avis(kUpcoming).isEmpty());
        QVERIFY(!campaign->clearAvis(kUpcoming, *dossiers)); // none left to withdraw
    }

    void lockingAndAuditedAmendments()
    {
        auto campaign = demoCampaign();
        QVERIFY(!campaign->validateSession(kUpcoming)); // dossiers without an avis
        QVERIFY(campaign->recordAllProposals(kUpcoming).ok());
        QVERIFY(campaign->validateSession(kUpcoming).ok());
        QVERIFY(campaign->committee().session(kUpcoming)->isValidated());
        const qint64 dossier = agendaOf(*campaign, kUpcoming).entries().constFirst().item.dossier;
        const auto locked =
            campaign->recordAvis(kUpcoming, {dossier, Avis::Kind::Defavorable, {}, {}, {}});
        QVERIFY(!locked);
        QVERIFY(locked.error().message.contains(QStringLiteral("amendement")));
        QVERIFY(!campaign->amendAvis(kUpcoming, {dossier, Avis::Kind::Ajourne, {}, {}, {}}));
        const auto amended = campaign->amendAvis(
            kUpcoming, {dossier, Avis::Kind::Ajourne, {}, {}, QStringLiteral("Pièce manquante.")});
        QVERIFY2(amended.ok(), amended.ok() ? "" : qPrintable(amended.error().message));
        const auto stored = campaign->committee().avis(kUpcoming, dossier);
        QVERIFY(stored->amended);
        QCOMPARE(stored->kind, Avis::Kind::Ajourne);
        QCOMPARE(stored->amendmentReason, QStringLiteral("Pièce manquante."));
        const QList<AuditEntry> audit =
            AuditLog(campaign->workspace().database())
                .entriesFor(QStringLiteral("session"), QString::number(kUpcoming));
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [&](const AuditEntry& e) {
            return e.field == QStringLiteral("amendment:%1").arg(dossier) &&
                   e.newValue.toString().contains(QStringLiteral("Pièce manquante."));
        }));
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry& e) {
            return e.field == QLatin1String("validated");
        }));
    }

    void decisionsTakenFromASession()
    {
        auto campaign = demoCampaign();
        QVERIFY(campaign->recordAllProposals(kUpcoming).ok());
        // Not before the chair's validation.
        QVERIFY(!campaign->takeSessionDecisions({kUpcoming, {}, {}, {}}));
        QVERIFY(campaign->validateSession(kUpcoming).ok());
        const SessionAgenda agenda = agendaOf(*campaign, kUpcoming);
        const Cents favourable = agenda.gauge().favourable;
        const LedgerTotals before = campaign->ledger().totals();
        // Over the envelope without a justification: refused, nothing decided. (The envelope
        // is cut so that the decisions go over it even without the first dossier's.)
        const qint64 first = agenda.entries().constFirst().item.dossier;
        const Cents room = before.remaining();
        const Cents target = favourable - agenda.entries().constFirst().avis->amount - 100;
        if (target < room)
            QVERIFY(campaign
                        ->amendEnvelope(-(room - target), QStringLiteral("Gel de crédits."),
                                        QDate(2021, 9, 1))
                        .ok());
        const qsizetype movements = campaign->ledger().movements().size();
        const auto refused = campaign->takeSessionDecisions({kUpcoming, {}, {}, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QVERIFY(refused.error().message.contains(QStringLiteral("justification")));
        QCOMPARE(campaign->ledger().movements().size(), movements);
        // A decision differing from the avis needs its reason.
        SessionDecisionRequest request{kUpcoming,
                                       QDate(2021, 9, 20),
                                       QStringLiteral("Priorité préfectorale."),
                                       {{first, Movement::Kind::Refus, {}, {}}}};
        QVERIFY(!campaign->takeSessionDecisions(request));
        request.overrides.first().reason = QStringLiteral("Projet retiré par la commune.");
        QSignalSpy spy(campaign.get(), &Campaign::changed);
        const auto report = campaign->takeSessionDecisions(request);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->movements.size(), agenda.entries().size());
        QCOMPARE(spy.size(), 2); // Committee, then Ledger
        for (const Movement& m : report->movements) {
            const DossierLedger ledger = campaign->ledger().dossier(m.dossier);
            if (m.dossier == first) {
                QCOMPARE(ledger.decision, DossierLedger::Decision::Refus);
                QCOMPARE(m.reason, QStringLiteral("Projet retiré par la commune."));
                continue;
            }
            QCOMPARE(ledger.decision, DossierLedger::Decision::Attribution);
            QCOMPARE(ledger.committed, agenda.find(m.dossier)->avis->amount);
            QCOMPARE(m.date, QDate(2021, 9, 20));
            QCOMPARE(m.justification, QStringLiteral("Priorité préfectorale."));
        }
        QCOMPARE(campaign->committee().decisions(kUpcoming).size(), report->movements.size());
        // Undone as cancellations in the ledger; the credits go back.
        const auto undone =
            campaign->undoSessionDecisions(kUpcoming, QStringLiteral("Annulation de l'action."));
        QVERIFY2(undone.ok(), undone.ok() ? "" : qPrintable(undone.error().message));
        QCOMPARE(undone->size(), report->movements.size());
        for (const Movement& m : *undone)
            QCOMPARE(m.kind, Movement::Kind::Cancellation);
        QCOMPARE(campaign->ledger().totals().committed, before.committed);
        for (const SessionDecision& d : campaign->committee().decisions(kUpcoming))
            QVERIFY(!d.stands());
        // And taken again (the redo).
        QVERIFY(campaign->takeSessionDecisions(request).ok());
    }

    // The chair's drag and drop: the order is kept; a list that is not the agenda is refused.
    void agendaReorderedAndRecusals()
    {
        auto campaign = demoCampaign();
        QList<qint64> order;
        const SessionAgenda before = agendaOf(*campaign, kUpcoming);
        for (const AgendaEntry& e : before.entries())
            order.prepend(e.item.dossier);
        QVERIFY(campaign->reorderAgenda(kUpcoming, order).ok());
        QList<qint64> shown;
        const SessionAgenda after = agendaOf(*campaign, kUpcoming);
        for (const AgendaEntry& e : after.entries())
            shown.append(e.item.dossier);
        QCOMPARE(shown, order);
        QVERIFY(!campaign->reorderAgenda(kUpcoming, order.mid(1)));
        QVERIFY(campaign->reorderAgenda(kUpcoming, {}).ok()); // back to the computed order
        QCOMPARE(agendaOf(*campaign, kUpcoming).entries().constFirst().item.dossier,
                 before.entries().constFirst().item.dossier);
        QVERIFY(campaign->reorderAgenda(kUpcoming, order).ok());
        QVERIFY(!campaign->reorderAgenda(kUpcoming, order + QList<qint64>{order.constFirst()}));
        // A member leaves the room and comes back; a stranger to the session is refused.
        const qint64 dossier = order.constFirst();
        QVERIFY(campaign->recordRecusal(kUpcoming, dossier, QStringLiteral("luc bernard")).ok());
        QVERIFY(campaign
                    ->recordRecusal(kUpcoming, dossier, QStringLiteral("Luc Bernard"),
                                    Recusal::Event::Returns)
                    .ok());
        QVERIFY(!campaign->recordRecusal(kUpcoming, dossier, QStringLiteral("Inconnu")));
        const QList<Recusal> recusals = campaign->committee().recusals(kUpcoming);
        QCOMPARE(recusals.size(), 2);
        QCOMPARE(recusals.at(0).member, QStringLiteral("Luc Bernard"));
        QCOMPARE(recusals.at(0).event, Recusal::Event::Leaves);
        QCOMPARE(recusals.at(1).event, Recusal::Event::Returns);
    }

    // Attendance changes until the session is validated; then it is the minutes' record.
    void attendanceUpdatedWhileOpen()
    {
        auto campaign = demoCampaign();
        Session session = *campaign->committee().session(kUpcoming);
        session.members[3].attendance = SessionMember::Attendance::Present; // Anne Petit came
        session.place = QStringLiteral("Sous-préfecture de Belley");
        QVERIFY(campaign->updateSession(session).ok());
        const Session stored = *campaign->committee().session(kUpcoming);
        QCOMPARE(stored.members.at(3).attendance, SessionMember::Attendance::Present);
        QCOMPARE(stored.place, QStringLiteral("Sous-préfecture de Belley"));
        session.members.append(session.members.constFirst()); // a member twice
        QVERIFY(!campaign->updateSession(session));
        Session validated = *campaign->committee().session(1);
        validated.place = QStringLiteral("Ailleurs");
        QVERIFY(!campaign->updateSession(validated));
    }

    // Sessions are numbered in the order they are held: a new one dated before the last, or
    // one moved before its predecessor, is refused naming the session in the way; nothing is
    // written.
    void sessionsNumberedInTheirOrder_data()
    {
        QTest::addColumn<int>("number"); // 0: a new session
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("inTheWay"); // 0: accepted
        QTest::newRow("new, before the last") << 0 << QDate(2021, 9, 1) << 3;
        QTest::newRow("new, before them all") << 0 << QDate(2021, 1, 5) << 3;
        QTest::newRow("new, the same day as the last") << 0 << QDate(2021, 9, 14) << 0;
        QTest::newRow("new, after") << 0 << QDate(2021, 10, 12) << 0;
        QTest::newRow("upcoming moved before the second") << 3 << QDate(2021, 7, 1) << 2;
        QTest::newRow("upcoming moved later") << 3 << QDate(2021, 9, 21) << 0;
    }
    void sessionsNumberedInTheirOrder()
    {
        QFETCH(int, number);
        QFETCH(QDate, date);
        QFETCH(int, inTheWay);
        auto campaign = demoCampaign();
        Session session = *campaign->committee().session(kUpcoming);
        session.number = number;
        session.date = date;
        session.validatedAt = {};
        Status status = success();
        if (number == 0) {
            if (const Result<int> created = campaign->createSession(session); !created)
                status = created.error();
        } else {
            status = campaign->updateSession(session);
        }
        const QList<Session> sessions = campaign->committee().sessions();
        if (inTheWay == 0) {
            QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
            return;
        }
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(QStringLiteral("n° %1 ").arg(inTheWay)),
                 qPrintable(status.error().message));
        QCOMPARE(sessions.size(), 3);
        QCOMPARE(sessions.constLast().date, QDate(2021, 9, 14));
    }

    // A session created by mistake goes: only the latest, still open, without avis or recusal
    // (the numbering keeps no gap, nothing the committee did is lost). Created again, it takes
    // the same number and the chair's order of its agenda.
    void sessionRemoval_data()
    {
        QTest::addColumn<QString>("before"); // what is done first
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("refusal"); // empty: removed
        QTest::newRow("the prepared session") << "" << kUpcoming << "";
        QTest::newRow("its agenda reordered") << "reorder" << kUpcoming << "";
        QTest::newRow("validated") << "" << 2 << QStringLiteral("validée");
        QTest::newRow("not the latest") << "new" << kUpcoming << QStringLiteral("n° 4 a été créée");
        QTest::newRow("with an avis") << "avis" << kUpcoming << QStringLiteral("avis");
        QTest::newRow("with a recusal") << "recusal" << kUpcoming << QStringLiteral("déports");
        QTest::newRow("unknown") << "" << 9 << QStringLiteral("Aucune séance n° 9");
    }
    void sessionRemoval()
    {
        QFETCH(QString, before);
        QFETCH(int, number);
        QFETCH(QString, refusal);
        auto campaign = demoCampaign();
        const SessionAgenda computed = agendaOf(*campaign, kUpcoming);
        QList<qint64> agenda; // reversed
        for (const AgendaEntry& e : computed.entries())
            agenda.prepend(e.item.dossier);
        QVERIFY(!agenda.isEmpty());
        if (before == QLatin1String("reorder"))
            QVERIFY(campaign->reorderAgenda(kUpcoming, agenda).ok());
        if (before == QLatin1String("new")) {
            Session later = *campaign->committee().session(kUpcoming);
            later.date = later.date.addMonths(1);
            QCOMPARE(campaign->createSession(later).value(), 4);
        }
        if (before == QLatin1String("avis")) {
            AvisRequest request;
            request.dossier = agenda.constLast(); // the first in the computed order
            request.kind = Avis::Kind::Ajourne;
            request.reason = QStringLiteral("Pièces à compléter");
            const Result<Avis> recorded = campaign->recordAvis(kUpcoming, request);
            QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));
        }
        if (before == QLatin1String("recusal"))
            QVERIFY(
                campaign
                    ->recordRecusal(kUpcoming, agenda.constFirst(), QStringLiteral("Luc Bernard"))
                    .ok());
        const std::optional<Session> session = campaign->committee().session(number);
        const QList<qint64> order = campaign->committee().agendaOrder(number);
        const qint64 audited = AuditLog(campaign->workspace().database()).count();
        const qsizetype sessions = campaign->committee().sessions().size();

        const Status status = campaign->removeSession(number);
        if (!refusal.isEmpty()) {
            QVERIFY(!status);
            QCOMPARE(status.error().kind, Error::Kind::BadInput);
            QVERIFY2(status.error().message.contains(refusal), qPrintable(status.error().message));
            QCOMPARE(campaign->committee().sessions().size(), sessions);
            QCOMPARE(AuditLog(campaign->workspace().database()).count(), audited);
            return;
        }
        QVERIFY2(status, status ? "" : qPrintable(status.error().message));
        QVERIFY(!campaign->committee().session(number));
        QVERIFY(campaign->committee().agendaOrder(number).isEmpty());
        QCOMPARE(AuditLog(campaign->workspace().database()).count(), audited + 1);
        // Created again (what undoing the removal does): same number, same details and order.
        const Result<int> again = campaign->createSession(*session, order);
        QVERIFY(again);
        QCOMPARE(*again, number);
        QCOMPARE(campaign->committee().session(number)->title(), session->title());
        QCOMPARE(campaign->committee().session(number)->members.size(), session->members.size());
        QCOMPARE(campaign->committee().agendaOrder(number), order);
    }

    // The programme's quorum: below it, the chair cannot validate.
    void quorumRefusesValidation()
    {
        Session s;
        s.members = {{QStringLiteral("A"), {}, SessionMember::Attendance::Present, {}},
                     {QStringLiteral("B"), {}, SessionMember::Attendance::Represented, {}},
                     {QStringLiteral("C"), {}, SessionMember::Attendance::Excused, {}}};
        QCOMPARE(s.quorum(std::nullopt).describe(), QStringLiteral("sans objet"));
        QVERIFY(s.quorum(std::nullopt).isMet());
        QVERIFY(s.quorum(2).isMet());
        QVERIFY(!s.quorum(3).isMet());
        QCOMPARE(s.quorum(3).seated, 2);
    }

    void projectionShowsOnlyPublicFacts()
    {
        auto campaign = demoCampaign();
        // Private things that must never reach the projector: a note, the committee's
        // observations and a departure's reason, the members' and instructors' names, links.
        const qint64 first = agendaOf(*campaign, kUpcoming).entries().constFirst().item.dossier;
        QVERIFY(campaign->setNote(first, QStringLiteral("NOTE-PRIVEE")).ok());
        QVERIFY(
            campaign
                ->recordAvis(
                    kUpcoming,
                    {first, Avis::Kind::Favorable, {}, QStringLiteral("OBSERVATION-PRIVEE"), {}})
                .ok());
        const SessionAgenda agenda = agendaOf(*campaign, kUpcoming);
        const QStringList secrets = {
            QStringLiteral("NOTE-PRIVEE"),         QStringLiteral("OBSERVATION-PRIVEE"),
            QStringLiteral("Claire Martin"),       QStringLiteral("Julien Roux"),
            QStringLiteral("Nadia Benali"),        QStringLiteral("Luc Bernard"),
            QStringLiteral("Maire de la commune"), QStringLiteral("@")};
        auto check = [&](const QString& shown) {
            for (const QString& secret : secrets)
                QVERIFY2(!shown.contains(secret), qPrintable(shown));
        };
        const QList<ProjectionSlide> slides = projectionSlides(agenda, campaign->programme());
        QCOMPARE(slides.size(), agenda.entries().size());
        for (const ProjectionSlide& s : slides) {
            const Dossier d = *campaign->dossiers().find(s.dossier);
            QCOMPARE(s.collectivity, d.applicantName);
            QCOMPARE(s.title, d.title);
            QCOMPARE(s.requested, d.requested);
            QCOMPARE(s.agendaSize, slides.size());
            QVERIFY(s.rank > 0);
            QVERIFY(s.proposed);
            QVERIFY(!s.basis.isEmpty());
            QVERIFY(!s.criteria.isEmpty());
            for (const ProjectedCriterion& c : s.criteria) {
                QVERIFY(c.level && !c.descriptor.isEmpty());
                check(c.label);
                check(c.descriptor);
            }
            for (const QString& shown :
                 {s.collectivity, s.title, s.subaxis, s.subaxisTitle, s.basis})
                check(shown);
        }
        const ProjectionGrid grid = projectionGrid(agenda, campaign->programme());
        QCOMPARE(grid.rows.size(), slides.size());
        QVERIFY(!grid.criteria.isEmpty());
        QVERIFY(grid.cutoff >= 0 && grid.cutoff <= grid.rows.size());
        for (qsizetype i = 1; i < grid.rows.size(); ++i)
            QVERIFY(grid.rows.at(i).rank > grid.rows.at(i - 1).rank);
        for (const ProjectionGridRow& row : grid.rows)
            check(row.collectivity);
        for (const QString& label : grid.criteria)
            check(label);
    }

    void sessionDueOfTheDemo()
    {
        FakeClock clock(QDateTime(QDate(2021, 9, 1), QTime(9, 0), Qt::UTC));
        auto campaign = demoCampaign();
        const auto due = campaign->sessionDue();
        QVERIFY(due.ok());
        QCOMPARE(due->why, SessionDue::Why::Planned); // the September session is convened
        QVERIFY(due->reason.contains(QStringLiteral("14/09/2021")));
    }
};

QTEST_GUILESS_MAIN(TestCommittee)
#include "TestCommittee.moc"
