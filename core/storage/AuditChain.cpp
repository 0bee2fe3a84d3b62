#include "AuditChain.h"

#include "AuditColumns.h"
#include "SqlColumns.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace guichet::audit_chain {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
};

using namespace audit_columns;

void addField(QCryptographicHash& hash, const std::optional<QString>& value)
{
    // A tag tells NULL from the empty text; a separator ends each field.
    if (value) {
        hash.addData(QByteArrayView("\x01"));
        hash.addData(value->toUtf8());
    } else {
        hash.addData(QByteArrayView("\x00", 1));
    }
    hash.addData(QByteArrayView("\x1f"));
}

std::optional<QString> text(const QSqlQuery& query, int position)
{
    if (query.isNull(position))
        return std::nullopt;
    return query.value(position).toString();
}

Error readError(const QSqlQuery& query)
{
    return Error::failure(
        Text::tr("Lecture du journal impossible : %1").arg(query.lastError().text()));
}

// Visits every row in id order with its stored previous and hash (empty when absent).
Status forEachRow(
    QSqlDatabase& db,
    const std::function<void(const Row&, const QString& previous, const QString& stored)>& visit,
    qint64 from = 0)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql::select(kTable, {kId, kAt, kWho, kEntity, kEntityId, kField, kOldValue,
                                       kNewValue, kPreviousSha256, kSha256}) +
                  " WHERE id >= ? ORDER BY id"_L1);
    query.addBindValue(from);
    if (!query.exec())
        return readError(query);
    const sql::Positions at(query);
    const int id = at(kId), when = at(kAt), who = at(kWho), entity = at(kEntity),
              entityId = at(kEntityId), field = at(kField), oldValue = at(kOldValue),
              newValue = at(kNewValue), previous = at(kPreviousSha256), sha256 = at(kSha256);
    while (query.next()) {
        const Row row{query.value(id).toLongLong(),
                      query.value(when).toString(),
                      query.value(who).toString(),
                      query.value(entity).toString(),
                      query.value(entityId).toString(),
                      query.value(field).toString(),
                      text(query, oldValue),
                      text(query, newValue)};
        visit(row, query.value(previous).toString(), query.value(sha256).toString());
    }
    return success();
}

} // namespace

QString origin()
{
    return QString::fromLatin1(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
}

QString link(const QString& previous, const Row& row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.toLatin1());
    hash.addData(QByteArrayView("\x1e"));
    addField(hash, QString::number(row.id));
    for (const QString* field : {&row.at, &row.who, &row.entity, &row.entityId, &row.field})
        addField(hash, *field);
    addField(hash, row.oldValue);
    addField(hash, row.newValue);
    return QString::fromLatin1(hash.result().toHex());
}

Result<Head> head(QSqlDatabase db)
{
    // The last hashed row gives the chain's value; only the rows after it are folded.
    QSqlQuery last(db);
    if (!last.exec(sql::select(kTable, {kId, kSha256}) + " WHERE "_L1 + kSha256.name +
                   " IS NOT NULL ORDER BY "_L1 + kId.name + " DESC LIMIT 1"_L1))
        return readError(last);
    Head head{0, origin()};
    qint64 from = 0;
    if (last.next()) {
        head.rowId = last.value(QString(kId.name)).toLongLong();
        head.sha256 = last.value(QString(kSha256.name)).toString();
        from = head.rowId + 1;
    }
    if (Status status = forEachRow(
            db,
            [&](const Row& row, const QString&, const QString&) {
                head.sha256 = link(head.sha256, row);
                head.rowId = row.id;
            },
            from);
        !status)
        return status.error();
    return head;
}

Result<QList<Break>> verify(QSqlDatabase db)
{
    QList<Break> breaks;
    QString chain = origin();
    bool begun = false;
    const Status status =
        forEachRow(db, [&](const Row& row, const QString& previous, const QString& stored) {
            const QString computed = link(chain, row);
            if (stored.isEmpty()) {
                // Before the chain began, rows have no hash; after, one without is an intruder.
                if (begun)
                    breaks.append({row.id, Text::tr("ligne sans empreinte après le début de la "
                                                    "chaîne (ajoutée hors de Guichet)")});
                chain = computed;
                return;
            }
            begun = true;
            if (previous != chain)
                breaks.append({row.id, Text::tr("ne suit pas la ligne précédente (une ligne "
                                                "antérieure a été modifiée ou supprimée)")});
            else if (stored != computed)
                breaks.append({row.id, Text::tr("contenu modifié après son écriture")});
            // The stored hash carries on, so that one altered row is reported once.
            chain = stored;
        });
    if (!status)
        return status.error();
    return breaks;
}

} // namespace guichet::audit_chain
