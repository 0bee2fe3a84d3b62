#include "TestWorkspace.h"

#include "common/Csv.h"
#include "demo/DemoWorkspace.h"
#include "programme/ProgrammeReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

namespace guichet::testing {

TestDir::TestDir()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Workspace> createWorkspace(const QString& path)
{
    auto result = Workspace::create(path, ProgrammeReader::builtinDocument());
    if (!result) {
        qWarning("%s", qPrintable(result.error().message));
        return nullptr;
    }
    return std::move(result.value());
}

std::unique_ptr<Workspace> createDemoWorkspace(const QString& path, int dossiers)
{
    auto result = demo::createWorkspace(path, dossiers);
    if (!result) {
        qWarning("%s", qPrintable(result.error().message));
        return nullptr;
    }
    return std::move(result.value());
}

QByteArray contentDigest(const QString& workspacePath)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString name = QStringLiteral("digest-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(workspacePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery version(QStringLiteral("PRAGMA user_version"), db);
            if (version.next())
                hash.addData(version.value(0).toString().toUtf8());
            QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                            "'table' ORDER BY name"),
                             db);
            QStringList names;
            while (tables.next())
                names.append(tables.value(0).toString());
            for (const QString& table : names) {
                hash.addData(table.toUtf8());
                QSqlQuery rows(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table), db);
                while (rows.next()) {
                    for (int c = 0; c < rows.record().count(); ++c)
                        hash.addData(QByteArray(rows.value(c).toString().toUtf8() + '\x1f'));
                    hash.addData(QByteArrayView("\x1e"));
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result().toHex();
}

QByteArray fileDigest(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

QByteArray toCsv(const QList<QStringList>& rows)
{
    QByteArray out;
    for (const QStringList& row : rows)
        csv::appendRow(out, row);
    return out;
}

Dossier eligibleDossier(qint64 number, const QString& applicant, const QString& siren,
                        const QString& subaxis)
{
    Dossier d;
    d.number = number;
    d.state = DossierState::EnInstruction;
    d.applicantName = applicant;
    d.applicantSiren = siren;
    d.applicantKind = QStringLiteral("commune");
    d.population = 8247;
    d.subaxis = subaxis;
    d.title = QStringLiteral("Projet %1").arg(number);
    d.totalCost = 2800000;
    d.requested = 2072000;
    d.startDate = QDate(2021, 6, 1);
    d.endDate = QDate(2022, 6, 1);
    d.depositedAt = QDateTime::fromString(QStringLiteral("2021-07-01T09:30:00+02:00"), Qt::ISODate)
                        .addSecs(number);
    return d;
}

void damageTable(const QString& workspacePath, const QString& table)
{
    qint64 rootPage = 0;
    qint64 pageSize = 0;
    {
        auto ws = Workspace::open(workspacePath, Workspace::Access::ReadOnly);
        QVERIFY(ws);
        QSqlQuery query(ws.value()->database());
        query.prepare(
            QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?"));
        query.addBindValue(table);
        QVERIFY(query.exec() && query.next());
        rootPage = query.value(0).toLongLong();
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toLongLong();
    }
    QFile file(workspacePath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((rootPage - 1) * pageSize));
    file.write(QByteArray(pageSize, '\x5A'));
}

void runSql(const QString& workspacePath, const QStringList& statements)
{
    const QString name = QStringLiteral("sql-behind-the-back");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(workspacePath);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& statement : statements)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace guichet::testing
