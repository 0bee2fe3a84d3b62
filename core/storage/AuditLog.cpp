#include "AuditLog.h"

#include "SqlColumns.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr sql::Table kTable{"audit_log"};
constexpr sql::Column kId{"id"}; // the order of writing
constexpr sql::Column kAt{"at"};
constexpr sql::Column kWho{"who"};
constexpr sql::Column kEntity{"entity"};
constexpr sql::Column kEntityId{"entity_id"};
constexpr sql::Column kField{"field"};
constexpr sql::Column kOldValue{"old_value"};
constexpr sql::Column kNewValue{"new_value"};

} // namespace

Status AuditLog::record(const QString& who, const QString& entity, const QString& entityId,
                        const QString& field, const QVariant& oldValue, const QVariant& newValue)
{
    QSqlQuery query(m_db);
    query.prepare(
        sql::insert(kTable, {kAt, kWho, kEntity, kEntityId, kField, kOldValue, kNewValue}));
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
    // The entity and its id are those asked for: the rows give the rest.
    query.prepare(sql::select(kTable, {kAt, kWho, kField, kOldValue, kNewValue}) +
                  sql::where({kEntity, kEntityId}) + " ORDER BY "_L1 + kId.name);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    QList<AuditEntry> entries;
    if (!query.exec())
        return entries;
    const sql::Positions position(query);
    const int at = position(kAt), who = position(kWho), field = position(kField),
              oldValue = position(kOldValue), newValue = position(kNewValue);
    while (query.next()) {
        entries.append({clock::fromText(query.value(at).toString()), query.value(who).toString(),
                        entity, entityId, query.value(field).toString(), query.value(oldValue),
                        query.value(newValue)});
    }
    return entries;
}

qint64 AuditLog::count() const
{
    QSqlQuery query(sql::count(kTable), m_db);
    return query.next() ? query.value(sql::kCount.name).toLongLong() : 0;
}

} // namespace guichet
