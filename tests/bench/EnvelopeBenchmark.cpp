// The envelope at scale: 100 000 dossiers and 100 000 movements. Measures moving the cutoff by
// one rank (one frame: < 16 ms), `guichet envelope` as a user runs it (< 0.5 s), and the export
// of the ledger (< 2 s), in CSV and XLSX.
#include "TestWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "ledger/LedgerExport.h"
#include "ledger/LedgerStore.h"
#include "ledger/Scenario.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace guichet;

namespace {
constexpr int kDossiers = 100000;

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// 100 000 movements over the dossiers: an attribution each, and payments on some (written
// straight in SQL: the bench measures reading them, not the checks of 100 000 writes).
void addMovements(QSqlDatabase db)
{
    Transaction transaction(db);
    QSqlQuery dossiers(QStringLiteral("SELECT number FROM dossiers ORDER BY number"), db);
    QList<qint64> numbers;
    while (dossiers.next())
        numbers.append(dossiers.value(0).toLongLong());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO ledger_movements (kind, dossier_number, amount_cents, value_date, reference, "
        "author, reason, recorded_at) VALUES (?, ?, ?, ?, ?, 'Bench', 'Comité', "
        "'2021-09-15T09:00:00.000Z')"));
    QRandomGenerator random(7);
    for (int i = 0; i < kDossiers; ++i) {
        const bool payment = i % 3 == 2;
        insert.addBindValue(payment ? QStringLiteral("avance") : QStringLiteral("attribution"));
        insert.addBindValue(numbers.at(payment ? i - 2 : i));
        insert.addBindValue(payment ? 100 : random.bounded(100000, 5000000));
        insert.addBindValue(QStringLiteral("2021-%1-15").arg(6 + i % 6, 2, 10, QLatin1Char('0')));
        insert.addBindValue(QStringLiteral("01-2021-%1").arg(i));
        insert.exec();
    }
    transaction.commit();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    testing::TestDir dir;
    const QString path = dir.path(QStringLiteral("envelope.guichet"));
    QElapsedTimer timer;
    timer.start();
    {
        auto workspace = demo::createWorkspace(path, kDossiers);
        if (!workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(workspace.error().message));
            return 1;
        }
        addMovements(workspace.value()->database());
    }
    std::printf("setup: %d dossiers, %d movements in %.1f s\n", kDossiers, kDossiers,
                milliseconds(timer) / 1000);

    // The cutoff over a ranked list of 100 000 proposals.
    QList<ScenarioRow> rows;
    QRandomGenerator random(2021);
    const QStringList subaxes = {QStringLiteral("3a"), QStringLiteral("3b"), QStringLiteral("3c")};
    for (int rank = 1; rank <= kDossiers; ++rank)
        rows.append({rank, rank, subaxes.at(rank % 3), random.bounded(500000, 5000000), 0});
    timer.restart();
    CutoffModel model(rows, 29700000);
    std::printf("cutoff model built (prefix sums of %d rows): %.2f ms\n", kDossiers,
                milliseconds(timer));
    double worst = 0, total = 0;
    Cents check = 0;
    for (int rank = 1; rank <= kDossiers; ++rank) {
        timer.restart();
        model.setCutoffRank(rank);
        model.setPartialLast(rank % 2 == 0);
        check += model.balance() + model.fundedBySubaxis().value(QStringLiteral("3c")) +
                 model.fundedCount() + (model.rows().size() - model.fundedCount());
        const double ms = milliseconds(timer);
        worst = std::max(worst, ms);
        total += ms;
    }
    std::printf("cutoff moved by one rank (totals, balance, by sub-axis, retenus non financés): "
                "mean %.4f ms, worst %.4f ms (limit 16 ms) [%lld]\n",
                total / kDossiers, worst, static_cast<long long>(check % 10));

    {
        auto workspace = Workspace::open(path);
        timer.restart();
        auto loaded =
            CutoffModel::load(workspace.value()->database(), workspace.value()->programme());
        std::printf("scenario candidates loaded from the workspace: %.0f ms (%lld rows)\n",
                    milliseconds(timer),
                    static_cast<long long>(loaded ? loaded->rows().size() : -1));
    }

    // `guichet envelope` as a user runs it, best of three.
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        QProcess process;
        timer.restart();
        process.start(QStringLiteral(GUICHET_EXECUTABLE),
                      {QStringLiteral("envelope"), path, QStringLiteral("--json")});
        process.waitForFinished(-1);
        best = std::min(best, milliseconds(timer));
        if (process.exitCode() != 0)
            std::printf("guichet envelope failed: %s\n",
                        process.readAllStandardError().constData());
    }
    std::printf("guichet envelope --json (%d dossiers, %d movements): %.0f ms (limit 500 ms)\n",
                kDossiers, kDossiers, best);

    auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
    const LedgerStore ledger(workspace.value()->database(), workspace.value()->programme(),
                             QString());
    for (const auto& [format, name] : {std::pair{ledger_export::Format::Csv, "csv"},
                                       std::pair{ledger_export::Format::Xlsx, "xlsx"}}) {
        const QString output = dir.path(QStringLiteral("ledger.") + QLatin1String(name));
        timer.restart();
        const Status status = ledger_export::write(ledger, output, format);
        std::printf("ledger export %s of %d movements: %.0f ms (limit 2000 ms)%s\n", name,
                    kDossiers, milliseconds(timer), status ? "" : " FAILED");
    }
    return 0;
}
