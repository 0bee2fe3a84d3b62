// Conflicts of interest (déport): withdrawal of scores and refusal of later ones.
#include "InstructionFixture.h"
#include "storage/AuditLog.h"

#include <QSqlQuery>
#include <QTest>

using namespace guichet;
using namespace guichet::testing;

class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
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
        const auto refused = store.declareConflict(incomplete);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QVERIFY(store.conflicts().isEmpty());

        const qint64 audited = f.auditCount();
        ConflictDeclaration declaration{
            alice, kBageSiren, kBageName, QStringLiteral("conseillère municipale"), {}};
        const auto withdrawn = store.declareConflict(declaration);
        QVERIFY(withdrawn.ok());
        QCOMPARE(withdrawn->scores.size(), 3); // 101 impact, 101 portage, 102 comment

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
        QCOMPARE(barred.error().kind, Error::Kind::Barred);
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

    // A declaration made again changes the link, not the applicant's name first recorded.
    void declaringAgainKeepsTheApplicantName()
    {
        Fixture f;
        QVERIFY(f.open());
        InstructionStore store = f.store();
        const QString alice = QStringLiteral("Alice");
        QVERIFY(
            store
                .declareConflict(
                    {alice, kBageSiren, kBageName, QStringLiteral("conseillère municipale"), {}})
                .ok());
        QVERIFY(store
                    .declareConflict({alice,
                                      kBageSiren,
                                      QStringLiteral("Autre nom"),
                                      QStringLiteral("adjointe au maire"),
                                      {}})
                    .ok());
        const QList<ConflictDeclaration> conflicts = store.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().applicantName, kBageName);
        QCOMPARE(conflicts.first().link, QStringLiteral("adjointe au maire"));
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "TestConflicts.moc"
