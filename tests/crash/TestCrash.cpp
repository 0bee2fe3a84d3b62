// SIGKILL during an import of thousands of rows, a score-package merge and a batch of
// decisions, at random moments (seeded; the seed is printed, GUICHET_CRASH_SEED replays it).
// After each kill: the file passes every check of `guichet verify` (integrity_check, foreign
// keys, the audit chain, the ledger), opens for writing, and each operation is all or nothing.
// GUICHET_CRASH_KILLS sets the number of kills (tools/dev.sh crashtest runs 210).
#include "TestWorkspace.h"
#include "demo/DemoBuilder.h"
#include "exportgen/DsExportWriter.h"
#include "programme/ProgrammeReader.h"
#include "referential/Referential.h"
#include "verify/WorkspaceCheck.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace guichet;

namespace {

qint64 count(const QString& path, const QString& select)
{
    auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
    if (!ws)
        return -1;
    QSqlQuery query(select, ws.value()->database());
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

    testing::TestDir m_dir;
    QString m_base = m_dir.path(QStringLiteral("base.guichet"));
    QString m_export = m_dir.path(QStringLiteral("export.csv"));
    QString m_package = m_dir.path(QStringLiteral("package.json"));
    quint32 m_seed = 0;
    int m_kills = 24;
    int m_rows = 3000;

    // The base workspace as a fresh file for one run.
    QString freshCopy(int run)
    {
        const QString path = m_dir.path(QStringLiteral("run%1.guichet").arg(run));
        QFile::remove(path);
        QFile::copy(m_base, path);
        return path;
    }

    // How long the operation takes when nothing stops it: the kills fall within it.
    qint64 uninterruptedMs(const QStringList& arguments)
    {
        QElapsedTimer timer;
        timer.start();
        QProcess helper;
        helper.start(QStringLiteral(GUICHET_CRASH_HELPER), arguments);
        helper.waitForFinished(120000);
        if (helper.exitStatus() != QProcess::NormalExit || helper.exitCode() != 0) {
            qWarning("%s", helper.readAllStandardError().constData());
            return -1; // the operation must succeed when nothing stops it
        }
        return qMax<qint64>(timer.elapsed(), 20);
    }

    // Runs the operation `kills` times, killed after a random delay each time, then checks.
    void killRepeatedly(const QString& mode, const QString& input,
                        const std::function<void(const QString& path)>& allOrNothing)
    {
        QRandomGenerator random(m_seed ^ qHash(mode));
        const qint64 full = uninterruptedMs({mode, freshCopy(-1), input});
        QVERIFY2(full > 0, qPrintable(mode));
        int interrupted = 0;
        for (int run = 0; run < m_kills / 3; ++run) {
            const QString path = freshCopy(run);
            QProcess helper;
            helper.start(QStringLiteral(GUICHET_CRASH_HELPER), {mode, path, input});
            QVERIFY(helper.waitForStarted());
            QThread::msleep(random.bounded(quint32(full * 11 / 10) + 1));
            if (helper.state() == QProcess::Running) {
                ++interrupted;
                helper.kill(); // SIGKILL
            }
            helper.waitForFinished();
            const auto report = workspace_check::run(path);
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
            QVERIFY2(report->ok(), qPrintable(QStringLiteral("%1, run %2: %3")
                                                  .arg(mode)
                                                  .arg(run)
                                                  .arg(report->findings.value(0).message)));
            {
                auto reopened = Workspace::open(path);
                QVERIFY2(reopened.ok(),
                         qPrintable(QStringLiteral("%1, run %2 does not open").arg(mode).arg(run)));
                QVERIFY(!reopened.value()->isReadOnly());
            }
            allOrNothing(path);
            QFile::remove(path);
        }
        qInfo("%s: %d runs, %d killed mid-way (an uninterrupted run takes %lld ms)",
              qPrintable(mode), m_kills / 3, interrupted, full);
    }

private slots:
    void initTestCase()
    {
        m_seed = qEnvironmentVariableIsSet("GUICHET_CRASH_SEED")
                     ? quint32(qEnvironmentVariableIntValue("GUICHET_CRASH_SEED"))
                     : QRandomGenerator::global()->generate();
        if (qEnvironmentVariableIsSet("GUICHET_CRASH_KILLS"))
            m_kills = qEnvironmentVariableIntValue("GUICHET_CRASH_KILLS");
        qInfo("crash test seed %u (GUICHET_CRASH_SEED=%u replays it), %d kills", m_seed, m_seed,
              m_kills);
        // The base: a demonstration workspace (scored, partly decided); the export: thousands of
        // other dossiers; the package: one instructor's scores, signed under a new name.
        QVERIFY(testing::createDemoWorkspace(m_base, 60));
        const QList<Dossier> dossiers = DemoBuilder(Referential::instance(), 77).build(m_rows);
        QVERIFY(ds_export::write(m_export, ds_export::Format::Csv, DsExportTable::Era::Y2025,
                                 ProgrammeReader::builtin(), dossiers)
                    .ok());
        QProcess exporter;
        exporter.start(QStringLiteral(GUICHET_EXECUTABLE),
                       {QStringLiteral("scores"), QStringLiteral("export"), m_base,
                        QStringLiteral("--instructor"), QStringLiteral("Claire Martin"),
                        QStringLiteral("--output"), m_package});
        QVERIFY(exporter.waitForFinished() && exporter.exitCode() == 0);
        QJsonObject document = QJsonDocument::fromJson(testing::readFile(m_package)).object();
        QJsonObject package = document.value(QStringLiteral("package")).toObject();
        package.insert(QStringLiteral("instructor"), QStringLiteral("Zoé Crash"));
        document.insert(QStringLiteral("package"), package);
        document.insert(QStringLiteral("sha256"),
                        QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(package).toJson(
                                                                         QJsonDocument::Compact),
                                                                     QCryptographicHash::Sha256)
                                                .toHex()));
        testing::writeFile(m_package, QJsonDocument(document).toJson());
    }

    void importIsAllOrNothing()
    {
        const qint64 before = count(m_base, QStringLiteral("SELECT COUNT(*) FROM dossiers"));
        const qint64 imports = count(m_base, QStringLiteral("SELECT COUNT(*) FROM imports"));
        killRepeatedly(QStringLiteral("import"), m_export, [&](const QString& path) {
            const qint64 now = count(path, QStringLiteral("SELECT COUNT(*) FROM dossiers"));
            const qint64 registered = count(path, QStringLiteral("SELECT COUNT(*) FROM imports"));
            QVERIFY2(
                (now == before && registered == imports) ||
                    (now > before + m_rows / 2 && registered == imports + 1),
                qPrintable(QStringLiteral("%1 dossiers, %2 imports").arg(now).arg(registered)));
        });
    }

    void mergeIsAllOrNothing()
    {
        const qint64 scores = count(m_base, QStringLiteral("SELECT COUNT(*) FROM scores WHERE "
                                                           "instructor = 'Claire Martin'"));
        QVERIFY(scores > 10);
        killRepeatedly(QStringLiteral("merge"), m_package, [&](const QString& path) {
            const qint64 merged = count(path, QStringLiteral("SELECT COUNT(*) FROM scores WHERE "
                                                             "instructor = 'Zoé Crash'"));
            QVERIFY2(merged == 0 || merged == scores, qPrintable(QString::number(merged)));
        });
    }

    // Each decision is one transaction with its audit row: however many the kill let through,
    // none is there without its row in the log, nor a row without its movement.
    void eachDecisionIsAllOrNothing()
    {
        killRepeatedly(QStringLiteral("decide"), QString(), [&](const QString& path) {
            const qint64 movements = count(
                path, QStringLiteral("SELECT COUNT(*) FROM ledger_movements WHERE kind = 'refus'"));
            const qint64 audited =
                count(path, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE field = "
                                           "'ledger:refus'"));
            QCOMPARE(movements, audited);
        });
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "TestCrash.moc"
