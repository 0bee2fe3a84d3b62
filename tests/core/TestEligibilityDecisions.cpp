// Eligibility decisions: justified overrides, manual checks, the verdict they give.
#include "FakeClock.h"
#include "InstructionFixture.h"
#include "storage/AuditLog.h"

#include <QSqlQuery>
#include <QTest>

using namespace guichet;
using namespace guichet::testing;

class TestEligibilityDecisions : public QObject
{
    Q_OBJECT

private slots:
    void decisions_data()
    {
        QTest::addColumn<qint64>("dossier");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("justification");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<bool>("overridden");
        QTest::addColumn<int>("verdict"); // after the decision

        // 101 passes every automatic check (verdict: incomplete, the manual checks are open);
        // 104 fails personnel_excluded (not eligible).
        QTest::newRow("override without justification")
            << qint64(101) << "population" << int(Outcome::Fail) << "" << false << false
            << int(Verdict::Incomplete);
        QTest::newRow("override with a blank justification")
            << qint64(101) << "population" << int(Outcome::Fail) << " \n\t " << false << false
            << int(Verdict::Incomplete);
        QTest::newRow("override to pass without justification")
            << qint64(104) << "personnel_excluded" << int(Outcome::Pass) << "" << false << false
            << int(Verdict::NotEligible);
        QTest::newRow("warning override without justification")
            << qint64(101) << "non_eu_licences" << int(Outcome::Warning) << "" << false << false
            << int(Verdict::Incomplete);
        QTest::newRow("override with justification")
            << qint64(101) << "population" << int(Outcome::Fail)
            << "Population 2021 : 512 000 habitants (fusion de communes)" << true << true
            << int(Verdict::NotEligible);
        QTest::newRow("override to pass with justification")
            << qint64(104) << "personnel_excluded" << int(Outcome::Pass)
            << "  Dépenses requalifiées en prestation externe  " << true << true
            << int(Verdict::Incomplete);
        QTest::newRow("automatic result confirmed, justified")
            << qint64(101) << "population" << int(Outcome::Pass) << "Vérifié sur l'INSEE" << true
            << false << int(Verdict::Incomplete);
        QTest::newRow("manual check without justification")
            << qint64(101) << "digital_transformation" << int(Outcome::Pass) << "" << true << false
            << int(Verdict::Incomplete);
        QTest::newRow("manual check failed without justification")
            << qint64(101) << "digital_transformation" << int(Outcome::Fail) << "" << true << false
            << int(Verdict::NotEligible);
        QTest::newRow("manual check with justification")
            << qint64(104) << "decision_level_commitment" << int(Outcome::Pass)
            << "Délibération du 12/07/2021" << true << false << int(Verdict::NotEligible);
        QTest::newRow("unknown check") << qint64(101) << "budget_vote" << int(Outcome::Pass)
                                       << "voté" << false << false << int(Verdict::Incomplete);
        QTest::newRow("unknown dossier")
            << qint64(999) << "digital_transformation" << int(Outcome::Pass) << "" << false << false
            << int(Verdict::Incomplete);
    }
    void decisions()
    {
        QFETCH(qint64, dossier);
        QFETCH(QString, check);
        QFETCH(int, outcome);
        QFETCH(QString, justification);
        QFETCH(bool, accepted);
        QFETCH(bool, overridden);
        QFETCH(int, verdict);

        const QDateTime now = utc("2021-07-20T16:45:10.375Z");
        const FakeClock clock(now);
        Fixture f;
        QVERIFY(f.open());
        InstructionStore store = f.store();
        const EligibilityEvaluator evaluator(f.programme());
        const QByteArray digest = testing::contentDigest(f.path);
        const qint64 audited = f.auditCount();

        EligibilityDecision decision;
        decision.dossier = dossier;
        decision.check = check;
        decision.outcome = Outcome(outcome);
        decision.justification = justification;
        const Status status = store.decide(decision);
        QCOMPARE(status.ok(), accepted);
        if (!accepted) {
            QVERIFY(status.error().isInputError());
            QCOMPARE(testing::contentDigest(f.path), digest);
            QCOMPARE(f.auditCount(), audited);
            QVERIFY(store.decisions(dossier).isEmpty());
            QVERIFY(store.allDecisions().isEmpty());
            if (dossier != 999)
                QCOMPARE(int(evaluator.evaluate(f.load(dossier), store.decisions(dossier)).verdict),
                         verdict);
            return;
        }

        const QHash<QString, EligibilityDecision> stored = store.decisions(dossier);
        QCOMPARE(stored.size(), 1);
        const EligibilityDecision& d = stored.value(check);
        QCOMPARE(d.dossier, dossier);
        QCOMPARE(d.check, check);
        QCOMPARE(int(d.outcome), outcome);
        QCOMPARE(d.justification, justification.trimmed());
        QCOMPARE(d.instructor, kActor); // no instructor given: the store's actor
        QCOMPARE(d.decidedAt, now);     // no time given: now
        QCOMPARE(store.decisionsBy(kActor).size(), 1);
        QCOMPARE(store.allDecisions().value(dossier).size(), 1);
        QCOMPARE(f.auditCount(), audited + 1);
        QCOMPARE(store.history(dossier).size(), 1);
        QCOMPARE(store.history(dossier).first().field, QStringLiteral("eligibility:") + check);

        const EligibilityAssessment assessment = evaluator.evaluate(f.load(dossier), stored);
        const CheckResult* result = findCheck(assessment, check);
        QVERIFY(result);
        QCOMPARE(int(result->outcome), outcome);
        QCOMPARE(result->overridden, overridden);
        QCOMPARE(result->decidedBy, kActor);
        // The reason shows the justification of an override or of a manual decision.
        if ((result->overridden || !result->automatic) && !justification.trimmed().isEmpty())
            QVERIFY2(result->reason.contains(justification.trimmed()), qPrintable(result->reason));
        QCOMPARE(int(assessment.verdict), verdict);
    }

