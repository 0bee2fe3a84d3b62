#include "TestWorkspace.h"
#include "dossier/DossierRepository.h"
#include "instruction/Eligibility.h"
#include "instruction/InstructionStore.h"
#include "storage/AuditLog.h"

#include <QSqlQuery>
#include <QTest>

using namespace guichet;

namespace {

using Outcome = CheckResult::Outcome;
using Verdict = EligibilityAssessment::Verdict;

const QString kActor = QStringLiteral("Claire Martin");
const QString kBageName = QStringLiteral("Commune de Bâgé-Dommartin");
const QString kBageSiren = QStringLiteral("210100251");

// A dossier every automatic rule of the Ain programme accepts.
Dossier dossier(qint64 number, const QString& name, const QString& siren, const QString& subaxis)
{
    return testing::eligibleDossier(number, name, siren, subaxis);
}

// 101 (3a) and 102 (3b) are Bâgé's; 103 (3c) is another applicant's; 104 (3a) has personnel
// costs, which the programme excludes.
QList<Dossier> dossiers()
{
    Dossier withPersonnel = dossier(104, QStringLiteral("Commune de Replonges"),
                                    QStringLiteral("210103206"), QStringLiteral("3a"));
    withPersonnel.personnelCost = 500000;
    return {dossier(101, kBageName, kBageSiren, QStringLiteral("3a")),
            dossier(102, kBageName, kBageSiren, QStringLiteral("3b")),
            dossier(103, QStringLiteral("CC de la Veyle"), QStringLiteral("200070118"),
                    QStringLiteral("3c")),
            withPersonnel};
}

QDateTime utc(const char* iso)
{
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(at.isValid());
    return at;
}

Score score(qint64 dossier, const QString& instructor, const QString& criterion,
            std::optional<int> level, const QString& comment = {}, const QDateTime& at = {})
{
    Score s;
    s.dossier = dossier;
    s.instructor = instructor;
    s.criterion = criterion;
    s.level = level;
    s.comment = comment;
    s.updatedAt = at;
    return s;
}

QString describe(const QList<Score>& scores)
{
    QStringList lines;
    for (const Score& s : scores)
        lines.append(QStringLiteral("%1 %2 %3 %4 [%5]")
                         .arg(s.dossier)
                         .arg(s.instructor, s.criterion,
                              s.level ? QString::number(*s.level) : QStringLiteral("-"),
                              s.comment));
    return lines.join(QLatin1Char('\n'));
}

const CheckResult* find(const EligibilityAssessment& assessment, const QString& code)
{
    for (const CheckResult& r : assessment.checks) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

struct Fixture
{
    testing::TestDir dir;
    QString path;
    std::unique_ptr<Workspace> ws;

    bool open()
    {
        path = dir.path(QStringLiteral("i.guichet"));
        ws = testing::createWorkspace(path);
        return ws && DossierRepository(*ws).insert(dossiers()).ok();
    }
    QSqlDatabase db() const { return ws->database(); }
    const Programme& programme() const { return ws->programme(); }
    InstructionStore store(const QString& actor = kActor) const
    {
        return InstructionStore(db(), programme(), actor);
    }
    qint64 auditCount() const { return AuditLog(db()).count(); }
    Dossier load(qint64 number) const { return *DossierRepository(*ws).find(number); }
};

} // namespace

class TestInstructionStore : public QObject
{
    Q_OBJECT

private slots:
    void scoreRoundTrip()
    {
        Fixture f;
        QVERIFY(f.open());
        InstructionStore store = f.store();
        const QString alice = QStringLiteral("Alice");
        const QString bob = QStringLiteral("Bob");
        const QDateTime t0 = utc("2021-10-04T09:15:30.250Z");

        QVERIFY(store.scores(101).isEmpty());
        QVERIFY(store
                    .setScore(score(101, alice, QStringLiteral("impact"), 2,
                                    QStringLiteral("Indicateurs « délais » prévus"), t0))
                    .ok());
        QVERIFY(store
                    .setScore(
                        score(101, alice, QStringLiteral("besoin_mise_a_niveau"), 3, QString(), t0))
                    .ok());
        QVERIFY(store.setScore(score(101, bob, QStringLiteral("impact"), 1, QString(), t0)).ok());
        // developpement_competences applies to 3b: accepted on 102.
        QVERIFY(store
                    .setScore(score(102, alice, QStringLiteral("developpement_competences"), 0,
                                    QString(), t0))
                    .ok());
        // A comment alone, no level yet.
        QVERIFY(store
                    .setScore(score(103, alice, QStringLiteral("essaimage"), std::nullopt,
                                    QStringLiteral("à demander : autres communes ?")))
                    .ok());

        const QList<Score> on101 = store.scores(101);
        QCOMPARE(describe(on101), QStringLiteral("101 Alice besoin_mise_a_niveau 3 []\n"
                                                 "101 Alice impact 2 [Indicateurs « délais » "
                                                 "prévus]\n"
                                                 "101 Bob impact 1 []"));
        QCOMPARE(on101.at(1).updatedAt, t0);
        QCOMPARE(on101.at(1).updatedAt.timeSpec(), Qt::UTC);

        QCOMPARE(describe(store.scoresBy(alice)),
                 QStringLiteral("101 Alice besoin_mise_a_niveau 3 []\n"
                                "101 Alice impact 2 [Indicateurs « délais » prévus]\n"
                                "102 Alice developpement_competences 0 []\n"
                                "103 Alice essaimage - [à demander : autres communes ?]"));
        QCOMPARE(describe(store.scoresBy(bob)), QStringLiteral("101 Bob impact 1 []"));
        QVERIFY(store.scoresBy(QStringLiteral("Chloé")).isEmpty());

        const QList<Score> commentOnly = store.scores(103);
        QCOMPARE(commentOnly.size(), 1);
        QVERIFY(!commentOnly.first().level);
        // No time given: now.
        QVERIFY(qAbs(commentOnly.first().updatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        const QHash<qint64, QList<Score>> all = store.allScores();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.value(101).size(), 3);
        QCOMPARE(all.value(102).size(), 1);
        QVERIFY(!all.contains(104));

        // A second store on the same file reads the same.
        QCOMPARE(describe(InstructionStore(f.db(), f.programme(), QStringLiteral("x")).scores(101)),
                 describe(on101));

        // Changing a level replaces it, with its time.
        const QDateTime t1 = t0.addDays(1);
        QVERIFY(store
                    .setScore(score(101, alice, QStringLiteral("impact"), 3,
                                    QStringLiteral("Indicateurs « délais » prévus"), t1))
                    .ok());
        QCOMPARE(store.scores(101).at(1).level.value_or(-1), 3);
        QCOMPARE(store.scores(101).at(1).updatedAt, t1);
        QCOMPARE(store.scores(101).size(), 3);
    }

    void everyChangeIsAudited()
    {
        Fixture f;
        QVERIFY(f.open());
        InstructionStore store = f.store();
        const QString alice = QStringLiteral("Alice");
        QVERIFY(store.history(101).isEmpty());
        const qint64 start = f.auditCount();

        QVERIFY(store.setScore(score(101, alice, QStringLiteral("impact"), 2)).ok());
        QCOMPARE(f.auditCount(), start + 1);
        QVERIFY(
            store.setScore(score(101, alice, QStringLiteral("impact"), 2, QStringLiteral("Bien")))
                .ok());
        QCOMPARE(f.auditCount(), start + 2);
        // The same content again is no change: nothing written.
        QVERIFY(
            store.setScore(score(101, alice, QStringLiteral("impact"), 2, QStringLiteral("Bien")))
                .ok());
        QCOMPARE(f.auditCount(), start + 2);
        QVERIFY(store
                    .setScore(score(101, alice, QStringLiteral("impact"), 1, QStringLiteral("Bien"),
                                    QDateTime::currentDateTimeUtc().addSecs(5)))
                    .ok());
        QCOMPARE(f.auditCount(), start + 3);

        const QList<AuditEntry> history = store.history(101);
        QCOMPARE(history.size(), 3);
        for (const AuditEntry& e : history) {
            QCOMPARE(e.who, kActor);
            QCOMPARE(e.entity, QStringLiteral("dossier"));
            QCOMPARE(e.entityId, QStringLiteral("101"));
            QCOMPARE(e.field, QStringLiteral("score:Alice:impact"));
        }
        QCOMPARE(history.at(0).oldValue.toString(), QString());
        QCOMPARE(history.at(0).newValue.toString(), QStringLiteral("2"));
        QCOMPARE(history.at(1).oldValue.toString(), QStringLiteral("2"));
        QCOMPARE(history.at(1).newValue.toString(), QStringLiteral("2 — Bien"));
        QCOMPARE(history.at(2).oldValue.toString(), QStringLiteral("2 — Bien"));
        QCOMPARE(history.at(2).newValue.toString(), QStringLiteral("1 — Bien"));
        QVERIFY(store.history(102).isEmpty());

        // Opinions and decisions too, in the same history.
        Opinion opinion;
        opinion.dossier = 101;
        opinion.instructor = alice;
        opinion.stance = Opinion::Stance::Favourable;
        QVERIFY(store.setOpinion(opinion).ok());
        EligibilityDecision decision;
        decision.dossier = 101;
        decision.check = QStringLiteral("digital_transformation");
        decision.outcome = Outcome::Pass;
        QVERIFY(store.decide(decision).ok());
        QCOMPARE(f.auditCount(), start + 5);
        QCOMPARE(store.history(101).size(), 5);
        QCOMPARE(store.history(101).at(3).field, QStringLiteral("opinion:Alice"));
        QCOMPARE(store.history(101).at(4).field,
                 QStringLiteral("eligibility:digital_transformation"));
        // A note is audited on the dossier too, but is not instruction history.
        QVERIFY(DossierRepository(f.db(), kActor).setNote(101, QStringLiteral("relancer")).ok());
        QCOMPARE(f.auditCount(), start + 6);
        QCOMPARE(store.history(101).size(), 5);
    }

    void invalidScoresAreRefused_data()
    {
        QTest::addColumn<qint64>("dossier");
        QTest::addColumn<QString>("instructor");
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("message");

        QTest::newRow("level above the scale") << qint64(101) << "Alice"
                                               << "impact" << 4 << "hors de l'échelle";
        QTest::newRow("level below the scale") << qint64(101) << "Alice"
                                               << "impact" << -1 << "hors de l'échelle";
        QTest::newRow("far above the scale") << qint64(103) << "Alice"
                                             << "essaimage" << 100 << "(0 à 3)";
        QTest::newRow("unknown criterion") << qint64(101) << "Alice"
                                           << "originalite" << 2 << "Critère inconnu";
        QTest::newRow("criterion for 3b only, on a 3a dossier")
            << qint64(101) << "Alice"
            << "developpement_competences" << 2 << "ne s'applique pas";
        QTest::newRow("criterion for 3b only, on a 3c dossier")
            << qint64(103) << "Alice"
            << "developpement_competences" << 2 << "sous-axe 3c";
        QTest::newRow("unknown dossier") << qint64(999) << "Alice"
                                         << "impact" << 2 << "n'existe pas";
        QTest::newRow("no instructor") << qint64(101) << "  "
                                       << "impact" << 2 << "instructeur";
    }
    void invalidScoresAreRefused()
    {
        QFETCH(qint64, dossier);
        QFETCH(QString, instructor);
        QFETCH(QString, criterion);
        QFETCH(int, level);
        QFETCH(QString, message);

        Fixture f;
        QVERIFY(f.open());
        InstructionStore store = f.store();
        // Something there already, which must stay as it is.
        QVERIFY(store
                    .setScore(score(101, QStringLiteral("Alice"), QStringLiteral("impact"), 1,
                                    QStringLiteral("avant")))
                    .ok());
        const QString before = describe(store.allScores().value(101));
        const QByteArray digest = testing::contentDigest(f.path);
        const qint64 audited = f.auditCount();

        const Status status = store.setScore(score(dossier, instructor, criterion, level));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::BadInput);
        QVERIFY2(status.error().message.contains(message), qPrintable(status.error().message));

        QCOMPARE(f.auditCount(), audited);
        QCOMPARE(describe(store.allScores().value(101)), before);
        QCOMPARE(store.allScores().size(), 1);
        QCOMPARE(testing::contentDigest(f.path), digest);

        // The same on the lower-level path a package merge uses.
        QVERIFY(!store.writeScore(score(dossier, instructor, criterion, level)).ok());
        QCOMPARE(testing::contentDigest(f.path), digest);
    }

