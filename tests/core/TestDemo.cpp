#include "TestWorkspace.h"
#include "demo/DemoBuilder.h"
#include "demo/DemoWorkspace.h"
#include "referential/Referential.h"

#include <QSet>
#include <QTest>

using namespace guichet;

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void aDemonstrationSaysSo()
    {
        testing::TestDir dir;
        const QString demoPath = dir.path(QStringLiteral("demo.guichet"));
        QVERIFY(demo::createWorkspace(demoPath, 5));
        const QString realPath = dir.path(QStringLiteral("real.guichet"));
        QVERIFY(testing::createWorkspace(realPath));
        // Read back from the file, as the window does when it opens it.
        auto demoWs = Workspace::open(demoPath, Workspace::Access::ReadOnly);
        QVERIFY(demoWs && demoWs.value()->isDemonstration());
        auto realWs = Workspace::open(realPath, Workspace::Access::ReadOnly);
        QVERIFY(realWs && !realWs.value()->isDemonstration());
    }

    void fortyRealisticAinDossiers()
    {
        const Referential& referential = Referential::instance();
        const QList<Dossier> dossiers = DemoBuilder(referential).build(40);
        QCOMPARE(dossiers.size(), 40);
        QSet<QString> subaxes;
        QSet<DossierState> states;
        for (const Dossier& d : dossiers) {
            const Collectivity* c = referential.bySiren(d.applicantSiren);
            QVERIFY2(c, qPrintable(d.applicantSiren));
            QCOMPARE(c->departement, QStringLiteral("01"));
            QCOMPARE(d.population, std::optional<int>(c->population));
            QCOMPARE(d.applicantKind, c->applicantKind());
            QVERIFY(d.applicantName.contains(c->name));
            QCOMPARE(referential.bySiret(d.applicantSiret), c);
            QVERIFY(d.totalCost > 0);
            QVERIFY(d.requested > 0 && d.requested <= d.totalCost);
            QCOMPARE(d.totalCost % 100, 0);
            QVERIFY(d.startDate > d.depositedAt.date());
            QVERIFY(d.endDate > d.startDate);
            QCOMPARE(d.depositedAt.date().year(), 2021);
            // Paris offsets: +01:00 in winter, +02:00 in summer.
            QVERIFY(d.depositedAt.offsetFromUtc() == 3600 || d.depositedAt.offsetFromUtc() == 7200);
            subaxes.insert(d.subaxis);
            states.insert(d.state);
        }
        QCOMPARE(subaxes,
                 (QSet<QString>{QStringLiteral("3a"), QStringLiteral("3b"), QStringLiteral("3c")}));
        QVERIFY(states.size() >= 4);
    }

    void townOfAbout8000WithTwoProjects()
    {
        const QList<Dossier> dossiers = DemoBuilder(Referential::instance()).build(40);
        const Dossier& a = dossiers.at(0);
        const Dossier& b = dossiers.at(1);
        QCOMPARE(a.applicantSiren, b.applicantSiren);
        QVERIFY(qAbs(*a.population - 8000) < 1000);
        QCOMPARE(a.totalCost + b.totalCost, Cents(2800000));
    }

    void deterministicAndOrdered()
    {
        const QList<Dossier> first = DemoBuilder(Referential::instance(), 7).build(2000);
        const QList<Dossier> second = DemoBuilder(Referential::instance(), 7).build(2000);
        QCOMPARE(first.size(), 2000);
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(first.at(i).number, second.at(i).number);
            QCOMPARE(first.at(i).title, second.at(i).title);
            if (i > 0) {
                QVERIFY(first.at(i).number > first.at(i - 1).number);
                QVERIFY(first.at(i).depositedAt >= first.at(i - 1).depositedAt);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "TestDemo.moc"
