#include "CliCommandTest.h"
#include "TestWorkspace.h"
#include "cli/Cli.h"
#include "dossier/DossierRepository.h"
#include "programme/ProgrammeReader.h"
#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "storage/Migrations.h"
#include "storage/WorkspaceProbe.h"
#include "verify/WorkspaceCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace guichet;

// The audit chain and `guichet verify`: a workspace altered behind the application's back
// (triggers dropped, a row changed as SQLite's shell would) is found, with the row's id, and
// verifying never writes a byte.
class TestVerify : public testing::CliCommandTest
{
    Q_OBJECT

    static qint64 lastAuditRow(const QString& path)
    {
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        QSqlQuery q(QStringLiteral("SELECT MAX(id) FROM audit_log"), ws.value()->database());
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    static QJsonObject verifyJson(const QString& path, int expectedExit)
    {
        const QByteArray before = testing::fileDigest(path);
        const Run run = guichet({QStringLiteral("verify"), path, QStringLiteral("--json")});
        [&] {
            QCOMPARE(run.exitCode, expectedExit);
        }();
        [&] {
            QCOMPARE(testing::fileDigest(path), before);
        }(); // never a write
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private slots:
    void aSoundWorkspacePassesAndPrintsTheChainHead()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 40));
        const qint64 last = lastAuditRow(path);
        QVERIFY(last > 0);
        const Run run = guichet({QStringLiteral("verify"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(
                     QStringLiteral("Tête de la chaîne du journal : ligne %1, SHA-256 ").arg(last)),
                 qPrintable(run.out));
        const QJsonObject json = verifyJson(path, 0);
        QVERIFY(json.value(QStringLiteral("ok")).toBool());
        QCOMPARE(json.value(QStringLiteral("audit_chain_head"))
                     .toObject()
                     .value(QStringLiteral("row_id"))
                     .toInteger(),
                 last);
    }

    // The head moves with each write, and the stored chain links every row to the one before.
    void eachRowFollowsThePreviousOne()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        auto ws = testing::createDemoWorkspace(path, 3);
        QVERIFY(ws);
        const auto before = audit_chain::head(ws->database());
        QVERIFY(before.ok());
        DossierRepository repository(*ws);
        const qint64 number = repository.loadAll().value().constFirst().number;
        QVERIFY(repository.setNote(number, QStringLiteral("Pièces complètes")).ok());
        const auto after = audit_chain::head(ws->database());
        QCOMPARE(after->rowId, before->rowId + 1);
        QVERIFY(after->sha256 != before->sha256);
        QSqlQuery q(QStringLiteral("SELECT previous_sha256, sha256 FROM audit_log WHERE id = %1")
                        .arg(after->rowId),
                    ws->database());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), before->sha256);
        QCOMPARE(q.value(1).toString(), after->sha256);
        QVERIFY(audit_chain::verify(ws->database())->isEmpty());
    }

    void aRowAlteredBehindTheBackIsFoundWithItsId_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<int>("offset"); // the row reported, from the row altered
        QTest::addRow("value changed")
            << "UPDATE audit_log SET new_value = 'falsifié' WHERE id = %1" << 0;
        QTest::addRow("author changed")
            << "UPDATE audit_log SET who = 'Quelqu''un' WHERE id = %1" << 0;
        QTest::addRow("row removed") << "DELETE FROM audit_log WHERE id = %1" << 1;
        QTest::addRow("row rehashed") << "UPDATE audit_log SET new_value = 'x', sha256 = "
                                         "'00' WHERE id = %1"
                                      << 0;
    }
    void aRowAlteredBehindTheBackIsFoundWithItsId()
    {
        QFETCH(QString, statement);
        QFETCH(int, offset);
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 40));
        const qint64 victim = lastAuditRow(path) / 2;
        testing::runSql(path, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                               QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                               statement.arg(victim)});
        const QJsonObject json = verifyJson(path, 1);
        QVERIFY(!json.value(QStringLiteral("ok")).toBool());
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        // The first finding names the row; a forged hash also breaks the next row's link.
        QVERIFY(!findings.isEmpty());
        const QJsonObject finding = findings.first().toObject();
        QCOMPARE(finding.value(QStringLiteral("check")).toString(), QStringLiteral("audit_chain"));
        QCOMPARE(finding.value(QStringLiteral("row_id")).toInteger(), victim + offset);
        const Run text = guichet({QStringLiteral("verify"), path});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(QStringLiteral("journal, ligne %1 : ").arg(victim + offset)),
                 qPrintable(text.out));
        QVERIFY(text.err.contains(QStringLiteral("anomalie")));
    }

    // The rows written before the chain's schema start it: they are not rewritten, and the
    // first chained row vouches for them, so one of them altered is found there.
    void rowsWrittenBeforeTheChainStartIt()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("old.guichet"));
        {
            const QString name = QStringLiteral("old-writer");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA application_id = %1").arg(probe::kApplicationId));
                QVERIFY(migrations::migrateTo(db, 6).ok());
                q.prepare(QStringLiteral("INSERT INTO programme VALUES (1, ?, 'x', '2021-01-01')"));
                q.addBindValue(QString::fromUtf8(ProgrammeReader::builtinDocument()));
                QVERIFY(q.exec());
                for (int i = 0; i < 3; ++i)
                    QVERIFY(q.exec(
                        QStringLiteral(
                            "INSERT INTO audit_log (at, who, entity, entity_id, field, old_value, "
                            "new_value) VALUES ('2021-03-15T09:30:05.000Z', 'Claire', 'dossier', "
                            "'42', 'note', NULL, 'v%1')")
                            .arg(i)));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws.ok());
            QVERIFY(AuditLog(ws.value()->database())
                        .record(QStringLiteral("Claire"), QStringLiteral("dossier"),
                                QStringLiteral("42"), QStringLiteral("note"), QStringLiteral("v2"),
                                QStringLiteral("v3"))
                        .ok());
            QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE sha256 IS NULL"),
                        ws.value()->database());
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 3); // not rewritten
        }
        QVERIFY(verifyJson(path, 0).value(QStringLiteral("ok")).toBool());
        testing::runSql(path, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                               QStringLiteral("UPDATE audit_log SET who = 'X' WHERE id = 2")});
        const QJsonArray findings = verifyJson(path, 1).value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().toObject().value(QStringLiteral("row_id")).toInteger(), 4);
    }

    // A movement written behind the application's back that commits more than the envelope
    // without a justification, and a note on a dossier that does not exist.
    void ledgerAndReferencesAreChecked()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 40));
        testing::runSql(
            path, {QStringLiteral("INSERT INTO ledger_movements (id, kind, dossier_number, "
                                  "amount_cents, value_date, author, recorded_at) VALUES (99999, "
                                  "'attribution', (SELECT MAX(number) FROM dossiers), "
                                  "900000000000, '2021-09-15', 'X', '2021-09-15T09:00:00.000Z')"),
                   QStringLiteral("INSERT INTO dossier_notes VALUES (123456789, 'orpheline')")});
        const QJsonArray findings = verifyJson(path, 1).value(QStringLiteral("findings")).toArray();
        QStringList checks;
        for (const QJsonValue& finding : findings) {
            checks.append(finding.toObject().value(QStringLiteral("check")).toString());
            if (checks.constLast() == QLatin1String("ledger"))
                QCOMPARE(finding.toObject().value(QStringLiteral("row_id")).toInteger(), 99999);
        }
        QVERIFY2(checks.contains(QStringLiteral("ledger")) &&
                     checks.contains(QStringLiteral("foreign_keys")),
                 qPrintable(checks.join(QLatin1Char(' '))));
    }

    void aFileThatIsNotAWorkspaceIsBadInput()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("x.guichet"));
        testing::writeFile(path, "not a database");
        QCOMPARE(guichet({QStringLiteral("verify"), path}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "TestVerify.moc"
