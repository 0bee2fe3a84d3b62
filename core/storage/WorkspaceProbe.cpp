#include "WorkspaceProbe.h"

#include "Migrations.h"
#include "ProgrammeColumns.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <atomic>
#include <functional>

namespace guichet::probe {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

// Runs `body` on a temporary read-only connection, removed afterwards.
template <typename T>
T withReadOnlyConnection(const QString& path, const std::function<T(QSqlDatabase&)>& body)
{
    static std::atomic<quint64> counter{0};
    const QString name = QStringLiteral("guichet-probe-%1").arg(++counter);
    T result = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        T value = body(db);
        db.close();
        return value;
    }();
    QSqlDatabase::removeDatabase(name);
    return result;
}

int pragmaInt(QSqlDatabase& db, const QString& pragma, bool* ok)
{
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next();
    // A pragma answers in a column of its own name.
    return *ok ? query.value(pragma).toInt() : -1;
}

bool quickCheck(QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA quick_check")) && query.next() &&
           query.value(QStringLiteral("quick_check")).toString() == QLatin1String("ok");
}

Error damaged(const QString& path)
{
    return Error::badInput(Text::tr("%1 est endommagé (contrôle d'intégrité en échec) : "
                                    "restaurez une sauvegarde.")
                               .arg(path));
}

} // namespace

bool hasWorkspaceHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(72);
    if (header.size() < 72 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return false;
    return qFromBigEndian<quint32>(header.constData() + 68) == quint32(kApplicationId);
}

Status check(const QString& path, Integrity integrity)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::badInput(Text::tr("Le fichier %1 n'existe pas.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            Text::tr("Impossible de lire %1 : %2").arg(path, file.errorString()));
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return Error::badInput(
            Text::tr("%1 n'est pas un classeur Guichet (ce n'est pas une base SQLite).").arg(path));
    file.close();

    return withReadOnlyConnection<Status>(path, [&](QSqlDatabase& db) -> Status {
        if (!db.open())
            return Error::badInput(
                Text::tr("%1 est illisible : %2").arg(path, db.lastError().text()));
        if (integrity == Integrity::Verify && !quickCheck(db))
            return damaged(path);
        bool ok = false;
        const int applicationId = pragmaInt(db, QStringLiteral("application_id"), &ok);
        if (!ok || applicationId != kApplicationId)
            return Error::badInput(
                Text::tr("%1 est une base SQLite, mais pas un classeur Guichet.").arg(path));
        const int version = pragmaInt(db, QStringLiteral("user_version"), &ok);
        if (!ok)
            return Error::badInput(Text::tr("%1 est illisible.").arg(path));
        if (version > migrations::latestVersion())
            return Error::badInput(
                Text::tr("%1 a été écrit par une version plus récente de Guichet "
                         "(schéma %2, cette version connaît le schéma %3) : mettez "
                         "Guichet à jour pour l'ouvrir. Le fichier n'a pas été "
                         "modifié.")
                    .arg(path)
                    .arg(version)
                    .arg(migrations::latestVersion()));
        return success();
    });
}

int schemaVersion(const QString& path)
{
    return withReadOnlyConnection<int>(path, [](QSqlDatabase& db) {
        bool ok = false;
        return db.open() ? pragmaInt(db, QStringLiteral("user_version"), &ok) : -1;
    });
}

Result<QByteArray> programmeDocument(const QString& path)
{
    if (Status status = check(path, Integrity::Defer); !status)
        return status.error();
    return withReadOnlyConnection<Result<QByteArray>>(
        path, [&](QSqlDatabase& db) -> Result<QByteArray> {
            namespace programme = programme_columns;
            if (!db.open())
                return Error::badInput(Text::tr("%1 ne contient pas de programme.").arg(path));
            QSqlQuery query(db);
            query.prepare(sql::select(programme::kTable, {programme::kDocument}) +
                          sql::where({programme::kId}));
            query.addBindValue(programme::kOnlyRow);
            if (!query.exec() || !query.next())
                return Error::badInput(Text::tr("%1 ne contient pas de programme.").arg(path));
            return query.value(programme::kDocument.name).toString().toUtf8();
        });
}

Status verifyIntegrity(const QString& path)
{
    return withReadOnlyConnection<Status>(path, [&](QSqlDatabase& db) -> Status {
        if (!db.open() || !quickCheck(db))
            return damaged(path);
        return success();
    });
}

} // namespace guichet::probe
