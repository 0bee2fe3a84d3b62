#include "TestWorkspace.h"
#include "dossier/DossierRepository.h"
#include "dossier/DossierRow.h"
#include "storage/SqlColumns.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace guichet;

namespace {
constexpr sql::Table kTable{"t"};
constexpr sql::Column kKey{"k"};
constexpr sql::Column kA{"a"};
constexpr sql::Column kB{"b"};
} // namespace

class TestSqlColumns : public QObject
{
    Q_OBJECT

private slots:
    // Building a statement warns about nothing (QString::arg on a "?" once did).
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void statementsAreBuiltFromTheColumns()
    {
        QCOMPARE(sql::select(kTable, {kA, kB}), "SELECT a, b FROM t");
        QCOMPARE(sql::count(kTable), "SELECT COUNT(*) AS count FROM t");
        QCOMPARE(sql::insert(kTable, {kA, kB}), "INSERT INTO t (a, b) VALUES (?, ?)");
        QCOMPARE(sql::upsert(kTable, {kKey}, {kA, kB}),
                 "INSERT INTO t (k, a, b) VALUES (?, ?, ?) ON CONFLICT (k) DO UPDATE SET a = "
                 "excluded.a, b = excluded.b");
        QCOMPARE(sql::upsert(kTable, {kKey}, {kA}, {kB}),
                 "INSERT INTO t (k, a, b) VALUES (?, ?, ?) ON CONFLICT (k) DO UPDATE SET b = "
                 "excluded.b");
        QCOMPARE(sql::update(kTable, {kA, kB}), "UPDATE t SET a = ?, b = ?");
        QCOMPARE(sql::remove(kTable), "DELETE FROM t");
        QCOMPARE(sql::where({kKey, kA}), " WHERE k = ? AND a = ?");
        QCOMPARE(sql::qualified(kTable, kA), "t.a");
    }

    // A query that lists the columns in another order reads the same dossier.
    void dossiersAreReadByColumnName()
    {
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("r.guichet")));
        QVERIFY(ws);
        const Dossier d =
            testing::eligibleDossier(7, QStringLiteral("Commune de Belley"),
                                     QStringLiteral("210100335"), QStringLiteral("3a"));
        QVERIFY(DossierRepository(*ws).insert({d}).ok());
        sql::Columns reversed = dossier_row::columns();
        std::reverse(reversed.begin(), reversed.end());
        QSqlQuery query(ws->database());
        QVERIFY(query.exec(sql::select(dossier_columns::kTable, reversed)));
        const QList<Dossier> read = dossier_row::readAll(query);
        QCOMPARE(read.size(), 1);
        const Dossier& r = read.first();
        QCOMPARE(r.number, d.number);
        QCOMPARE(r.state, d.state);
        QCOMPARE(r.applicantName, d.applicantName);
        QCOMPARE(r.applicantSiren, d.applicantSiren);
        QCOMPARE(r.population, d.population);
        QCOMPARE(r.subaxis, d.subaxis);
        QCOMPARE(r.requested, d.requested);
        QCOMPARE(r.startDate, d.startDate);
        QCOMPARE(r.endDate, d.endDate);
        QCOMPARE(r.depositedAt, d.depositedAt);
        QVERIFY(!r.absentSince);
    }
};

QTEST_GUILESS_MAIN(TestSqlColumns)
#include "TestSqlColumns.moc"
