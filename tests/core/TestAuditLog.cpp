#include "FakeClock.h"
#include "TestWorkspace.h"
#include "dossier/DossierRepository.h"
#include "storage/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace guichet;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void noteChangesAreAudited()
    {
        testing::TestDir dir;
        auto ws = testing::createDemoWorkspace(dir.path(QStringLiteral("a.guichet")), 3);
        QVERIFY(ws);
        ws->setActor(QStringLiteral("Claire Martin"));
        DossierRepository repository(*ws);
        const qint64 number = repository.loadAll().value().constFirst().number;

        FakeClock clock(QDateTime(QDate(2021, 3, 15), QTime(9, 0), Qt::UTC));
        QVERIFY(repository.setNote(number, QStringLiteral("Pièces complètes")).ok());
        QVERIFY(repository.setNote(number, QStringLiteral("Pièces complètes")).ok()); // no change
        clock.advance(1250);
        QVERIFY(repository.setNote(number, QStringLiteral("Devis manquant")).ok());

        // The demo's instruction (scores, decisions) is audited on the same dossier: keep notes.
        QList<AuditEntry> entries =
            AuditLog(ws->database()).entriesFor(QStringLiteral("dossier"), QString::number(number));
        entries.removeIf([](const AuditEntry& e) { return e.field != QLatin1String("note"); });
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).who, QStringLiteral("Claire Martin"));
        QCOMPARE(entries.at(0).field, QStringLiteral("note"));
        QCOMPARE(entries.at(0).oldValue.toString(), QString());
        QCOMPARE(entries.at(0).newValue.toString(), QStringLiteral("Pièces complètes"));
        QCOMPARE(entries.at(1).oldValue.toString(), QStringLiteral("Pièces complètes"));
        QCOMPARE(entries.at(1).newValue.toString(), QStringLiteral("Devis manquant"));
        QCOMPARE(entries.at(0).at, QDateTime(QDate(2021, 3, 15), QTime(9, 0), Qt::UTC));
        QCOMPARE(entries.at(1).at, QDateTime(QDate(2021, 3, 15), QTime(9, 0, 1, 250), Qt::UTC));
    }

    void timesAreStoredInTheOneFormat()
    {
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("a.guichet")));
        QVERIFY(ws);
        FakeClock clock(QDateTime(QDate(2021, 3, 15), QTime(9, 0, 7), Qt::UTC));
        QVERIFY(AuditLog(ws->database())
                    .record(QStringLiteral("me"), QStringLiteral("dossier"), QStringLiteral("1"),
                            QStringLiteral("note"), QString(), QStringLiteral("x"))
                    .ok());
        QSqlQuery query(QStringLiteral("SELECT at FROM audit_log"), ws->database());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2021-03-15T09:00:07.000Z"));
    }

    void logIsAppendOnly_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addRow("update") << "UPDATE audit_log SET who = 'x'";
        QTest::addRow("delete") << "DELETE FROM audit_log";
        QTest::addRow("delete one") << "DELETE FROM audit_log WHERE id = 1";
    }
    void logIsAppendOnly()
    {
        QFETCH(QString, statement);
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("a.guichet")));
        QVERIFY(ws);
        AuditLog log(ws->database());
        QVERIFY(log.record(QStringLiteral("me"), QStringLiteral("dossier"), QStringLiteral("1"),
                           QStringLiteral("note"), QString(), QStringLiteral("x"))
                    .ok());
        QSqlQuery query(ws->database());
        QVERIFY(!query.exec(statement));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QCOMPARE(log.count(), qint64(1));
    }

    void failedChangeLeavesNoAuditRow()
    {
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("a.guichet")));
        QVERIFY(ws);
        // Dossier 999 does not exist: the foreign key refuses the note, and no audit row stays.
        QVERIFY(!DossierRepository(*ws).setNote(999, QStringLiteral("x")).ok());
        QCOMPARE(AuditLog(ws->database()).count(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
