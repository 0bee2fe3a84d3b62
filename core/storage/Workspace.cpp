#include "Workspace.h"

#include "MigrationBackup.h"
#include "Migrations.h"
#include "ProgrammeColumns.h"
#include "SqlColumns.h"
#include "Transaction.h"
#include "WorkspaceProbe.h"
#include "common/Clock.h"
#include "common/FilePlatform.h"
#include "common/Identity.h"
#include "programme/ProgrammeReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

namespace programme = programme_columns;

// Facts about the workspace itself, by key.
namespace info {
constexpr sql::Table kTable{"workspace_info"};
constexpr sql::Column kKey{"key"};
constexpr sql::Column kValue{"value"};
const auto kCreatedAt = QStringLiteral("created_at");
const auto kPurpose = QStringLiteral("purpose"); // absent for a campaign
const auto kDemonstration = QStringLiteral("demonstration");
} // namespace info

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("guichet-workspace-%1").arg(++counter);
}

// Takes the workspace's lock if nobody holds it. QLockFile reclaims the lock of a process that
// is gone, but not a lock file left empty or cut short (its writer killed between creating and
// filling it): with no pid to check it would stay held for ever, and the workspace read-only.
// Such a file names no holder, so nobody holds it.
bool takeLock(QLockFile& lock)
{
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, application;
    if (lock.getLockInfo(&pid, &host, &application))
        return false;
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

// Who holds the lock and where: the lock file records the process and the machine, and is
// owned by the account that created it.
QString lockHolder(QLockFile& lock, const QString& path)
{
    qint64 pid = 0;
    QString host, application;
    lock.getLockInfo(&pid, &host, &application);
    QString user = file_platform::ownerOf(lock.fileName());
    if (user.isEmpty())
        user = Text::tr("un autre utilisateur");
    if (application.isEmpty())
        application = Text::tr("un autre programme");
    return Text::tr("Le classeur %1 est ouvert en écriture par %2 sur le poste %3 (%4, processus "
                    "%5) : il n'est ouvert ici qu'en lecture seule ; fermez-le là-bas avant de le "
                    "modifier.")
        .arg(QFileInfo(path).fileName(), user, host, application)
        .arg(pid);
}

bool exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

} // namespace

Workspace::~Workspace()
{
    disconnect();
}

void Workspace::disconnect()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (!isReadOnly())
                exec(db, QStringLiteral("PRAGMA optimize"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Workspace::connect(Access access)
{
    m_access = access;
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return Error::failure(
            Text::tr("Impossible d'ouvrir %1 : %2").arg(m_path, db.lastError().text()));
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (access == Access::ReadWrite) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
            query.value(QStringLiteral("journal_mode")).toString() != QLatin1String("wal"))
            return Error::failure(Text::tr("Impossible de passer %1 en mode WAL : %2")
                                      .arg(m_path, query.lastError().text()));
        // Every commit of user work (a decision, a score, an issued letter) reaches the disk
        // before the call returns: in WAL mode, FULL syncs the log at each commit, so a power
        // cut cannot roll back what the user saw saved (NORMAL could).
        exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
    }
    return success();
}

