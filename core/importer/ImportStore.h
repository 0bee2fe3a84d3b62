#pragma once

#include "ImportReport.h"
#include "common/Result.h"
#include "dossier/Dossier.h"
#include "storage/BulkStatement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace guichet {

struct ImportRecord
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString format;
    QDateTime importedAt;
    QString who;
    qint64 rows = 0;
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 absent = 0;
    qint64 stateChanges = 0;
};

// The SQL of imports: what DS sent for each dossier (never the local instruction tables), the
// raw columns nobody mapped, the import register and the saved column mappings.
class ImportStore
{
public:
    struct Snapshot
    {
        QByteArray digest;
        std::optional<qint64> absentSince;
    };

    explicit ImportStore(QSqlDatabase db);

    QHash<qint64, Snapshot> snapshots() const;
    // A dossier's values as saveDossier() binds them: encoded by the thread that parses.
    static BulkValues dossierValues(const Dossier& dossier, const QByteArray& digest, bool exists);
    // Inserts a new dossier, or replaces what DS said of an existing one.
    Status saveDossier(const BulkValues& values, bool exists);
    // `cells`: a JSON array as text, aligned with the raw columns of import `importId`.
    static BulkValues rawCellValues(qint64 number, qint64 importId, const QString& cells);
    Status saveRawCells(const BulkValues& values);
    Status setAbsentSince(qint64 number, std::optional<qint64> importId);

    Result<qint64> beginRecord(const QString& fileName, const QString& sha256,
                               const QString& format, const QString& who,
                               const QStringList& rawColumns);
    Status setRecordSha256(qint64 id, const QString& sha256);
    Status finishRecord(qint64 id, const ImportReport& report);
    QList<ImportRecord> records() const;

    // The raw columns of a dossier as its last import wrote them: name -> value (non-empty).
    QJsonObject rawFields(qint64 number) const;
    QHash<QString, QString> savedMapping() const;
    Status saveMapping(const QHash<QString, QString>& mapping);

private:
    Status exec(QSqlQuery& query) const;
    Status exec(BulkStatement& statement) const;

    QSqlDatabase m_db;
    std::unique_ptr<BulkStatement> m_insert;
    std::unique_ptr<BulkStatement> m_update;
    std::unique_ptr<BulkStatement> m_raw;
};

} // namespace guichet
