#include "TestWorkspace.h"
#include "dossier/DossierRepository.h"
#include "programme/ProgrammeReader.h"
#include "storage/Migrations.h"
#include "storage/WorkspaceProbe.h"

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

private slots:
    void upgradesFromEveryVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < migrations::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
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
