#include "AuditLog.h"

#include "AuditChain.h"
#include "AuditColumns.h"
#include "SqlColumns.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

using namespace audit_columns;

std::optional<QString> storedText(const QVariant& value)
{
    if (!value.isValid() || value.isNull() || value.toString().isNull())
        return std::nullopt;
    return value.toString();
}

QVariant bindable(const std::optional<QString>& text)
{
    return text ? QVariant(*text) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

Status AuditLog::record(const QString& who, const QString& entity, const QString& entityId,
                        const QString& field, const QVariant& oldValue, const QVariant& newValue)
{
    auto fail = [](const QString& detail) {
        return Error::failure(
            QCoreApplication::translate("AuditLog", "Impossible d'écrire le journal : %1")
                .arg(detail));
    };
    // The row is hashed as it will be read back: texts, and NULL for a missing value.
    const Result<audit_chain::Head> head = audit_chain::head(m_db);
    if (!head)
        return fail(head.error().message);
    const audit_chain::Row row{
        head->rowId + 1,      clock::toText(clock::now()), who, entity, entityId, field,
        storedText(oldValue), storedText(newValue)};
    QSqlQuery query(m_db);
    query.prepare(sql::insert(kTable, {kId, kAt, kWho, kEntity, kEntityId, kField, kOldValue,
                                       kNewValue, kPreviousSha256, kSha256}));
    query.addBindValue(row.id);
    query.addBindValue(row.at);
    query.addBindValue(row.who);
    query.addBindValue(row.entity);
    query.addBindValue(row.entityId);
    query.addBindValue(row.field);
    query.addBindValue(bindable(row.oldValue));
    query.addBindValue(bindable(row.newValue));
    query.addBindValue(head->sha256);
    query.addBindValue(audit_chain::link(head->sha256, row));
    if (!query.exec())
        return fail(query.lastError().text());
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