    void clearingDeletesTheScore()
    {
        Fixture f;
        QVERIFY(f.open());
        InstructionStore store = f.store();
        const QString alice = QStringLiteral("Alice");
        QVERIFY(store
                    .setScore(score(101, alice, QStringLiteral("impact"), 2,
                                    QStringLiteral("Gains chiffrés")))
                    .ok());
        QVERIFY(store.setScore(score(101, alice, QStringLiteral("portage"), 3)).ok());

        // The level withdrawn, the comment kept: the row stays, without a level.
        QVERIFY(store
                    .setScore(score(101, alice, QStringLiteral("impact"), std::nullopt,
                                    QStringLiteral("Gains chiffrés")))
                    .ok());
        QCOMPARE(describe(store.scores(101)),
                 QStringLiteral("101 Alice impact - [Gains chiffrés]\n101 Alice portage 3 []"));

        // No level and no comment: the score is gone.
        const qint64 audited = f.auditCount();
        QVERIFY(store.setScore(score(101, alice, QStringLiteral("impact"), std::nullopt)).ok());
        QCOMPARE(describe(store.scores(101)), QStringLiteral("101 Alice portage 3 []"));
        QCOMPARE(f.auditCount(), audited + 1);
        const AuditEntry last = store.history(101).constLast();
        QCOMPARE(last.field, QStringLiteral("score:Alice:impact"));
        QCOMPARE(last.oldValue.toString(), QStringLiteral("– — Gains chiffrés"));
        QVERIFY(last.newValue.toString().isEmpty());

        QVERIFY(store.setScore(score(101, alice, QStringLiteral("portage"), std::nullopt)).ok());
        QVERIFY(store.scores(101).isEmpty());
        QVERIFY(store.scoresBy(alice).isEmpty());
        QCOMPARE(store.history(101).size(), 5);
    }

