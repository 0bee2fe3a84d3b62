// The campaign: every change through one door, announced once committed, refused ones silent
// and leaving the file as it was.
#include "FakeClock.h"
#include "InstructionFixture.h"
#include "campaign/Campaign.h"

#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using namespace guichet::testing;

namespace {
struct CampaignFixture
{
    InstructionFixture f;
    std::unique_ptr<Campaign> campaign;

    bool open()
    {
        if (!f.open())
            return false;
        f.ws->setActor(kActor);
        campaign = std::make_unique<Campaign>(std::move(f.ws));
        return true;
    }
    qint64 auditCount() const { return AuditLog(campaign->workspace().database()).count(); }
};

Change only(const QSignalSpy& spy)
{
    return spy.constFirst().constFirst().value<Change>();
}
} // namespace

class TestCampaign : public QObject
{
    Q_OBJECT

private slots:
    void eachChangeIsAnnouncedAfterItsCommit_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("dossier");
        QTest::newRow("note") << 0 << int(Change::Kind::Note) << qint64(101);
        QTest::newRow("score") << 1 << int(Change::Kind::Scores) << qint64(102);
        QTest::newRow("opinion") << 2 << int(Change::Kind::Opinions) << qint64(103);
        QTest::newRow("eligibility") << 3 << int(Change::Kind::Eligibility) << qint64(101);
    }

    void eachChangeIsAnnouncedAfterItsCommit()
    {
        QFETCH(int, what);
        QFETCH(int, kind);
        QFETCH(qint64, dossier);
        const FakeClock clock(utc("2021-09-01T08:30:00.250Z"));
        CampaignFixture c;
        QVERIFY(c.open());
        QSignalSpy spy(c.campaign.get(), &Campaign::changed);
        qint64 auditedWhenAnnounced = -1;
        connect(c.campaign.get(), &Campaign::changed, this,
                [&] { auditedWhenAnnounced = c.auditCount(); });
        const qint64 audited = c.auditCount();
        Status status = success();
        switch (what) {
        case 0:
            status = c.campaign->setNote(dossier, QStringLiteral("Délibération à demander"));
            break;
        case 1:
            status = c.campaign->setScore(score(dossier, kActor, QStringLiteral("impact"), 2));
            break;
        case 2:
            status = c.campaign->setOpinion(
                {dossier, kActor, Opinion::Stance::Favourable, QStringLiteral("solide"), {}});
            break;
        default:
            status = c.campaign->decideEligibility(dossier,
                                                   {{dossier,
                                                     QStringLiteral("decision_level_commitment"),
                                                     Outcome::Pass,
                                                     QString(),
                                                     kActor,
                                                     {}}});
        }
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(int(only(spy).kind), kind);
        QCOMPARE(only(spy).dossiers, QList<qint64>{dossier});
        QVERIFY(only(spy).concerns(dossier));
        QVERIFY(!only(spy).concerns(dossier + 1));
        // Announced once written and audited, with the one clock's time.
        QCOMPARE(auditedWhenAnnounced, audited + 1);
        QCOMPARE(AuditLog(c.campaign->workspace().database()).count(), audited + 1);
    }

    void refusedChangesAreNotAnnouncedAndWriteNothing()
    {
        CampaignFixture c;
        QVERIFY(c.open());
        QSignalSpy spy(c.campaign.get(), &Campaign::changed);
        const QByteArray digest = contentDigest(c.f.path);
        QCOMPARE(c.campaign->setScore(score(101, kActor, QStringLiteral("impact"), 9)).error().kind,
                 Error::Kind::BadInput);
        QCOMPARE(c.campaign->setScore(score(999, kActor, QStringLiteral("impact"), 2)).error().kind,
                 Error::Kind::BadInput);
        // All or none: the second decision (an override without justification) is refused, so
        // the first, valid one is not written either.
        const Status partial = c.campaign->decideEligibility(
            104,
            {{104,
              QStringLiteral("decision_level_commitment"),
              Outcome::Pass,
              QString(),
              kActor,
              {}},
             {104, QStringLiteral("personnel_excluded"), Outcome::Pass, QString(), kActor, {}}});
        QVERIFY(!partial.ok());
        QVERIFY(partial.error().isInputError());
        QVERIFY(c.campaign->instruction().decisions(104).isEmpty());
        QCOMPARE(spy.size(), 0);
        QCOMPARE(contentDigest(c.f.path), digest);
    }

    void aDeclarationGivesBackWhatItWithdrewWhenRetracted()
    {
        CampaignFixture c;
        QVERIFY(c.open());
        const QString alice = QStringLiteral("Alice");
        QVERIFY(c.campaign->setScore(score(101, alice, QStringLiteral("impact"), 2, "net")).ok());
        QVERIFY(c.campaign->setOpinion({102, alice, Opinion::Stance::Reserved, "coût", {}}).ok());
        const QString before = describe(c.campaign->instruction().scoresBy(alice));
        QSignalSpy spy(c.campaign.get(), &Campaign::changed);

        auto withdrawal = c.campaign->declareConflict(
            {alice, kBageSiren, kBageName, QStringLiteral("conseillère municipale"), {}});
        QVERIFY(withdrawal.ok());
        QCOMPARE(withdrawal->scores.size(), 1);
        QCOMPARE(withdrawal->opinions.size(), 1);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(only(spy).kind, Change::Kind::Conflicts);
        QCOMPARE(only(spy).dossiers, (QList<qint64>{101, 102}));
        QVERIFY(c.campaign->instruction().scoresBy(alice).isEmpty());

        // A retraction needs a reason.
        QVERIFY(!c.campaign->retractConflict(*withdrawal, QStringLiteral(" ")).ok());
        QCOMPARE(c.campaign->instruction().conflicts().size(), 1);

        QVERIFY(c.campaign->retractConflict(*withdrawal, QStringLiteral("erreur de saisie")).ok());
        QCOMPARE(spy.size(), 2);
        QVERIFY(c.campaign->instruction().conflicts().isEmpty());
        QCOMPARE(describe(c.campaign->instruction().scoresBy(alice)), before);
        QCOMPARE(c.campaign->instruction().opinionsBy(alice).size(), 1);
        const QList<AuditEntry> log = AuditLog(c.campaign->workspace().database())
                                          .entriesFor(QStringLiteral("conflict"), kBageSiren);
        QCOMPARE(log.size(), 2);
        QVERIFY(log.constLast().newValue.toString().contains(QStringLiteral("erreur de saisie")));
        // Retracting what is not declared is refused.
        QVERIFY(!c.campaign->retractConflict(*withdrawal, QStringLiteral("encore")).ok());
    }

    void theActorIsWhoTheStoresWriteAs()
    {
        CampaignFixture c;
        QVERIFY(c.open());
        c.campaign->setActor(QStringLiteral("Julien Roux"));
        QVERIFY(c.campaign->setNote(101, QStringLiteral("vu")).ok());
        const QList<AuditEntry> log = AuditLog(c.campaign->workspace().database())
                                          .entriesFor(QStringLiteral("dossier"), "101");
        QCOMPARE(log.constLast().who, QStringLiteral("Julien Roux"));
    }

    void stampsComeFromTheOneClock()
    {
        const FakeClock clock(utc("2021-09-01T08:30:00.250Z"));
        CampaignFixture c;
        QVERIFY(c.open());
        QVERIFY(c.campaign->setScore(score(101, kActor, QStringLiteral("impact"), 2)).ok());
        QCOMPARE(c.campaign->instruction().scores(101).constFirst().updatedAt,
                 utc("2021-09-01T08:30:00.250Z"));
        QCOMPARE(clock::toText(clock::now()), QStringLiteral("2021-09-01T08:30:00.250Z"));
        QCOMPARE(clock::today(), QDate(2021, 9, 1));
    }
};

QTEST_GUILESS_MAIN(TestCampaign)
#include "TestCampaign.moc"
