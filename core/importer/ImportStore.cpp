#include "ImportStore.h"

#include "common/Clock.h"
#include "dossier/DossierRow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// The DS side of a dossier: every column but the number (the key) and absent_since (set by
// the import that finds a dossier missing).
const QStringList& dsColumns()
{
    static const QStringList list = [] {
        QStringList columns = dossier_row::columns().split(QStringLiteral(", "));
        columns.removeAll(QStringLiteral("number"));
        columns.removeAll(QStringLiteral("absent_since"));
        return columns;
    }();
    return list;
}
} // namespace

ImportStore::ImportStore(QSqlDatabase db)
    : m_db(std::move(db))
{
    QStringList assignments;
    for (const QString& column : dsColumns())
        assignments.append(column + QStringLiteral(" = ?"));
    m_insert = std::make_unique<BulkStatement>(
        m_db, QStringLiteral("INSERT INTO dossiers (") + dossier_row::columns() +
                  QStringLiteral(", ds_row_digest) VALUES (") + dossier_row::placeholders() +
                  QStringLiteral(", ?)"));
    m_update = std::make_unique<BulkStatement>(
        m_db, QStringLiteral("UPDATE dossiers SET ") + assignments.join(QStringLiteral(", ")) +
                  QStringLiteral(", ds_row_digest = ?, absent_since = NULL WHERE number = ?"));
    m_raw = std::make_unique<BulkStatement>(
        m_db, QStringLiteral("INSERT INTO dossier_raw (dossier_number, import_id, cells) VALUES "
                             "(?, ?, ?) ON CONFLICT (dossier_number) DO UPDATE SET import_id = "
                             "excluded.import_id, cells = excluded.cells"));
}

Status ImportStore::exec(BulkStatement& statement) const
{
    if (statement.exec())
        return success();
    return Error::failure(
        Text::tr("Écriture impossible dans le classeur : %1").arg(statement.lastError()));
}

Status ImportStore::exec(QSqlQuery& query) const
{
    if (query.exec())
        return success();
    return Error::failure(
        Text::tr("Écriture impossible dans le classeur : %1").arg(query.lastError().text()));
}

QHash<qint64, ImportStore::Snapshot> ImportStore::snapshots() const
{
    QHash<qint64, Snapshot> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT number, ds_row_digest, absent_since FROM dossiers")))
        return result;
    while (query.next()) {
        Snapshot s{query.value(1).toByteArray(), std::nullopt};
        if (!query.value(2).isNull())
            s.absentSince = query.value(2).toLongLong();
        result.insert(query.value(0).toLongLong(), s);
    }
    return result;
}

BulkValues ImportStore::dossierValues(const Dossier& dossier, const QByteArray& digest, bool exists)
{
    static const QStringList all = dossier_row::columns().split(QStringLiteral(", "));
    const QVariantList values = dossier_row::values(dossier);
    BulkValues encoded;
    if (!exists) {
        for (const QVariant& value : values)
            encoded.append(value);
        encoded.append(digest);
        return encoded;
    }
    for (const QString& column : dsColumns())
        encoded.append(values.at(all.indexOf(column)));
    encoded.append(digest);
    encoded.append(dossier.number);
    return encoded;
}

Status ImportStore::saveDossier(const BulkValues& values, bool exists)
{
    BulkStatement& statement = exists ? *m_update : *m_insert;
    statement.bind(0, values);
    return exec(statement);
}

BulkValues ImportStore::rawCellValues(qint64 number, qint64 importId, const QString& cells)
{
    BulkValues values;
    values.append(number);
    values.append(importId);
    values.append(cells);
    return values;
}

Status ImportStore::saveRawCells(const BulkValues& values)
{
    m_raw->bind(0, values);
    return exec(*m_raw);
}

