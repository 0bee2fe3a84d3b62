#include "AuditLog.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet {

Status AuditLog::record(const QString& who, const QString& entity, const QString& entityId,
                        const QString& field, const QVariant& oldValue, const QVariant& newValue)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, who, entity, entity_id, field, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(clock::toText(clock::now()));
    query.addBindValue(who);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(field);
    query.addBindValue(oldValue);
    query.addBindValue(newValue);
    if (!query.exec())
        return Error::failure(
            QCoreApplication::translate("AuditLog", "Impossible d'écrire le journal : %1")
                .arg(query.lastError().text()));
    return success();
}

QList<AuditEntry> AuditLog::entriesFor(const QString& entity, const QString& entityId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT at, who, entity, entity_id, field, old_value, new_value "
                                 "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"));
    query.addBindValue(entity);
    query.addBindValue(entityId);
    QList<AuditEntry> entries;
    if (!query.exec())
        return entries;
    while (query.next()) {
        entries.append({clock::fromText(query.value(0).toString()), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5), query.value(6)});
    }
    return entries;
}

qint64 AuditLog::count() const
{
    QSqlQuery query(QStringLiteral("SELECT COUNT(*) FROM audit_log"), m_db);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace guichet
