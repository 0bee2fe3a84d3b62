#include "MigrationBackup.h"

#include "Workspace.h"
#include "WorkspaceCopy.h"
#include "common/FilePlatform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace guichet::migration_backup {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MigrationBackup)
};

} // namespace

QString pathFor(const QString& workspacePath)
{
    return QFileInfo(workspacePath).absoluteFilePath() + QStringLiteral(".avant-mise-a-jour");
}

Status write(const Workspace& workspace)
{
    return workspace_copy::write(workspace, pathFor(workspace.path()),
                                 workspace_copy::Existing::Replace);
}

Status restore(const QString& workspacePath)
{
    const QString path = QFileInfo(workspacePath).absoluteFilePath();
    const QString backup = pathFor(path);
    // The journals belong to the upgraded content: SQLite would replay them onto the backup.
    for (const char* journal : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(journal));
    if (!file_platform::replaceFile(backup, path) ||
        !file_platform::syncFolder(QFileInfo(path).absolutePath()))
        return Error::failure(
            Text::tr("La sauvegarde %1 n'a pas pu être remise en place : renommez-la %2.")
                .arg(backup, path));
    return success();
}

void discard(const QString& workspacePath)
{
    QFile::remove(pathFor(workspacePath));
}

} // namespace guichet::migration_backup
