#include "TestWorkspace.h"

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

} // namespace guichet::testing
