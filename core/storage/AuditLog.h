#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace guichet {

struct AuditEntry
{
    QDateTime at;
    QString who;
    QString entity;   // "dossier", later "score", "decision", ...
    QString entityId; // e.g. the DS number
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

// The append-only record of every change to instruction data. Callers write their change and
// its audit row inside the same Transaction; triggers in the schema refuse UPDATE and DELETE,
// and each row is chained to the previous one by SHA-256 (storage/AuditChain), so that a row
// changed behind the application's back is found.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Status record(const QString& who, const QString& entity, const QString& entityId,
                  const QString& field, const QVariant& oldValue, const QVariant& newValue);
    QList<AuditEntry> entriesFor(const QString& entity, const QString& entityId) const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
};

} // namespace guichet
