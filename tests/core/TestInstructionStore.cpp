// Scores and opinions in the instruction store: round trips, refusals, audit.
#include "FakeClock.h"
#include "InstructionFixture.h"
#include "dossier/DossierRepository.h"
#include "storage/AuditLog.h"

#include <QSqlQuery>
#include <QTest>

using namespace guichet;
using namespace guichet::testing;

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
        const QDateTime now = utc("2021-10-05T14:20:00.125Z");
        const FakeClock clock(now);

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
        QCOMPARE(commentOnly.first().updatedAt, now);

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
        QVERIFY(status.error().isInputError());
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

        // No stance and no reason: the opinion is withdrawn (an undone first opinion), audited.
        Opinion none = bob;
        none.stance = Opinion::Stance::None;
        none.text.clear();
        QVERIFY(store.setOpinion(none).ok());
        QCOMPARE(store.opinions(103).size(), 1);
        QCOMPARE(store.history(103).constLast().newValue.toString(), QString());

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
