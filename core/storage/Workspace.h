#pragma once

#include "WorkspaceProbe.h"
#include "common/Result.h"
#include "programme/Programme.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace guichet {

// One campaign's workspace: a single SQLite file (extension .guichet) holding the programme it
// was created with, the dossiers, the local instruction work and the audit log.
//
// Only one process writes a workspace at a time: the writer holds FILE.lock; any other process
// gets the workspace read-only and says who holds it, on which machine. Every commit is durable
// when it returns (synchronous = FULL); an upgrade of the schema first writes a backup
// (storage/MigrationBackup).
class Workspace
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    static constexpr const char* kExtension = "guichet";

    // What a workspace is for: a real campaign, or a demonstration (fictitious work on real
    // collectivities, which the window says in its title).
    enum class Purpose
    {
        Campaign,
        Demonstration
    };

    // Creates a new workspace; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Workspace>> create(const QString& path,
                                                     const QByteArray& programmeDocument,
                                                     Purpose purpose = Purpose::Campaign);
    // Opens an existing workspace, upgrading its schema when it is older. `wanted` ReadOnly
    // never writes to the file (and never upgrades it). With Integrity::Defer the full
    // integrity check (which reads the whole file) is left to the caller, unless an upgrade
    // is due: a file is always verified before it is written.
    static Result<std::unique_ptr<Workspace>>
    open(const QString& path, Access wanted = Access::ReadWrite,
         probe::Integrity integrity = probe::Integrity::Verify);

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // Why the workspace is read-only (e.g. another instructor has it open), or empty.
    QString readOnlyReason() const { return m_readOnlyReason; }
    const Programme& programme() const { return m_programme; }
    bool isDemonstration() const { return m_purpose == Purpose::Demonstration; }
    QByteArray programmeDocument() const;

    // The name written in the audit log for changes made through this workspace.
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

private:
    Workspace() = default;
    Status connect(Access access);
    void disconnect();
    Status loadProgramme();
    void loadPurpose();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    Access m_access = Access::ReadWrite;
    QString m_readOnlyReason;
    Programme m_programme;
    Purpose m_purpose = Purpose::Campaign;
    QString m_actor;
};

} // namespace guichet