Result<std::unique_ptr<Workspace>>
Workspace::create(const QString& path, const QByteArray& programmeDocument, Purpose purpose)
{
    if (QFileInfo::exists(path))
        return Error::badInput(Text::tr("%1 existe déjà : choisissez un autre nom.").arg(path));
    const ProgrammeReader::Outcome outcome = ProgrammeReader::read(programmeDocument);
    if (!outcome.programme)
        return Error::badInput(
            Text::tr("Programme invalide :\n%1").arg(ProgrammeReader::describe(outcome.issues)));

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = QFileInfo(path).absoluteFilePath();
    ws->m_actor = identity::currentInstructor();
    ws->m_lock = std::make_unique<QLockFile>(ws->m_path + QStringLiteral(".lock"));
    if (!takeLock(*ws->m_lock))
        return Error::failure(Text::tr("%1 est verrouillé par un autre processus.").arg(path));
    // The file exists, readable by the user only, before SQLite writes a byte into it (its
    // journals take the same rights): it will hold the applicants' contacts.
    QFile file(ws->m_path);
    if (!file.open(QIODevice::NewOnly) || !file_platform::restrictToOwner(ws->m_path))
        return Error::failure(
            Text::tr("Impossible de créer %1 : %2").arg(path, file.errorString()));
    file.close();
    if (Status status = ws->connect(Access::ReadWrite); !status)
        return status.error();

    QSqlDatabase db = ws->database();
    exec(db, QStringLiteral("PRAGMA application_id = %1").arg(probe::kApplicationId));
    if (Status status = migrations::migrate(db); !status)
        return status.error();

    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(sql::insert(programme::kTable, {programme::kId, programme::kDocument,
                                                  programme::kSha256, programme::kInstalledAt}));
    query.addBindValue(programme::kOnlyRow);
    query.addBindValue(QString::fromUtf8(programmeDocument));
    query.addBindValue(QString::fromLatin1(
        QCryptographicHash::hash(programmeDocument, QCryptographicHash::Sha256).toHex()));
    query.addBindValue(clock::toText(clock::now()));
    if (!query.exec())
        return Error::failure(
            Text::tr("Impossible d'enregistrer le programme : %1").arg(query.lastError().text()));
    query.prepare(sql::insert(info::kTable, {info::kKey, info::kValue}));
    query.addBindValue(info::kCreatedAt);
    query.addBindValue(clock::toText(clock::now()));
    bool written = query.exec();
    if (purpose == Purpose::Demonstration) {
        query.addBindValue(info::kPurpose);
        query.addBindValue(info::kDemonstration);
        written = written && query.exec();
    }
    if (!written || !transaction.commit())
        return Error::failure(Text::tr("Impossible d'initialiser %1.").arg(path));
    ws->m_programme = *outcome.programme;
    ws->m_purpose = purpose;
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Access wanted,
                                                   probe::Integrity integrity)
{
    // Everything is checked on a read-only connection first, so that a file we refuse is
    // left exactly as it was.
    if (Status status = probe::check(path, integrity); !status)
        return status.error();
    if (integrity == probe::Integrity::Defer && wanted == Access::ReadWrite &&
        probe::schemaVersion(path) < migrations::latestVersion()) {
        if (Status status = probe::verifyIntegrity(path); !status)
            return status.error();
    }

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = QFileInfo(path).absoluteFilePath();
    ws->m_actor = identity::currentInstructor();
    Access access = wanted;
    if (wanted == Access::ReadWrite) {
        ws->m_lock = std::make_unique<QLockFile>(ws->m_path + QStringLiteral(".lock"));
        if (!takeLock(*ws->m_lock)) {
            ws->m_readOnlyReason = lockHolder(*ws->m_lock, ws->m_path);
            ws->m_lock.reset();
            access = Access::ReadOnly;
        } else if (!QFileInfo(path).isWritable()) {
            ws->m_readOnlyReason = Text::tr("Le fichier est protégé en écriture : il est ouvert en "
                                            "lecture seule.");
            ws->m_lock.reset();
            access = Access::ReadOnly;
        }
    }
    if (Status status = ws->connect(access); !status)
        return status.error();
    const bool upgrade = probe::schemaVersion(path) < migrations::latestVersion();
    if (access == Access::ReadWrite && upgrade) {
        if (Status status = migration_backup::write(*ws); !status)
            return status.error();
        if (Status status = migrations::migrate(ws->database()); !status) {
            // Migrations run one transaction each: a failure would leave a file half upgraded.
            // The lock is still held while the backup takes the file's place again.
            ws->disconnect();
            if (Status restored = migration_backup::restore(ws->m_path); !restored)
                return Error::failure(status.error().message + QLatin1Char('\n') +
                                      restored.error().message);
            return Error::failure(status.error().message + QLatin1Char('\n') +
                                  Text::tr("Le classeur a été remis tel qu'il était avant la "
                                           "mise à jour."));
        }
    } else if (probe::schemaVersion(path) < migrations::latestVersion()) {
        return Error::failure(
            Text::tr("%1 a été créé par une version antérieure de Guichet et doit "
                     "être mis à jour, ce qui est impossible en lecture seule.")
                .arg(path));
    }
    if (Status status = ws->loadProgramme(); !status)
        return status.error();
    ws->loadPurpose();
    // The upgraded file has opened once since its backup was taken: the backup may go.
    if (access == Access::ReadWrite && !upgrade)
        migration_backup::discard(ws->m_path);
    return ws;
}

QByteArray Workspace::programmeDocument() const
{
    QSqlQuery query(database());
    query.prepare(sql::select(programme::kTable, {programme::kDocument}) +
                  sql::where({programme::kId}));
    query.addBindValue(programme::kOnlyRow);
    return query.exec() && query.next() ? query.value(programme::kDocument.name).toString().toUtf8()
                                        : QByteArray();
}

Status Workspace::loadProgramme()
{
    const QByteArray document = programmeDocument();
    if (document.isEmpty())
        return Error::badInput(Text::tr("%1 ne contient pas de programme.").arg(m_path));
    ProgrammeReader::Outcome outcome = ProgrammeReader::read(document);
    if (!outcome.programme)
        return Error::badInput(Text::tr("Le programme enregistré dans %1 est invalide :\n%2")
                                   .arg(m_path, ProgrammeReader::describe(outcome.issues)));
    m_programme = std::move(*outcome.programme);
    return success();
}

void Workspace::loadPurpose()
{
    QSqlQuery query(database());
    query.prepare(sql::select(info::kTable, {info::kValue}) + sql::where({info::kKey}));
    query.addBindValue(info::kPurpose);
    const bool demonstration =
        query.exec() && query.next() &&
        query.value(QString(info::kValue.name)).toString() == info::kDemonstration;
    m_purpose = demonstration ? Purpose::Demonstration : Purpose::Campaign;
}

} // namespace guichet