Status ImportStore::setAbsentSince(qint64 number, std::optional<qint64> importId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE dossiers SET absent_since = ? WHERE number = ?"));
    query.addBindValue(importId ? QVariant(*importId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(number);
    return exec(query);
}

Result<qint64> ImportStore::beginRecord(const QString& fileName, const QString& sha256,
                                        const QString& format, const QString& who,
                                        const QStringList& rawColumns)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO imports (file_name, sha256, format, imported_at, who, row_count, new_count, "
        "updated_count, unchanged_count, absent_count, state_change_count, raw_columns) VALUES "
        "(?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, ?)"));
    query.addBindValue(fileName);
    query.addBindValue(sha256);
    query.addBindValue(format);
    query.addBindValue(clock::toText(clock::now()));
    query.addBindValue(who);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(rawColumns)).toJson(QJsonDocument::Compact)));
    if (Status status = exec(query); !status)
        return status.error();
    return query.lastInsertId().toLongLong();
}

Status ImportStore::setRecordSha256(qint64 id, const QString& sha256)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE imports SET sha256 = ? WHERE id = ?"));
    query.addBindValue(sha256);
    query.addBindValue(id);
    return exec(query);
}

Status ImportStore::finishRecord(qint64 id, const ImportReport& report)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE imports SET row_count = ?, new_count = ?, updated_count = ?, unchanged_count = ?, "
        "absent_count = ?, state_change_count = ? WHERE id = ?"));
    query.addBindValue(report.rows);
    query.addBindValue(qint64(report.added.size()));
    query.addBindValue(qint64(report.updated.size()));
    query.addBindValue(report.unchanged);
    query.addBindValue(qint64(report.absent.size()));
    query.addBindValue(qint64(report.stateChanges.size()));
    query.addBindValue(id);
    return exec(query);
}

QList<ImportRecord> ImportStore::records() const
{
    QList<ImportRecord> list;
    QSqlQuery query(QStringLiteral("SELECT id, file_name, sha256, format, imported_at, who, "
                                   "row_count, new_count, updated_count, unchanged_count, "
                                   "absent_count, state_change_count FROM imports ORDER BY id"),
                    m_db);
    while (query.next()) {
        ImportRecord r;
        r.id = query.value(0).toLongLong();
        r.fileName = query.value(1).toString();
        r.sha256 = query.value(2).toString();
        r.format = query.value(3).toString();
        r.importedAt = clock::fromText(query.value(4).toString());
        r.who = query.value(5).toString();
        r.rows = query.value(6).toLongLong();
        r.added = query.value(7).toLongLong();
        r.updated = query.value(8).toLongLong();
        r.unchanged = query.value(9).toLongLong();
        r.absent = query.value(10).toLongLong();
        r.stateChanges = query.value(11).toLongLong();
        list.append(r);
    }
    return list;
}

QJsonObject ImportStore::rawFields(qint64 number) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT r.cells, i.raw_columns FROM dossier_raw r JOIN imports i "
                                 "ON i.id = r.import_id WHERE r.dossier_number = ?"));
    query.addBindValue(number);
    QJsonObject fields;
    if (!query.exec() || !query.next())
        return fields;
    const QJsonArray cells = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
    const QJsonArray names = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array();
    for (qsizetype i = 0; i < cells.size() && i < names.size(); ++i) {
        if (!cells.at(i).toString().isEmpty())
            fields.insert(names.at(i).toString(), cells.at(i));
    }
    return fields;
}

QHash<QString, QString> ImportStore::savedMapping() const
{
    QHash<QString, QString> mapping;
    QSqlQuery query(QStringLiteral("SELECT field, label FROM column_mappings"), m_db);
    while (query.next())
        mapping.insert(query.value(0).toString(), query.value(1).toString());
    return mapping;
}

Status ImportStore::saveMapping(const QHash<QString, QString>& mapping)
{
    QSqlQuery query(m_db);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        query.prepare(QStringLiteral("INSERT INTO column_mappings (field, label) VALUES (?, ?) ON "
                                     "CONFLICT (field) DO UPDATE SET label = excluded.label"));
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (Status status = exec(query); !status)
            return status;
    }
    return success();
}

} // namespace guichet