    void clearingNothingChangesNothing()
    {
        Fixture f;
        QVERIFY(f.open());
        InstructionStore store = f.store();
        const QByteArray digest = testing::contentDigest(f.path);
        const qint64 audited = f.auditCount();
        // No score to clear: there is no change to record either (as an opinion set to
        // nothing, a note set to what it is, a decision cleared twice).
        QVERIFY(store
                    .setScore(
                        score(101, QStringLiteral("Alice"), QStringLiteral("impact"), std::nullopt))
                    .ok());
        QVERIFY(store.scores(101).isEmpty());
        Opinion none;
        none.dossier = 101;
        none.instructor = QStringLiteral("Alice");
        QVERIFY(store.setOpinion(none).ok());
        QVERIFY(store.opinions(101).isEmpty());
        QCOMPARE(f.auditCount(), audited);
        QVERIFY(store.history(101).isEmpty());
        QCOMPARE(testing::contentDigest(f.path), digest);
    }

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
            QCOMPARE(status.error().kind, Error::Kind::BadInput);
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
        QVERIFY(qAbs(d.decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(store.decisionsBy(kActor).size(), 1);
        QCOMPARE(store.allDecisions().value(dossier).size(), 1);
        QCOMPARE(f.auditCount(), audited + 1);
        QCOMPARE(store.history(dossier).size(), 1);
        QCOMPARE(store.history(dossier).first().field, QStringLiteral("eligibility:") + check);

        const EligibilityAssessment assessment = evaluator.evaluate(f.load(dossier), stored);
        const CheckResult* result = find(assessment, check);
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
        const CheckResult* population =
            find(evaluator.evaluate(d, store.decisions(101)), QStringLiteral("population"));
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

    void conflictWithdrawsAndBars()
    {
        Fixture f;
        QVERIFY(f.open());
        InstructionStore store = f.store();
        const QString alice = QStringLiteral("Alice");
        const QString bob = QStringLiteral("Bob");
        QVERIFY(store.setScore(score(101, alice, QStringLiteral("impact"), 2)).ok());
        QVERIFY(store.setScore(score(101, alice, QStringLiteral("portage"), 1)).ok());
        QVERIFY(store
                    .setScore(score(102, alice, QStringLiteral("developpement_competences"),
                                    std::nullopt, QStringLiteral("à voir")))
                    .ok());
        QVERIFY(store.setScore(score(103, alice, QStringLiteral("impact"), 3)).ok());
        QVERIFY(store.setScore(score(101, bob, QStringLiteral("impact"), 1)).ok());
        Opinion opinion;
        opinion.dossier = 102;
        opinion.instructor = alice;
        opinion.stance = Opinion::Stance::Reserved;
        QVERIFY(store.setOpinion(opinion).ok());

        // Incomplete declarations are refused.
        ConflictDeclaration incomplete{alice, kBageSiren, kBageName, QStringLiteral("  "), {}};
        const Result<int> refused = store.declareConflict(incomplete);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QVERIFY(store.conflicts().isEmpty());

        const qint64 audited = f.auditCount();
        ConflictDeclaration declaration{
            alice, kBageSiren, kBageName, QStringLiteral("conseillère municipale"), {}};
        const Result<int> withdrawn = store.declareConflict(declaration);
        QVERIFY(withdrawn.ok());
        QCOMPARE(withdrawn.value(), 3); // 101 impact, 101 portage, 102 comment

        QCOMPARE(describe(store.scoresBy(alice)), QStringLiteral("103 Alice impact 3 []"));
        QCOMPARE(describe(store.scores(101)), QStringLiteral("101 Bob impact 1 []"));
        QVERIFY(store.opinionsBy(alice).isEmpty());
        // The withdrawals are in the log: 3 scores, 1 opinion, the declaration.
        QCOMPARE(f.auditCount(), audited + 5);
        QCOMPARE(AuditLog(f.db()).entriesFor(QStringLiteral("conflict"), kBageSiren).size(), 1);
        QCOMPARE(store.history(101).constLast().field, QStringLiteral("score:Alice:portage"));
        QVERIFY(store.history(101).constLast().newValue.toString().isEmpty());

        const QList<ConflictDeclaration> conflicts = store.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().person, alice);
        QCOMPARE(conflicts.first().applicantSiren, kBageSiren);
        QCOMPARE(conflicts.first().applicantName, kBageName);
        QCOMPARE(conflicts.first().link, QStringLiteral("conseillère municipale"));
        QVERIFY(store.conflictFor(alice, 101));
        QVERIFY(store.conflictFor(alice, 102));
        QVERIFY(!store.conflictFor(alice, 103));
        QVERIFY(!store.conflictFor(bob, 101));

        // Alice can no longer score Bâgé's dossiers, nor give an opinion on them.
        const QByteArray digest = testing::contentDigest(f.path);
        const Status barred = store.setScore(score(102, alice, QStringLiteral("impact"), 2));
        QVERIFY(!barred.ok());
        QCOMPARE(barred.error().kind, Error::Kind::BadInput);
        QVERIFY2(barred.error().message.contains(kBageName), qPrintable(barred.error().message));
        opinion.dossier = 101;
        QVERIFY(!store.setOpinion(opinion).ok());
        QCOMPARE(testing::contentDigest(f.path), digest);

        // Others can; and Alice still can on other applicants' dossiers.
        QVERIFY(store.setScore(score(101, bob, QStringLiteral("portage"), 2)).ok());
        QVERIFY(store.setScore(score(103, alice, QStringLiteral("portage"), 2)).ok());

        // The file itself refuses her scores, whatever writes them.
        QSqlQuery insert(f.db());
        QVERIFY(!insert.exec(
            QStringLiteral("INSERT INTO scores (dossier_number, instructor, criterion, level, "
                           "comment, updated_at) VALUES (101, 'Alice', 'impact', 3, '', "
                           "'2021-10-04T08:00:00.000Z')")));
        QSqlQuery update(f.db());
        QVERIFY(!update.exec(QStringLiteral("UPDATE scores SET instructor = 'Alice' WHERE "
                                            "dossier_number = 101 AND instructor = 'Bob'")));
        QCOMPARE(describe(store.scores(101)),
                 QStringLiteral("101 Bob impact 1 []\n101 Bob portage 2 []"));
        // ...but not a score of hers on another applicant's dossier.
        QSqlQuery allowed(f.db());
        QVERIFY(allowed.exec(
            QStringLiteral("INSERT INTO scores (dossier_number, instructor, criterion, level, "
                           "comment, updated_at) VALUES (103, 'Alice', 'essaimage', 1, '', "
                           "'2021-10-04T08:00:00.000Z')")));
    }

    void opinionRoundTrip()
    {
        Fixture f;
        QVERIFY(f.open());
        InstructionStore store = f.store();
        const QDateTime t0 = utc("2021-10-05T14:00:00.000Z");
        Opinion opinion;
        opinion.dossier = 103;
        opinion.instructor = QStringLiteral("Alice");
        opinion.stance = Opinion::Stance::Favourable;
        opinion.text = QStringLiteral("Projet structurant pour l'intercommunalité");
        opinion.updatedAt = t0;
        QVERIFY(store.opinions(103).isEmpty());
        QVERIFY(store.setOpinion(opinion).ok());

        QList<Opinion> stored = store.opinions(103);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().dossier, qint64(103));
        QCOMPARE(stored.first().instructor, QStringLiteral("Alice"));
        QCOMPARE(stored.first().stance, Opinion::Stance::Favourable);
        QCOMPARE(stored.first().text, opinion.text);
        QCOMPARE(stored.first().updatedAt, t0);
        QCOMPARE(store.opinionsBy(QStringLiteral("Alice")).size(), 1);
        QVERIFY(store.opinionsBy(QStringLiteral("Bob")).isEmpty());
        QCOMPARE(store.history(103).size(), 1);
        QCOMPARE(store.history(103).first().newValue.toString(),
                 QStringLiteral("Favorable — Projet structurant pour l'intercommunalité"));

        // The same again: nothing written.
        QVERIFY(store.setOpinion(opinion).ok());
        QCOMPARE(store.history(103).size(), 1);

        opinion.stance = Opinion::Stance::Reserved;
        opinion.text.clear();
        opinion.updatedAt = t0.addSecs(3600);
        QVERIFY(store.setOpinion(opinion).ok());
        stored = store.opinions(103);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().stance, Opinion::Stance::Reserved);
        QVERIFY(stored.first().text.isEmpty());
        QCOMPARE(stored.first().updatedAt, t0.addSecs(3600));
        QCOMPARE(store.history(103).size(), 2);
        QCOMPARE(store.history(103).constLast().oldValue.toString(),
                 QStringLiteral("Favorable — Projet structurant pour l'intercommunalité"));
        QCOMPARE(store.history(103).constLast().newValue.toString(), QStringLiteral("Réservé"));

        // A second instructor's opinion sits beside it.
        Opinion bob = opinion;
        bob.instructor = QStringLiteral("Bob");
        bob.stance = Opinion::Stance::Unfavourable;
        QVERIFY(store.setOpinion(bob).ok());
        QCOMPARE(store.opinions(103).size(), 2);
        QCOMPARE(store.opinions(103).at(1).stance, Opinion::Stance::Unfavourable);

        // Unknown dossier: refused, nothing written.
        const QByteArray digest = testing::contentDigest(f.path);
        Opinion nowhere = opinion;
        nowhere.dossier = 999;
        const Status status = store.setOpinion(nowhere);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::BadInput);
        QCOMPARE(testing::contentDigest(f.path), digest);

        for (Opinion::Stance stance : {Opinion::Stance::None, Opinion::Stance::Favourable,
                                       Opinion::Stance::Reserved, Opinion::Stance::Unfavourable})
            QVERIFY(Opinion::fromApiName(Opinion::apiName(stance)) == stance);
        QVERIFY(!Opinion::fromApiName(QStringLiteral("enthusiastic")));
    }
};

QTEST_GUILESS_MAIN(TestInstructionStore)
#include "TestInstructionStore.moc"
