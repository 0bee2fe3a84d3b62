#include "TestWorkspace.h"

#include "FakeClock.h"
#include "common/FilePlatform.h"
#include "dossier/DossierRepository.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

using namespace guichet;

class TestWorkspace : public QObject
{
    Q_OBJECT

    static void setUserVersion(const QString& path, int version)
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(QStringLiteral("PRAGMA user_version = %1").arg(version), db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private slots:
    void createThenOpen()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("ain.guichet"));
        {
            const FakeClock clock(QDateTime(QDate(2021, 3, 15), QTime(9, 0, 7), Qt::UTC));
            auto ws = testing::createWorkspace(path);
            QVERIFY(ws);
            QVERIFY(!ws->isReadOnly());
            QCOMPARE(ws->programme().envelope, Cents(29700000));
            // Stored in the one timestamp format, milliseconds included.
            QSqlQuery q(QStringLiteral("SELECT installed_at, (SELECT value FROM workspace_info "
                                       "WHERE key = 'created_at') FROM programme"),
                        ws->database());
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("2021-03-15T09:00:07.000Z"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("2021-03-15T09:00:07.000Z"));
        }
        auto reopened = Workspace::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->programme().departementCode, QStringLiteral("01"));
        // The workspace keeps the programme document it was created with.
        QVERIFY(reopened.value()->programmeDocument().contains("guichet-programme"));
    }

    // A workspace holds applicants' contacts: the file and its journals are the user's only,
    // and every commit is durable when it returns.
    void aNewWorkspaceIsPrivateAndDurable()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("ain.guichet"));
        auto ws = testing::createDemoWorkspace(path, 3);
        QVERIFY(ws);
        QVERIFY(file_platform::isOwnerOnly(path));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(file_platform::isOwnerOnly(path + QStringLiteral("-wal")));
        QSqlQuery q(QStringLiteral("PRAGMA synchronous"), ws->database());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
    }

    void createRefusesExistingFile()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("ain.guichet"));
        QVERIFY(testing::createWorkspace(path));
        const QByteArray before = testing::fileDigest(path);
        auto again = Workspace::create(path, "{}");
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::BadInput);
        QCOMPARE(testing::fileDigest(path), before);
    }

    void createRefusesInvalidProgramme()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("bad.guichet"));
        auto ws =
            Workspace::create(path, R"({"format": "guichet-programme", "schema_version": 1})");
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QStringLiteral("$.name")));
        QVERIFY(!QFile::exists(path));
    }

    void refusesNewerVersionUntouched()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("future.guichet"));
        QVERIFY(testing::createWorkspace(path));
        setUserVersion(path, migrations::latestVersion() + 1);
        const QByteArray before = testing::fileDigest(path);
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().kind, Error::Kind::BadInput);
        QVERIFY(ws.error().message.contains(QStringLiteral("plus récente")));
        QCOMPARE(testing::fileDigest(path), before);
    }

    void refusesDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not sqlite")
            << QByteArray("ID,Email\n1,a@b.fr\n") << QStringLiteral("pas une base SQLite");
        QTest::addRow("empty file") << QByteArray() << QStringLiteral("pas une base SQLite");
        QTest::addRow("truncated header") << QByteArray("SQLite format 3\0", 16)
                                          << QStringLiteral("illisible|endommagé|pas un classeur");
        QTest::addRow("corrupted pages")
            << QByteArray("corrupt") << QStringLiteral("endommagé|illisible");
    }
    void refusesDamagedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("damaged.guichet"));
        if (content == "corrupt") {
            // A real workspace whose b-tree pages are overwritten in the middle.
            {
                auto ws = testing::createDemoWorkspace(path, 300);
                QVERIFY(ws);
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8 * 4096);
            file.seek(4 * 4096);
            file.write(QByteArray(3 * 4096, '\xA5'));
            file.close();
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = testing::fileDigest(path);
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(QRegularExpression(expected)),
                 qPrintable(ws.error().message));
        QVERIFY(ws.error().message.contains(path));
        QCOMPARE(testing::fileDigest(path), before);
    }

    void refusesForeignSqliteDatabase()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(QStringLiteral("CREATE TABLE t (x)"), db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QStringLiteral("pas un classeur Guichet")));
    }

    void secondOpenerIsReadOnly()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("shared.guichet"));
        auto writer = testing::createDemoWorkspace(path, 5);
        QVERIFY(writer);
        const qint64 number = DossierRepository(*writer).loadAll().value().constFirst().number;

        auto reader = Workspace::open(path);
        QVERIFY(reader.ok());
        QVERIFY(reader.value()->isReadOnly());
        QVERIFY(reader.value()->readOnlyReason().contains(QStringLiteral("lecture seule")));
        // It says who holds the file, and where.
        QVERIFY(reader.value()->readOnlyReason().contains(
            QStringLiteral("par %1 sur le poste %2")
                .arg(QFileInfo(path).owner(), QSysInfo::machineHostName())));
        // The reader sees the data but cannot write.
        DossierRepository readerRepository(**reader);
        QCOMPARE(readerRepository.count(), qint64(5));
        QVERIFY(!readerRepository.setNote(number, QStringLiteral("essai")).ok());
        // The writer still writes, and the reader sees it.
        QVERIFY(DossierRepository(*writer).setNote(number, QStringLiteral("vu")).ok());
        QCOMPARE(readerRepository.note(number), QStringLiteral("vu"));

        // Once the writer is gone, the next opener writes.
        writer.reset();
        reader.value().reset();
        auto next = Workspace::open(path);
        QVERIFY(next.ok());
        QVERIFY(!next.value()->isReadOnly());
    }

    // A lock file its writer left empty or cut short (killed while creating it) names no
    // holder: the next opener takes the lock and writes.
    void lockLeftHalfWrittenIsTaken_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut after the pid") << QByteArray("12345\n");
    }
    void lockLeftHalfWrittenIsTaken()
    {
        QFETCH(QByteArray, content);
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("killed.guichet"));
        testing::createDemoWorkspace(path, 5).reset();
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(content);
        lock.close();
        auto reopened = Workspace::open(path);
        QVERIFY(reopened.ok());
        QVERIFY2(!reopened.value()->isReadOnly(), qPrintable(reopened.value()->readOnlyReason()));
    }

    void transactionRollsBackUnlessCommitted()
    {
        testing::TestDir dir;
        auto ws = testing::createDemoWorkspace(dir.path(QStringLiteral("t.guichet")), 3);
        QVERIFY(ws);
        QSqlDatabase db = ws->database();
        {
            Transaction outer(db);
            QVERIFY(outer.isActive());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM dossiers")));
            {
                Transaction inner(db);
                QVERIFY(QSqlQuery(db).exec(
                    QStringLiteral("INSERT INTO workspace_info VALUES ('k', 'v')")));
                QVERIFY(inner.commit());
            }
            // outer goes out of scope without commit
        }
        QCOMPARE(DossierRepository(*ws).count(), qint64(3));
        QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM workspace_info WHERE key = 'k'"), db);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
