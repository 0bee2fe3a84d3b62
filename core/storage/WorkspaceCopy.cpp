#include "WorkspaceCopy.h"

#include "Workspace.h"
#include "WorkspaceProbe.h"
#include "common/AtomicFile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet::workspace_copy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCopy)
};

// Connection names are unique per copy: several may run at once, from several threads.
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("guichet-copy-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status copy(QSqlDatabase db, const QString& sourcePath, const QString& target, Existing existing)
{
    const QFileInfo info(target);
    if (info.exists() && info.canonicalFilePath() == QFileInfo(sourcePath).canonicalFilePath())
        return Error::badInput(
            Text::tr("%1 est le classeur copié : choisissez un autre nom pour la copie.")
                .arg(target));
    if (info.exists() && existing == Existing::Refuse)
        return Error::badInput(Text::tr("%1 existe déjà : choisissez un autre nom.").arg(target));
    // A workspace being replaced must not be open elsewhere, and its journals, which belong to
    // the old content, must go with it: SQLite would replay a stale one onto the copy.
    QLockFile lock(info.absoluteFilePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (info.exists() && !lock.tryLock(0))
        return Error::failure(
            Text::tr("%1 est ouvert par un autre Guichet : il ne peut pas être remplacé.")
                .arg(target));

    AtomicFile file(info.absoluteFilePath());
    if (Status status = file.open(); !status)
        return status;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(file.stagingPath()); // VACUUM INTO writes into an empty file
    if (!query.exec()) {
        // The journal SQLite kept for the half-written copy goes with it (the staging file
        // itself goes with `file`).
        QFile::remove(file.stagingPath() + QStringLiteral("-journal"));
        return Error::failure(Text::tr("Impossible de copier le classeur vers %1 : %2")
                                  .arg(target, query.lastError().text()));
    }
    if (info.exists()) {
        for (const char* journal : {"-wal", "-shm", "-journal"})
            QFile::remove(info.absoluteFilePath() + QLatin1String(journal));
    }
    return file.commit(existing == Existing::Refuse ? AtomicFile::Existing::Refuse
                                                    : AtomicFile::Existing::Replace);
}

} // namespace

Status write(const Workspace& workspace, const QString& target, Existing existing)
{
    return copy(workspace.database(), workspace.path(), target, existing);
}

Status writeFile(const QString& source, const QString& target)
{
    if (Status status = probe::check(source, probe::Integrity::Defer); !status)
        return status;
    const QString name = nextConnectionName();
    Status status = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        status =
            db.open()
                ? copy(db, source, target, Existing::Refuse)
                : Status(Error::failure(
                      Text::tr("Impossible d'ouvrir %1 : %2").arg(source, db.lastError().text())));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace guichet::workspace_copy
