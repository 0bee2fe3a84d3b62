#pragma once

#include "common/Result.h"
#include "storage/AuditChain.h"

#include <QList>
#include <QString>

namespace guichet::workspace_check {

// What `guichet verify` and the window at open check, on a read-only connection (never a byte
// written, whatever the schema version): SQLite's integrity and foreign keys, the audit log's
// hash chain, and the ledger's invariants.
struct Finding
{
    QString check;     // "integrity", "foreign_keys", "audit_chain", "ledger": for scripts
    qint64 rowId = -1; // the row concerned, when there is one
    QString message;   // one French sentence naming the place
};

struct Report
{
    QList<Finding> findings;
    std::optional<audit_chain::Head> head; // none before the chain's schema
    qint64 auditRows = 0;
    bool ok() const { return findings.isEmpty(); }
};

// Error only when `path` is not a workspace this build can read; everything else is a finding.
Result<Report> run(const QString& path);

// The report as JSON (guichet verify --json).
QByteArray toJson(const QString& path, const Report& report);

} // namespace guichet::workspace_check
