#include "TestWorkspace.h"
#include "committee/CommitteeStore.h"
#include "committee/SessionRecorder.h"
#include "common/FilePlatform.h"
#include "dossier/DossierRepository.h"
#include "importer/ImportStore.h"
#include "programme/ProgrammeReader.h"
#include "storage/MigrationBackup.h"
#include "storage/Migrations.h"
#include "storage/WorkspaceProbe.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace guichet;

// Builds files as each earlier schema version wrote them and opens them with this build.
class TestMigrations : public QObject
{
    Q_OBJECT

    static QStringList tables(QSqlDatabase& db)
    {
        QStringList names;
        QSqlQuery q(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', "
                                   "'trigger') ORDER BY name"),
                    db);
        while (q.next())
            names.append(q.value(0).toString());
        return names;
    }

    // A workspace file stopped at schema `version`, with a programme and one dossier if the
    // schema has room for them.
    static void writeOldWorkspace(const QString& path, int version)
    {
        const QString name = QStringLiteral("old-writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(QStringLiteral("PRAGMA application_id = %1").arg(probe::kApplicationId), db);
            QVERIFY(migrations::migrateTo(db, version).ok());
            if (version >= 1) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO programme VALUES (1, ?, 'x', '2021-01-01')"));
                q.addBindValue(QString::fromUtf8(ProgrammeReader::builtinDocument()));
                QVERIFY(q.exec());
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO dossiers (number, state, applicant_name, applicant_kind, subaxis, "
                    "title, total_cost_cents, requested_cents, deposited_at) VALUES (42, "
                    "'en_instruction', 'Commune de Belley', 'commune', '3c', 'Portail', 100, 50, "
                    "'2021-03-15T10:00:00+01:00')")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static QString text(QSqlDatabase db, const QString& select)
    {
        QSqlQuery q(select, db);
        return q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
    }

private slots:
    void upgradesFromEveryVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v : migrations::versions()) {
            if (v < migrations::latestVersion())
                QTest::addRow("from v%d", v) << v;
        }
    }
    void upgradesFromEveryVersion()
    {
        QFETCH(int, from);
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("old.guichet"));
        writeOldWorkspace(path, from);
        QCOMPARE(probe::schemaVersion(path), from);

        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        QCOMPARE(probe::schemaVersion(path), migrations::latestVersion());
        // Data written by the older version survives, and the newer tables work.
        DossierRepository repository(**ws);
        QCOMPARE(repository.count(), qint64(1));
        QCOMPARE(repository.find(42)->applicantName, QStringLiteral("Commune de Belley"));
        QVERIFY(repository.setNote(42, QStringLiteral("Délibération reçue")).ok());
        QCOMPARE(repository.note(42), QStringLiteral("Délibération reçue"));
        // The committee's tables (migration 7) take a session.
        Session session;
        session.date = QDate(2021, 9, 14);
        session.chair = QStringLiteral("La préfète");
        session.members = {{QStringLiteral("Marc Rivière"),
                            QStringLiteral("SG"),
                            SessionMember::Attendance::Present,
                            {}}};
        const auto number =
            SessionRecorder(ws.value()->database(), ws.value()->programme(), QStringLiteral("test"))
                .create(session);
        QVERIFY2(number.ok(), number.ok() ? "" : qPrintable(number.error().message));
        const CommitteeStore store(ws.value()->database(), QStringLiteral("test"));
        QCOMPARE(store.sessions().size(), 1);
        QCOMPARE(store.sessions().constFirst().members.constFirst().name,
                 QStringLiteral("Marc Rivière"));
    }

    void timestampsGainMilliseconds()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("old.guichet"));
        writeOldWorkspace(path, 4);
        // What version 4 wrote: Qt::ISODate, no milliseconds. The audit row has the same shape
        // only to show that the migration leaves the append-only log alone.
        testing::runSql(
            path, {"UPDATE programme SET installed_at = '2021-03-01T08:00:00Z'",
                   "INSERT INTO workspace_info VALUES ('created_at', '2021-03-01T08:00:00Z')",
                   "INSERT INTO imports (file_name, sha256, format, imported_at, who, row_count, "
                   "new_count, updated_count, unchanged_count, absent_count, state_change_count) "
                   "VALUES ('export.csv', 'abc', 'csv', '2021-03-15T09:30:05Z', 'Claire', 1, 1, "
                   "0, 0, 0, 0)",
                   "INSERT INTO audit_log (at, who, entity, entity_id, field, old_value, "
                   "new_value) VALUES ('2021-03-15T09:30:05Z', 'Claire', 'dossier', '42', "
                   "'note', NULL, 'x')",
                   "INSERT INTO scores VALUES (42, 'Claire', 'c1', 3, '', "
                   "'2021-03-15T09:31:00.250Z')"});

        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        QSqlDatabase db = ws.value()->database();
        QCOMPARE(text(db, "SELECT installed_at FROM programme"), "2021-03-01T08:00:00.000Z");
        QCOMPARE(text(db, "SELECT value FROM workspace_info WHERE key = 'created_at'"),
                 "2021-03-01T08:00:00.000Z");
        QCOMPARE(text(db, "SELECT imported_at FROM imports"), "2021-03-15T09:30:05.000Z");
        const QList<ImportRecord> records = ImportStore(db).records();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().importedAt,
                 QDateTime(QDate(2021, 3, 15), QTime(9, 30, 5), Qt::UTC));
        // Left as they were: the audit log, times that already had milliseconds, what DS said.
        QCOMPARE(text(db, "SELECT at FROM audit_log"), "2021-03-15T09:30:05Z");
        QCOMPARE(text(db, "SELECT updated_at FROM scores"), "2021-03-15T09:31:00.250Z");
        QCOMPARE(text(db, "SELECT deposited_at FROM dossiers"), "2021-03-15T10:00:00+01:00");
    }

    void freshAndUpgradedSchemasAreIdentical()
    {
        testing::TestDir dir;
        const QString oldPath = dir.path(QStringLiteral("old.guichet"));
        writeOldWorkspace(oldPath, 1);
        QVERIFY(Workspace::open(oldPath).ok());
        auto fresh = testing::createWorkspace(dir.path(QStringLiteral("fresh.guichet")));
        QVERIFY(fresh);
        auto upgraded = Workspace::open(oldPath);
        QVERIFY(upgraded.ok());
        QSqlDatabase a = fresh->database();
        QSqlDatabase b = upgraded.value()->database();
        QCOMPARE(tables(b), tables(a));
    }

    // Before an upgrade, a consistent copy of the file is written beside it, readable by the
    // user only; it stays after the upgrading open and goes at the next successful one.
    void anUpgradeKeepsABackupUntilTheNextOpen()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("old.guichet"));
        writeOldWorkspace(path, 5);
        const QByteArray before = testing::contentDigest(path);
        const QString backup = migration_backup::pathFor(path);
        QVERIFY(Workspace::open(path).ok());
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(file_platform::isOwnerOnly(backup));
        QCOMPARE(probe::schemaVersion(backup), 5);
        QCOMPARE(testing::contentDigest(backup), before);
        QVERIFY(Workspace::open(path).ok());
        QVERIFY(!QFileInfo::exists(backup));
        // A read-only open never writes, not even to remove a backup.
        writeOldWorkspace(dir.path(QStringLiteral("other.guichet")), 5);
        QVERIFY(Workspace::open(dir.path(QStringLiteral("other.guichet"))).ok());
        QVERIFY(
            Workspace::open(dir.path(QStringLiteral("other.guichet")), Workspace::Access::ReadOnly)
                .ok());
        QVERIFY(QFileInfo::exists(
            migration_backup::pathFor(dir.path(QStringLiteral("other.guichet")))));
    }

    // A migration that fails half-way (here the table it creates already exists, as a file
    // altered by hand would have it) puts the backup back: the file holds what it held, at the
    // older schema, with no half-upgrade left.
    void aFailedUpgradeRestoresTheBackup()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("old.guichet"));
        writeOldWorkspace(path, 4);
        testing::runSql(path, {"CREATE TABLE ledger_movements (id INTEGER PRIMARY KEY)"});
        const QByteArray before = testing::contentDigest(path);
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(QStringLiteral("version 6")) &&
                     ws.error().message.contains(QStringLiteral("remis tel qu'il était")),
                 qPrintable(ws.error().message));
        QCOMPARE(testing::contentDigest(path), before);
        QCOMPARE(probe::schemaVersion(path), 4);
        QVERIFY(!QFileInfo::exists(migration_backup::pathFor(path)));
        QVERIFY(probe::verifyIntegrity(path).ok());
    }

    void reopeningRunsNothing()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        QVERIFY(testing::createWorkspace(path));
        const QByteArray before = testing::contentDigest(path);
        QVERIFY(Workspace::open(path).ok());
        QCOMPARE(testing::contentDigest(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
