#include "WorkspaceCheck.h"

#include "ledger/LedgerState.h"
#include "ledger/LedgerStore.h"
#include "programme/ProgrammeReader.h"
#include "storage/WorkspaceProbe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <limits>

namespace guichet::workspace_check {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCheck)
};

bool hasColumn(QSqlDatabase& db, const QString& table, const QString& column)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"));
    query.addBindValue(table);
    query.addBindValue(column);
    return query.exec() && query.next();
}

void couldNotRun(Report& report, const QString& check, const QString& detail)
{
    report.findings.append(
        {check, -1, Text::tr("le contrôle n'a pas pu être mené jusqu'au bout : %1").arg(detail)});
}

// Every page and index of the file (the full integrity_check, not the quick one).
void checkIntegrity(QSqlDatabase& db, Report& report)
{
    const QString check = QStringLiteral("integrity");
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(100)"))) {
        couldNotRun(report, check, query.lastError().text());
        return;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            report.findings.append({check, -1, Text::tr("fichier SQLite : %1").arg(line)});
    }
}

void checkForeignKeys(QSqlDatabase& db, Report& report)
{
    const QString check = QStringLiteral("foreign_keys");
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        couldNotRun(report, check, query.lastError().text());
        return;
    }
    while (query.next()) {
        report.findings.append(
            {check, query.value(1).toLongLong(),
             Text::tr("table %1, ligne %2 : renvoie à une ligne absente de la table %3")
                 .arg(query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString())});
    }
}

void checkAuditChain(QSqlDatabase& db, Report& report)
{
    const QString check = QStringLiteral("audit_chain");
    QSqlQuery count(QStringLiteral("SELECT COUNT(*) FROM audit_log"), db);
    report.auditRows = count.next() ? count.value(0).toLongLong() : 0;
    if (!hasColumn(db, QStringLiteral("audit_log"), QStringLiteral("sha256")))
        return; // a file of an older schema: its log is chained at its upgrade
    const Result<QList<audit_chain::Break>> breaks = audit_chain::verify(db);
    if (!breaks) {
        couldNotRun(report, check, breaks.error().message);
        return;
    }
    for (const audit_chain::Break& broken : *breaks)
        report.findings.append(
            {check, broken.rowId,
             Text::tr("journal, ligne %1 : %2").arg(broken.rowId).arg(broken.what)});
    if (const Result<audit_chain::Head> head = audit_chain::head(db))
        report.head = *head;
}

// The ledger replayed in the order written: every movement must pass the rules it was written
// under, the envelope's guard (committed within the envelope, or justified) and the payment
// ceilings among them. Every balance is a sum over the movements, so a movement added or
// altered behind the application's back is where a balance goes wrong. The amount requested
// is not held against an attribution here: a later import may have changed it.
void checkLedger(QSqlDatabase& db, const QString& path, Report& report)
{
    const QString check = QStringLiteral("ledger");
    if (!db.tables().contains(QStringLiteral("ledger_movements")))
        return;
    const Result<QByteArray> document = probe::programmeDocument(path);
    const ProgrammeReader::Outcome programme =
        document ? ProgrammeReader::read(*document) : ProgrammeReader::Outcome{};
    if (!programme.programme) {
        couldNotRun(report, check, Text::tr("programme illisible"));
        return;
    }
    LedgerState state(programme.programme->envelope);
    const LedgerStore store(db, *programme.programme, QString());
    constexpr Cents kAnyRequest = std::numeric_limits<Cents>::max() / 4;
    const Status read = store.forEach([&](const Movement& movement) {
        if (const Status allowed = state.check(movement, kAnyRequest); !allowed)
            report.findings.append({check, movement.id,
                                    Text::tr("registre, mouvement %1 : %2")
                                        .arg(movement.id)
                                        .arg(allowed.error().message)});
        state.apply(movement);
    });
    if (!read)
        couldNotRun(report, check, read.error().message);
}

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("guichet-check-%1").arg(++counter);
}

} // namespace

Result<Report> run(const QString& path)
{
    if (Status status = probe::check(path, probe::Integrity::Defer); !status)
        return status.error();
    Report report;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error::failure(Text::tr("Impossible d'ouvrir %1 : %2").arg(path, error));
        }
        // One read transaction: every check sees the same moment, whatever another Guichet
        // writes meanwhile.
        QSqlQuery(QStringLiteral("BEGIN"), db);
        checkIntegrity(db, report);
        checkForeignKeys(db, report);
        checkAuditChain(db, report);
        checkLedger(db, path, report);
        QSqlQuery(QStringLiteral("COMMIT"), db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

QByteArray toJson(const QString& path, const Report& report)
{
    QJsonArray findings;
    for (const Finding& finding : report.findings) {
        QJsonObject object{{QStringLiteral("check"), finding.check},
                           {QStringLiteral("message"), finding.message}};
        if (finding.rowId >= 0)
            object.insert(QStringLiteral("row_id"), finding.rowId);
        findings.append(object);
    }
    QJsonObject root{{QStringLiteral("file"), path},
                     {QStringLiteral("ok"), report.ok()},
                     {QStringLiteral("audit_rows"), report.auditRows},
                     {QStringLiteral("findings"), findings}};
    if (report.head)
        root.insert(QStringLiteral("audit_chain_head"),
                    QJsonObject{{QStringLiteral("row_id"), report.head->rowId},
                                {QStringLiteral("sha256"), report.head->sha256}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace guichet::workspace_check
