#include "ImportStore.h"

#include "common/Clock.h"
#include "dossier/DossierRow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// The columns no dossier field holds, as a JSON array aligned with imports.raw_columns.
namespace raw {
constexpr sql::Table kTable{"dossier_raw"};
constexpr sql::Column kDossierNumber{"dossier_number"};
constexpr sql::Column kImportId{"import_id"};
constexpr sql::Column kCells{"cells"};
} // namespace raw

// The import register: one row per file imported.
namespace imports {
constexpr sql::Table kTable{"imports"};
constexpr sql::Column kId{"id"};
constexpr sql::Column kFileName{"file_name"};
constexpr sql::Column kSha256{"sha256"};
constexpr sql::Column kFormat{"format"};
constexpr sql::Column kImportedAt{"imported_at"};
constexpr sql::Column kWho{"who"};
constexpr sql::Column kRowCount{"row_count"};
constexpr sql::Column kNewCount{"new_count"};
constexpr sql::Column kUpdatedCount{"updated_count"};
constexpr sql::Column kUnchangedCount{"unchanged_count"};
constexpr sql::Column kAbsentCount{"absent_count"};
constexpr sql::Column kStateChangeCount{"state_change_count"};
constexpr sql::Column kRawColumns{"raw_columns"}; // JSON array of column names
// What finishRecord() writes, in the order it binds.
const sql::Columns kCounts = {kRowCount,       kNewCount,    kUpdatedCount,
                              kUnchangedCount, kAbsentCount, kStateChangeCount};
} // namespace imports

// The column each programme field was last mapped to.
namespace mappings {
constexpr sql::Table kTable{"column_mappings"};
constexpr sql::Column kField{"field"};
constexpr sql::Column kLabel{"label"};
} // namespace mappings

} // namespace

ImportStore::ImportStore(QSqlDatabase db)
    : m_db(std::move(db))
{
    // Bound in the order of dossierValues().
    m_insert = std::make_unique<BulkStatement>(
        m_db, sql::insert(dossier_columns::kTable,
                          sql::Columns{dossier_columns::kNumber} + dossier_row::dsColumns() +
                              sql::Columns{dossier_columns::kDsRowDigest}));
    m_update = std::make_unique<BulkStatement>(
        m_db, sql::update(dossier_columns::kTable,
                          dossier_row::dsColumns() + sql::Columns{dossier_columns::kDsRowDigest}) +
                  ", "_L1 + dossier_columns::kAbsentSince.name + " = NULL"_L1 +
                  sql::where({dossier_columns::kNumber}));
    m_raw = std::make_unique<BulkStatement>(
        m_db, sql::upsert(raw::kTable, {raw::kDossierNumber}, {raw::kImportId, raw::kCells}));
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
    if (!query.exec(sql::select(dossier_columns::kTable,
                                {dossier_columns::kNumber, dossier_columns::kDsRowDigest,
                                 dossier_columns::kAbsentSince})))
        return result;
    const sql::Positions position(query);
    const int number = position(dossier_columns::kNumber);
    const int digest = position(dossier_columns::kDsRowDigest);
    const int absentSince = position(dossier_columns::kAbsentSince);
    while (query.next()) {
        Snapshot s{query.value(digest).toByteArray(), std::nullopt};
        if (const QVariant absent = query.value(absentSince); !absent.isNull())
            s.absentSince = absent.toLongLong();
        result.insert(query.value(number).toLongLong(), s);
    }
    return result;
}

BulkValues ImportStore::dossierValues(const Dossier& dossier, const QByteArray& digest, bool exists)
{
    BulkValues encoded;
    if (!exists)
        encoded.append(dossier.number);
    for (const dossier_row::Field& field : dossier_row::dsFields(dossier))
        encoded.append(field.value);
    encoded.append(digest);
    if (exists)
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
    query.prepare(sql::update(dossier_columns::kTable, {dossier_columns::kAbsentSince}) +
                  sql::where({dossier_columns::kNumber}));
    query.addBindValue(importId ? QVariant(*importId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(number);
    return exec(query);
}

Result<qint64> ImportStore::beginRecord(const QString& fileName, const QString& sha256,
                                        const QString& format, const QString& who,
                                        const QStringList& rawColumns)
{
    QSqlQuery query(m_db);
    // The counts are zero until finishRecord() writes them.
    query.prepare(sql::insert(imports::kTable, sql::Columns{imports::kFileName, imports::kSha256,
                                                            imports::kFormat, imports::kImportedAt,
                                                            imports::kWho, imports::kRawColumns} +
                                                   imports::kCounts));
    query.addBindValue(fileName);
    query.addBindValue(sha256);
    query.addBindValue(format);
    query.addBindValue(clock::toText(clock::now()));
    query.addBindValue(who);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(rawColumns)).toJson(QJsonDocument::Compact)));
    for (qsizetype i = 0; i < imports::kCounts.size(); ++i)
        query.addBindValue(0);
    if (Status status = exec(query); !status)
        return status.error();
    return query.lastInsertId().toLongLong();
}

