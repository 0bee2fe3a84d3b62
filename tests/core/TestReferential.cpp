#include "referential/Referential.h"

#include <QElapsedTimer>
#include <QTest>

using namespace guichet;

class TestReferential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Loads once; the later lookups are what is checked.
        QVERIFY(Referential::instance().size() > 35000);
        QVERIFY(Referential::instance().sourceVersion().contains(QStringLiteral("etalab")));
    }

    void bySiren_data()
    {
        QTest::addColumn<QString>("siren");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("departement");
        QTest::addRow("Bourg-en-Bresse") << "210100533"
                                         << "Bourg-en-Bresse"
                                         << "commune"
                                         << "01";
        QTest::addRow("Meximieux") << "210102448"
                                   << "Meximieux"
                                   << "commune"
                                   << "01";
        QTest::addRow("EPCI with spaces")
            << " 200000172 " << QStringLiteral("CC Faucigny - Glières") << "epci"
            << "74";
    }
    void bySiren()
    {
        QFETCH(QString, siren);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, departement);
        const Collectivity* c = Referential::instance().bySiren(siren);
        QVERIFY(c);
        QCOMPARE(c->name, name);
        QCOMPARE(c->applicantKind(), kind);
        QCOMPARE(c->departement, departement);
        QVERIFY(c->population > 0);
    }

    void unknownIdentifiers()
    {
        const Referential& r = Referential::instance();
        QVERIFY(!r.bySiren(u"999999999"));
        QVERIFY(!r.bySiret(u"2101005330001")); // 13 digits
        QVERIFY(!r.byInseeCode(u"00000"));
        QVERIFY(r.byNamePrefix(u"zzzzqq").isEmpty());
        QVERIFY(r.byNamePrefix(u"").isEmpty());
    }

    void bySiretAndInsee()
    {
        const Referential& r = Referential::instance();
        const Collectivity* bySiret = r.bySiret(u"21010053300017");
        QVERIFY(bySiret);
        QCOMPARE(bySiret->name, QStringLiteral("Bourg-en-Bresse"));
        const Collectivity* byInsee = r.byInseeCode(u"01053");
        QCOMPARE(byInsee, bySiret);
        // A commune knows its EPCI, which is in the referential too.
        const Collectivity* epci = r.bySiren(bySiret->epciSiren);
        QVERIFY(epci);
        QCOMPARE(epci->applicantKind(), QStringLiteral("epci"));
    }

    void byNamePrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("expectedFirst");
        QTest::addRow("exact case") << "Meximieux"
                                    << "Meximieux";
        QTest::addRow("lower case") << "meximi"
                                    << "Meximieux";
        QTest::addRow("no accent typed") << "echenev" << QStringLiteral("Échenevex");
        QTest::addRow("accent typed") << QStringLiteral("Échenev") << QStringLiteral("Échenevex");
    }
    void byNamePrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, expectedFirst);
        const QList<const Collectivity*> found = Referential::instance().byNamePrefix(prefix);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.constFirst()->name, expectedFirst);
    }

    void prefixResultsAreBounded()
    {
        const QList<const Collectivity*> saints =
            Referential::instance().byNamePrefix(u"saint", 15);
        QCOMPARE(saints.size(), 15);
        for (const Collectivity* c : saints)
            QVERIFY(c->name.startsWith(QStringLiteral("Saint"), Qt::CaseInsensitive));
    }

    void lookupsAreFast()
    {
        // Well under a millisecond each: 1 000 of each kind must take far less than a second.
        const Referential& r = Referential::instance();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 1000; ++i) {
            QVERIFY(r.bySiren(u"210100533"));
            QVERIFY(r.bySiret(u"21010053300017"));
            QVERIFY(r.byInseeCode(u"01053"));
            QVERIFY(!r.byNamePrefix(u"bourg-en").isEmpty());
        }
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void ainCoverage()
    {
        const QList<const Collectivity*> ain = Referential::instance().inDepartement(u"01");
        int communes = 0, epci = 0;
        for (const Collectivity* c : ain)
            (c->kind == Collectivity::Kind::Commune ? communes : epci)++;
        QVERIFY(communes > 380);
        QVERIFY(epci >= 10);
    }
};

QTEST_GUILESS_MAIN(TestReferential)
#include "TestReferential.moc"
