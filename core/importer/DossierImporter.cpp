#include "DossierImporter.h"

#include "DsRowParser.h"
#include "ImportStore.h"
#include "RowPipeline.h"
#include "common/FileDigest.h"
#include "dossier/DossierRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include <cstring>
#include <future>
#include <optional>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// A digest of the row's cells: when it matches the stored one, the dossier did not change.
// It must be stable across runs (qHashBits is seeded per process), and fast: a 64-bit
// multiply-xorshift over the UTF-16 text, eight bytes at a time.
QByteArray rowDigest(const ImportRow& row, const QByteArray& signature)
{
    constexpr quint64 kMultiplier = 0x9E3779B97F4A7C15ULL;
    quint64 h = 0x6A09E667F3BCC909ULL ^ quint64(signature.size());
    auto mix = [&h](const void* data, size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        while (size >= 8) {
            quint64 word;
            std::memcpy(&word, bytes, 8);
            h = (h ^ word) * kMultiplier;
            h ^= h >> 29;
            bytes += 8;
            size -= 8;
        }
        quint64 tail = 0;
        std::memcpy(&tail, bytes, size);
        h = (h ^ tail ^ (quint64(size) << 56)) * kMultiplier;
        h ^= h >> 32;
    };
    mix(signature.constData(), size_t(signature.size()));
    for (const ImportCell& cell : row.cells) {
        mix(cell.text.constData(), size_t(cell.text.size()) * sizeof(QChar));
        h = (h ^ 0xFF) * kMultiplier; // a cell boundary: "ab","c" differs from "a","bc"
    }
    return QByteArray::number(h, 16);
}

QString describe(const Dossier& d, const QString& field)
{
    if (field == QLatin1String("state"))
        return dossier_state::label(d.state);
    if (field == QLatin1String("title"))
        return d.title;
    if (field == QLatin1String("description"))
        return d.description;
    if (field == QLatin1String("applicant_name"))
        return d.applicantName;
    if (field == QLatin1String("subaxis"))
        return d.subaxis;
    if (field == QLatin1String("total_cost"))
        return money::format(d.totalCost);
    if (field == QLatin1String("requested_amount"))
        return money::format(d.requested);
    if (field == QLatin1String("personnel_cost"))
        return money::format(d.personnelCost);
    if (field == QLatin1String("it_equipment_cost"))
        return money::format(d.itEquipmentCost);
    if (field == QLatin1String("non_eu_licences_cost"))
        return money::format(d.nonEuLicencesCost);
    if (field == QLatin1String("start_date"))
        return d.startDate.toString(Qt::ISODate);
    if (field == QLatin1String("end_date"))
        return d.endDate.toString(Qt::ISODate);
    if (field == QLatin1String("deposited_at"))
        return d.depositedAt.toString(Qt::ISODate);
    if (field == QLatin1String("population"))
        return d.population ? QString::number(*d.population) : QString();
    if (field == QLatin1String("applicant_siret"))
        return d.applicantSiret;
    if (field == QLatin1String("archived"))
        return d.archived ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// The field as the programme's column mapping names it, for the report people read.
QString fieldLabel(const Programme& programme, const QString& field)
{
    static const QHash<QString, QString> mappingFields = {
        {QStringLiteral("state"), QStringLiteral("ds_state")},
        {QStringLiteral("deposited_at"), QStringLiteral("ds_deposited_at")},
        {QStringLiteral("archived"), QStringLiteral("ds_archived")},
        {QStringLiteral("population"), QStringLiteral("declared_population")}};
    const QString mapped = mappingFields.value(field, field);
    for (const ColumnMapping::FieldInfo& info : ColumnMapping::fields(programme)) {
        if (info.field == mapped)
            return info.label;
    }
    return field;
}

QList<ImportReport::FieldChange> differences(const Programme& programme, const Dossier& before,
                                             const Dossier& after)
{
    static const QStringList fields = {QStringLiteral("state"),
                                       QStringLiteral("applicant_name"),
                                       QStringLiteral("applicant_siret"),
                                       QStringLiteral("population"),
                                       QStringLiteral("subaxis"),
                                       QStringLiteral("title"),
                                       QStringLiteral("description"),
                                       QStringLiteral("total_cost"),
                                       QStringLiteral("requested_amount"),
                                       QStringLiteral("personnel_cost"),
                                       QStringLiteral("it_equipment_cost"),
                                       QStringLiteral("non_eu_licences_cost"),
                                       QStringLiteral("start_date"),
                                       QStringLiteral("end_date"),
                                       QStringLiteral("deposited_at"),
                                       QStringLiteral("archived")};
    QList<ImportReport::FieldChange> changes;
    for (const QString& field : fields) {
        const QString a = describe(before, field);
        const QString b = describe(after, field);
        if (a != b)
            changes.append({field, fieldLabel(programme, field), a, b});
    }
    return changes;
}

QString sirenOf(const Dossier& d)
{
    return d.applicantSiren.isEmpty() ? d.applicantSiret.left(9) : d.applicantSiren;
}

// Whether the import flags the dossiers the exports do not list: `flagged` of them would be
// newly flagged, out of the `total` the workspace held.
std::optional<DossierImporter::Absent> absentPolicy(const DossierImporter::Options& options,
                                                    qint64 flagged, qint64 total)
{
    using Absent = DossierImporter::Absent;
    if (options.absent != Absent::Ask)
        return options.absent;
    if (flagged * 2 <= total)
        return Absent::Mark;
    const std::optional<Absent> answer =
        options.askAbsent ? options.askAbsent(flagged, total) : std::nullopt;
    if (answer == Absent::Ask)
        return std::nullopt;
    return answer;
}

} // namespace

