#include "CliCommandTest.h"

#include "cli/Cli.h"
#include "programme/ProgrammeReader.h"
#include "storage/Migrations.h"
#include "storage/WorkspaceProbe.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>

namespace guichet::testing {

CliCommandTest::Run CliCommandTest::guichet(const QStringList& words)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const auto command = cli::find(words);
    const int exitCode = command ? command->execute(words, outStream, errStream)
                                 : cli::run(words, outStream, errStream);
    return {exitCode, out, err};
}

void CliCommandTest::writeOlderWorkspace(const QString& path)
{
    const QString name = QStringLiteral("older-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(probe::kApplicationId)));
        QVERIFY(migrations::migrateTo(db, kOlderVersion).ok());
        q.prepare(QStringLiteral("INSERT INTO programme VALUES (1, ?, 'x', '2021-01-01')"));
        q.addBindValue(QString::fromUtf8(ProgrammeReader::builtinDocument()));
        QVERIFY(q.exec());
        for (const char* row :
             {"(42, 'en_instruction', 'Commune de Belley', '210100343', 'commune', '3c', "
              "'Portail', 100, 50, '2021-03-15T10:00:00+01:00')",
              "(43, 'en_instruction', 'Commune de Nantua', '210102695', 'commune', '3a', "
              "'Guichet', 200, 80, '2021-03-16T10:00:00+01:00')"})
            QVERIFY(q.exec(QStringLiteral("INSERT INTO dossiers (number, state, "
                                          "applicant_name, applicant_siren, applicant_kind, "
                                          "subaxis, title, total_cost_cents, requested_cents, "
                                          "deposited_at) VALUES ") +
                           QLatin1String(row)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(probe::schemaVersion(path), kOlderVersion);
}

} // namespace guichet::testing