    void verdictFollowsDecisions()
    {
        Fixture f;
        QVERIFY(f.open());
        InstructionStore store = f.store();
        const EligibilityEvaluator evaluator(f.programme());
        const Dossier d = f.load(101);
        auto verdict = [&] {
            return evaluator.evaluate(d, store.decisions(101)).verdict;
        };
        QCOMPARE(verdict(), Verdict::Incomplete);

        for (const char* manual :
             {"decision_level_commitment", "digital_transformation", "joint_project_contact"}) {
            EligibilityDecision decision;
            decision.dossier = 101;
            decision.check = QString::fromLatin1(manual);
            decision.outcome = Outcome::Pass;
            decision.instructor = QStringLiteral("Bob");
            QVERIFY(store.decide(decision).ok());
        }
        QCOMPARE(verdict(), Verdict::Eligible);
        QCOMPARE(store.decisionsBy(QStringLiteral("Bob")).size(), 3);

        EligibilityDecision overriding;
        overriding.dossier = 101;
        overriding.check = QStringLiteral("population");
        overriding.outcome = Outcome::Fail;
        overriding.justification = QStringLiteral("Population hors plafond");
        QVERIFY(store.decide(overriding).ok());
        QCOMPARE(verdict(), Verdict::NotEligible);
        QCOMPARE(store.decisions(101).size(), 4);

        // "To check" clears the decision (no justification needed): the automatic result is
        // back.
        const qint64 audited = f.auditCount();
        EligibilityDecision reset;
        reset.dossier = 101;
        reset.check = QStringLiteral("population");
        reset.outcome = Outcome::ToCheck;
        QVERIFY(store.decide(reset).ok());
        QVERIFY(!store.decisions(101).contains(QStringLiteral("population")));
        QCOMPARE(store.decisions(101).size(), 3);
        QCOMPARE(verdict(), Verdict::Eligible);
        QCOMPARE(f.auditCount(), audited + 1);
        QCOMPARE(store.history(101).constLast().field, QStringLiteral("eligibility:population"));
        QVERIFY(store.history(101).constLast().newValue.toString().isEmpty());
        // The assessment outlives the pointer into it (AddressSanitizer found it freed).
        const EligibilityAssessment reassessed = evaluator.evaluate(d, store.decisions(101));
        const CheckResult* population = findCheck(reassessed, QStringLiteral("population"));
        QVERIFY(population);
        QVERIFY(!population->overridden);
        QVERIFY(population->decidedBy.isEmpty());

        // Clearing what is not there writes nothing.
        const QByteArray digest = testing::contentDigest(f.path);
        QVERIFY(store.decide(reset).ok());
        QVERIFY(store.clearDecision(101, QStringLiteral("start_date")).ok());
        QCOMPARE(testing::contentDigest(f.path), digest);

        // A manual check cleared: incomplete again.
        QVERIFY(store.clearDecision(101, QStringLiteral("joint_project_contact")).ok());
        QCOMPARE(verdict(), Verdict::Incomplete);
    }
};

QTEST_GUILESS_MAIN(TestEligibilityDecisions)
#include "TestEligibilityDecisions.moc"