DossierImporter::DossierImporter(Workspace& workspace)
    : m_workspace(workspace)
{}

Result<DossierImporter::Preview> DossierImporter::preview(const QString& file, int sampleRows) const
{
    auto reader = TableReader::forFile(file);
    if (!reader)
        return reader.error();
    if (Status status = reader.value()->open(); !status)
        return status.error();
    Preview preview{reader.value()->headers(),
                    {},
                    ColumnMapping::build(reader.value()->headers(), m_workspace.programme(),
                                         ImportStore(m_workspace.database()).savedMapping())};
    ImportRow row;
    while (preview.samples.size() < sampleRows && reader.value()->next(row)) {
        QStringList texts;
        for (const ImportCell& cell : std::as_const(row.cells))
            texts.append(cell.text);
        preview.samples.append(texts);
    }
    return preview;
}

Result<ImportReport> DossierImporter::run(const QStringList& files, const Options& options)
{
    if (m_workspace.isReadOnly())
        return Error::failure(
            Text::tr("Le classeur est ouvert en lecture seule : import impossible."));
    QSqlDatabase db = m_workspace.database();
    // The import stays in WAL mode, written twice (the log, then the checkpoint): it used to go
    // straight to the file under a rollback journal, but a crash mid-import then left a hot
    // journal that no read-only connection can roll back, and the workspace, probed read-only
    // before it is opened, no longer opened at all. The crash test (tests/crash) kills imports.
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error::failure(
            Text::tr("Impossible de commencer l'import : %1").arg(transaction.lastError()));
    ImportStore store(db);
    const QHash<QString, QString> savedMapping = store.savedMapping();
    const QHash<qint64, ImportStore::Snapshot> existing = store.snapshots();

    ImportReport report;
    report.dryRun = options.dryRun;
    QSet<qint64> seen;
    qint64 lastImportId = 0;
    qint64 doneBefore = 0;
    qint64 totalBytes = 0;
    for (const QString& file : files)
        totalBytes += QFileInfo(file).size();

    for (const QString& file : files) {
        auto reader = TableReader::forFile(file);
        if (!reader)
            return reader.error();
        TableReader& table = *reader.value();
        if (Status status = table.open(); !status)
            return status.error();
        const ColumnMapping mapping =
            ColumnMapping::build(table.headers(), m_workspace.programme(), savedMapping);
        if (!mapping.missingRequired().isEmpty()) {
            QStringList labels;
            for (const ColumnMapping::FieldInfo& info :
                 ColumnMapping::fields(m_workspace.programme())) {
                if (mapping.missingRequired().contains(info.field))
                    labels.append(QStringLiteral("« %1 »").arg(info.label));
            }
            return Error::of(Error::Kind::MissingMapping,
                             Text::tr("%1 : aucune colonne ne correspond à %2. Associez "
                                      "les colonnes dans Guichet (Fichier > Importer…) ou "
                                      "adaptez le profil du programme.")
                                 .arg(file, labels.join(QStringLiteral(", "))));
        }
        // The SHA-256 of a 130 MB file takes a second: it runs beside the import, on the core
        // the reader and the writer leave idle.
        auto sha = std::async(std::launch::async, fileSha256, file);
        const DsRowParser parser(file, mapping, m_workspace.programme(),
                                 table.applicantEstablishments());
        auto recordId =
            store.beginRecord(QFileInfo(file).fileName(), QStringLiteral(""), table.formatName(),
                              m_workspace.actor(), parser.rawColumnNames());
        if (!recordId)
            return recordId.error();
        lastImportId = *recordId;
        report.files.append(QFileInfo(file).fileName());
        const QByteArray signature = mapping.signature();
        // The worker reads, checks and parses; this thread writes. `seen` belongs to the worker
        // until the pipeline is gone.
        std::optional<RowPipeline> pipeline;
        pipeline.emplace(table, [&](const ImportRow& row) -> Result<RowWork> {
            auto number = parser.number(row);
            if (!number)
                return number.error();
            if (seen.contains(*number))
                return Error::badInput(Text::tr("%1, ligne %2 : le dossier %3 apparaît deux fois.")
                                           .arg(file)
                                           .arg(row.position)
                                           .arg(*number));
            seen.insert(*number);
            RowWork work;
            work.number = *number;
            work.digest = rowDigest(row, signature);
            const auto previous = existing.constFind(*number);
            const bool exists = previous != existing.cend();
            if (exists && previous->digest == work.digest)
                return work;
            auto parsed = parser.parse(row);
            if (!parsed)
                return parsed.error();
            const Dossier& dossier = parsed->dossier;
            work.changed = true;
            work.dossier = ImportStore::dossierValues(dossier, work.digest, exists);
            work.rawCells = ImportStore::rawCellValues(*number, lastImportId, parsed->rawCells);
            if (!dossier.applicantResolved)
                work.unresolved = ImportReport::Unresolved{dossier.number, dossier.applicantName,
                                                           dossier.applicantSiret};
            if (exists)
                work.current = std::move(parsed->dossier);
            return work;
        });
        const qint64 fileSize = QFileInfo(file).size();
        for (std::vector<RowWork> batch = pipeline->take(); !batch.empty();
             pipeline->recycle(std::move(batch)), batch = pipeline->take()) {
            if (options.progress &&
                !options.progress(doneBefore + pipeline->bytesRead() * fileSize /
                                                   std::max<qint64>(table.size(), 1),
                                  totalBytes))
                return Error::failure(Text::tr("Import annulé : le classeur n'a pas été modifié."));
            for (const RowWork& work : batch) {
                ++report.rows;
                if (!work.changed) {
                    ++report.unchanged;
                    if (existing.constFind(work.number)->absentSince) {
                        if (Status status = store.setAbsentSince(work.number, std::nullopt);
                            !status)
                            return status.error();
                    }
                    continue;
                }
                if (work.unresolved)
                    report.unresolved.append(*work.unresolved);
                if (work.current) {
                    const std::optional<Dossier> before = DossierRepository(db).find(work.number);
                    const QList<ImportReport::FieldChange> changes =
                        before ? differences(m_workspace.programme(), *before, *work.current)
                               : QList<ImportReport::FieldChange>();
                    if (before && !sirenOf(*before).isEmpty() &&
                        sirenOf(*before) != sirenOf(*work.current))
                        report.applicantChanges.append(
                            {work.number, before->applicantName, sirenOf(*before),
                             work.current->applicantName, sirenOf(*work.current), changes});
                    else if (changes.isEmpty())
                        ++report.unchanged;
                    else
                        report.updated.append({work.number, changes});
                    if (before && before->state != work.current->state)
                        report.stateChanges.append(
                            {work.number, before->state, work.current->state});
                } else {
                    report.added.append(work.number);
                }
                if (Status status = store.saveDossier(work.dossier, work.current.has_value());
                    !status)
                    return status.error();
                if (Status status = store.saveRawCells(work.rawCells); !status)
                    return status.error();
            }
        }
        const std::optional<Error> failure = pipeline->error();
        pipeline.reset();
        if (failure)
            return *failure;
        const Result<QString> digest = sha.get();
        if (!digest)
            return digest.error();
        if (Status status = store.setRecordSha256(lastImportId, digest.value()); !status)
            return status.error();
        doneBefore += QFileInfo(file).size();
    }

    // Dossiers DS no longer lists are flagged, never deleted: local work on them stays. An
    // export of a few dossiers would flag all the others: that is asked first.
    QList<qint64> missing;
    qint64 flagged = 0;
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (!seen.contains(it.key())) {
            missing.append(it.key());
            flagged += it->absentSince ? 0 : 1;
        }
    }
    report.workspaceDossiers = existing.size();
    const std::optional<Absent> policy = absentPolicy(options, flagged, existing.size());
    if (!policy)
        return Error::badInput(Text::tr("Cet import marquerait absents %n des %1 dossiers du "
                                        "classeur : l'export semble partiel. Rien n'a été "
                                        "importé.",
                                        nullptr, int(flagged))
                                   .arg(existing.size()));
    report.partial = *policy == Absent::Ignore;
    for (qint64 number : report.partial ? QList<qint64>() : missing) {
        report.absent.append(number);
        if (!existing.value(number).absentSince) {
            if (Status status = store.setAbsentSince(number, lastImportId); !status)
                return status.error();
        }
    }
    std::sort(report.absent.begin(), report.absent.end());
    if (Status status = store.finishRecord(lastImportId, report); !status)
        return status.error();
    if (options.progress)
        options.progress(totalBytes, totalBytes);
    if (options.dryRun) {
        transaction.rollback();
        return report;
    }
    if (!transaction.commit())
        return Error::failure(
            Text::tr("Impossible d'enregistrer l'import : %1").arg(transaction.lastError()));
    report.importId = lastImportId;
    return report;
}

} // namespace guichet
