#include "TestWorkspace.h"
#include "dossier/DossierRepository.h"

#include <QTest>

#include <limits>

using namespace guichet;

class TestDossierRepository : public QObject
{
    Q_OBJECT

private slots:
    void aReadThatFailsIsReported()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("damaged.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 3000));
        // The quick checks at open pass (they read the schema and the programme); reading the
        // dossiers does not.
        testing::damageTable(path, QStringLiteral("dossiers"));
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly, probe::Integrity::Defer);
        QVERIFY(ws);
        const DossierRepository repository(**ws);
        const auto all = repository.loadAll();
        QVERIFY(!all.ok()); // never a shorter list that looks whole
        QCOMPARE(all.error().kind, Error::Kind::Damaged);
        QVERIFY2(all.error().message.contains(QStringLiteral("endommagé")),
                 qPrintable(all.error().message));
    }

    void insertAndLoadRoundTrip()
    {
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("r.guichet")));
        QVERIFY(ws);
        Dossier d;
        d.number = 123;
        d.state = DossierState::Refuse;
        d.applicantName = QStringLiteral("CC de la Veyle");
        d.applicantSiren = QStringLiteral("200070118");
        d.applicantKind = QStringLiteral("epci");
        d.population = 23254;
        d.subaxis = QStringLiteral("3b");
        d.title = QStringLiteral("Formation « données »");
        d.totalCost = 1234567;
        d.requested = 1000001;
        d.personnelCost = 5;
        d.startDate = QDate(2021, 6, 1);
        d.depositedAt =
            QDateTime::fromString(QStringLiteral("2021-07-01T09:30:00+02:00"), Qt::ISODate);
        DossierRepository repository(*ws);
        QVERIFY(repository.insert({d}).ok());
        const std::optional<Dossier> loaded = repository.find(123);
        QVERIFY(loaded);
        QCOMPARE(loaded->state, DossierState::Refuse);
        QCOMPARE(loaded->applicantName, d.applicantName);
        QCOMPARE(loaded->population, d.population);
        QCOMPARE(loaded->totalCost, d.totalCost);
        QCOMPARE(loaded->requested, d.requested);
        QCOMPARE(loaded->personnelCost, Cents(5));
        QCOMPARE(loaded->startDate, d.startDate);
        QVERIFY(!loaded->endDate.isValid());
        QCOMPARE(loaded->depositedAt, d.depositedAt);
        QCOMPARE(loaded->depositedAt.offsetFromUtc(), 7200);
        QVERIFY(loaded->applicantSiret.isEmpty());
    }

    void insertIsAtomic()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("r.guichet"));
        auto ws = testing::createDemoWorkspace(path, 10);
        QVERIFY(ws);
        DossierRepository repository(*ws);
        const QByteArray before = testing::contentDigest(path);
        Dossier fresh = repository.loadAll().value().constFirst();
        fresh.number = 1;
        const Dossier duplicate = repository.loadAll().value().constLast();
        QVERIFY(!repository.insert({fresh, duplicate}).ok());
        QCOMPARE(repository.count(), qint64(10));
        QCOMPARE(testing::contentDigest(path), before);
    }

    void chunksCoverEverythingInOrder()
    {
        testing::TestDir dir;
        auto ws = testing::createDemoWorkspace(dir.path(QStringLiteral("r.guichet")), 250);
        QVERIFY(ws);
        DossierRepository repository(*ws);
        QList<qint64> numbers;
        qint64 after = std::numeric_limits<qint64>::min();
        for (;;) {
            const QList<Dossier> chunk = repository.loadChunk(after, 64).value();
            if (chunk.isEmpty())
                break;
            QVERIFY(chunk.size() <= 64);
            for (const Dossier& d : chunk)
                numbers.append(d.number);
            after = chunk.constLast().number;
        }
        QCOMPARE(numbers.size(), 250);
        QVERIFY(std::is_sorted(numbers.cbegin(), numbers.cend()));
        QCOMPARE(repository.loadAll().value().size(), 250);
    }

    void clearingANoteRemovesIt()
    {
        testing::TestDir dir;
        auto ws = testing::createDemoWorkspace(dir.path(QStringLiteral("r.guichet")), 2);
        QVERIFY(ws);
        DossierRepository repository(*ws);
        const qint64 number = repository.loadAll().value().constFirst().number;
        QVERIFY(repository.setNote(number, QStringLiteral("à relancer")).ok());
        QVERIFY(repository.setNote(number, QString()).ok());
        QCOMPARE(repository.note(number), QString());
    }
};

QTEST_GUILESS_MAIN(TestDossierRepository)
#include "TestDossierRepository.moc"