Status ImportStore::setRecordSha256(qint64 id, const QString& sha256)
{
    QSqlQuery query(m_db);
    query.prepare(sql::update(imports::kTable, {imports::kSha256}) + sql::where({imports::kId}));
    query.addBindValue(sha256);
    query.addBindValue(id);
    return exec(query);
}

Status ImportStore::finishRecord(qint64 id, const ImportReport& report)
{
    QSqlQuery query(m_db);
    query.prepare(sql::update(imports::kTable, imports::kCounts) + sql::where({imports::kId}));
    query.addBindValue(report.rows);
    query.addBindValue(qint64(report.added.size()));
    query.addBindValue(qint64(report.updated.size() + report.applicantChanges.size()));
    query.addBindValue(report.unchanged);
    query.addBindValue(qint64(report.absent.size()));
    query.addBindValue(qint64(report.stateChanges.size()));
    query.addBindValue(id);
    return exec(query);
}

QList<ImportRecord> ImportStore::records() const
{
    QList<ImportRecord> list;
    using namespace imports;
    QSqlQuery query(
        sql::select(kTable,
                    sql::Columns{kId, kFileName, kSha256, kFormat, kImportedAt, kWho} + kCounts) +
            " ORDER BY "_L1 + kId.name,
        m_db);
    const sql::Positions position(query);
    const int id = position(kId), fileName = position(kFileName), sha256 = position(kSha256),
              format = position(kFormat), importedAt = position(kImportedAt), who = position(kWho),
              rows = position(kRowCount), added = position(kNewCount),
              updated = position(kUpdatedCount), unchanged = position(kUnchangedCount),
              absent = position(kAbsentCount), stateChanges = position(kStateChangeCount);
    while (query.next()) {
        ImportRecord r;
        r.id = query.value(id).toLongLong();
        r.fileName = query.value(fileName).toString();
        r.sha256 = query.value(sha256).toString();
        r.format = query.value(format).toString();
        r.importedAt = clock::fromText(query.value(importedAt).toString());
        r.who = query.value(who).toString();
        r.rows = query.value(rows).toLongLong();
        r.added = query.value(added).toLongLong();
        r.updated = query.value(updated).toLongLong();
        r.unchanged = query.value(unchanged).toLongLong();
        r.absent = query.value(absent).toLongLong();
        r.stateChanges = query.value(stateChanges).toLongLong();
        list.append(r);
    }
    return list;
}

QJsonObject ImportStore::rawFields(qint64 number) const
{
    QSqlQuery query(m_db);
    // Each column name belongs to one of the two tables; the join spells out which.
    query.prepare(sql::select(raw::kTable, {raw::kCells, imports::kRawColumns}) + " JOIN "_L1 +
                  imports::kTable.name + " ON "_L1 + sql::qualified(imports::kTable, imports::kId) +
                  " = "_L1 + sql::qualified(raw::kTable, raw::kImportId) +
                  sql::where({raw::kDossierNumber}));
    query.addBindValue(number);
    QJsonObject fields;
    if (!query.exec() || !query.next())
        return fields;
    auto json = [&query](const sql::Column& column) {
        return QJsonDocument::fromJson(query.value(column.name).toString().toUtf8()).array();
    };
    const QJsonArray cells = json(raw::kCells);
    const QJsonArray names = json(imports::kRawColumns);
    for (qsizetype i = 0; i < cells.size() && i < names.size(); ++i) {
        if (!cells.at(i).toString().isEmpty())
            fields.insert(names.at(i).toString(), cells.at(i));
    }
    return fields;
}

QHash<QString, QString> ImportStore::savedMapping() const
{
    QHash<QString, QString> mapping;
    QSqlQuery query(sql::select(mappings::kTable, {mappings::kField, mappings::kLabel}), m_db);
    const sql::Positions position(query);
    const int field = position(mappings::kField);
    const int label = position(mappings::kLabel);
    while (query.next())
        mapping.insert(query.value(field).toString(), query.value(label).toString());
    return mapping;
}

Status ImportStore::saveMapping(const QHash<QString, QString>& mapping)
{
    QSqlQuery query(m_db);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        query.prepare(sql::upsert(mappings::kTable, {mappings::kField}, {mappings::kLabel}));
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (Status status = exec(query); !status)
            return status;
    }
    return success();
}

} // namespace guichet
