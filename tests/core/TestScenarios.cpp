// Cutoff scenarios: the totals at any cutoff, the partial last, isolation (no record changes
// until adoption, not even a proposal), comparison, adoption and its undoing in the ledger.
#include "FakeClock.h"
#include "TestWorkspace.h"
#include "campaign/Campaign.h"
#include "ledger/EnvelopeOverview.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace guichet;

namespace {
// The records a scenario must not touch before its adoption: everything but the scenario
// tables and the audit log (where saving one is recorded).
QByteArray recordsDigest(const QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"dossiers", "dossier_notes", "scores", "opinions",
                              "eligibility_decisions", "conflicts", "ledger_movements"}) {
        QSqlQuery rows(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)), db);
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c)
                hash.addData(QByteArray(rows.value(c).toString().toUtf8() + '\x1f'));
        }
    }
    return hash.result();
}

QHash<qint64, Cents> proposals(const Campaign& campaign)
{
    QHash<qint64, Cents> amounts;
    const auto overview =
        EnvelopeOverview::load(campaign.workspace().database(), campaign.programme());
    for (auto it = overview->all().cbegin(); it != overview->all().cend(); ++it)
        amounts.insert(it.key(), it->proposed());
    return amounts;
}
} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

    testing::TestDir m_dir;

private slots:
    void cutoff()
    {
        const QList<ScenarioRow> rows = {{11, 1, QStringLiteral("3a"), 500000, 0},
                                         {12, 2, QStringLiteral("3c"), 2000000, 0},
                                         {13, 4, QStringLiteral("3c"), 1500000, 0},
                                         {14, 5, QStringLiteral("3b"), 800000, 0}};
        CutoffModel model(rows, 3000000);
        model.setCutoffRank(0);
        QCOMPARE(model.fundedCount(), 0);
        QCOMPARE(model.balance(), Cents(3000000));
        model.setCutoffRank(3); // no dossier ranked 3: the same as 2
        QCOMPARE(model.fundedCount(), 2);
        QCOMPARE(model.funded(), Cents(2500000));
        model.setCutoffRank(4);
        QCOMPARE(model.funded(), Cents(4000000));
        QCOMPARE(model.balance(), Cents(-1000000)); // shown as an overrun
        QCOMPARE(model.fundedBySubaxis().value(QStringLiteral("3c")), Cents(3500000));
        model.setPartialLast(true);
        QCOMPARE(model.fundedAmount(2), Cents(500000)); // what was left
        QCOMPARE(model.balance(), Cents(0));
        QCOMPARE(model.fundedBySubaxis().value(QStringLiteral("3c")), Cents(2500000));
        model.setCutoffRank(100);
        QCOMPARE(model.fundedCount(), 4);
        QCOMPARE(model.fundedAmount(3), Cents(0)); // nothing left for the last
        QCOMPARE(model.snapshot().at(2).funded, Cents(1500000));
    }

    void isolationUntilAdoptionThenUndone()
    {
        FakeClock clock;
        const QString path = m_dir.path(QStringLiteral("scenarios.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 60));
        auto opened = Campaign::open(path);
        QVERIFY(opened);
        Campaign& campaign = **opened;
        QSqlDatabase db = campaign.workspace().database();
        const QByteArray records = recordsDigest(db);
        const QHash<qint64, Cents> before = proposals(campaign);

        // Dragging the line reads only: the file itself does not change.
        const QByteArray file = testing::fileDigest(path);
        auto model = CutoffModel::load(db, campaign.programme());
        QVERIFY(model);
        QVERIFY(model->rows().size() > 5);
        for (int rank = 1; rank <= model->rows().constLast().rank; ++rank)
            model->setCutoffRank(rank);
        QCOMPARE(testing::fileDigest(path), file);

        const int rankA = model->rows().at(2).rank;
        const int rankB = model->rows().at(5).rank;
        const auto first = campaign.saveScenario({QStringLiteral("A"), {}, rankA, false});
        QVERIFY(first);
        const auto second = campaign.saveScenario({QStringLiteral("B"), {}, rankB, true});
        QVERIFY(second);
        QVERIFY(!campaign.saveScenario({QStringLiteral("B"), {}, 3, false})); // names are unique
        QVERIFY(!campaign.saveScenario({QStringLiteral("C"), QStringLiteral("9z"), 3, false}));
        QCOMPARE(recordsDigest(db), records);
        QCOMPARE(proposals(campaign), before);

        const ScenarioComparison comparison = ScenarioStore::compare(*first, *second);
        QVERIFY(!comparison.differences.isEmpty());
        for (const auto& d : comparison.differences)
            QVERIFY(d.first != d.second);
        QVERIFY(second->funded() >= first->funded());

        const auto adopted = campaign.adoptScenario(QStringLiteral("B"));
        QVERIFY(adopted);
        QCOMPARE(adopted->proposals, second->fundedCount());
        QVERIFY(recordsDigest(db) != records);
        const QHash<qint64, Cents> after = proposals(campaign);
        for (const ScenarioRow& row : second->rows) {
            if (row.funded > 0)
                QCOMPARE(after.value(row.dossier), row.funded);
        }
        QVERIFY(!campaign.adoptScenario(QStringLiteral("B"))); // once in force

        // Undone in the ledger: every proposal is what it was, by new movements.
        QVERIFY(!campaign.revertAdoption(QStringLiteral("B"), QString()));
        QVERIFY(campaign.revertAdoption(QStringLiteral("B"), QStringLiteral("Erreur de saisie")));
        QCOMPARE(proposals(campaign), before);
        QVERIFY(!campaign.revertAdoption(QStringLiteral("B"), QStringLiteral("encore")));
        QVERIFY(campaign.adoptScenario(QStringLiteral("B"))); // adoptable again
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "TestScenarios.moc"
