#pragma once

#include "ImportReport.h"
#include "TableReader.h"
#include "dossier/Dossier.h"
#include "storage/BulkStatement.h"

#include <QByteArray>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace guichet {

// One row of an export, read and (when it changed) parsed and encoded, ready to be written.
struct RowWork
{
    qint64 number = 0;
    QByteArray digest;
    bool changed = false;           // false: the row is the one the last import stored
    BulkValues dossier;             // ImportStore::dossierValues()
    BulkValues rawCells;            // ImportStore::rawCellValues()
    std::optional<Dossier> current; // for a dossier the workspace holds: the report's changes
    std::optional<ImportReport::Unresolved> unresolved;
};

// Reads and parses rows on a worker thread while the caller writes the previous ones: on two
// cores, parsing and SQLite's writing overlap. Batches travel through a bounded queue, so
// memory stays flat. The first error stops the reader.
class RowPipeline
{
public:
    using Work = std::function<Result<RowWork>(const ImportRow&)>;

    RowPipeline(TableReader& table, Work work);
    ~RowPipeline();
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    // The next batch of rows; empty once every row was taken (or on error).
    std::vector<RowWork> take();
    // Hands a written batch back: the thread that allocated its rows frees them, so the two
    // threads do not contend for the allocator's locks.
    void recycle(std::vector<RowWork> batch);
    std::optional<Error> error() const;
    qint64 bytesRead() const { return m_bytesRead.load(); }
    void cancel();

private:
    static constexpr size_t kBatch = 256;
    static constexpr size_t kMaxBatches = 4;

    void produce();

    TableReader& m_table;
    Work m_work;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<RowWork>> m_batches;
    std::vector<std::vector<RowWork>> m_spent;
    std::optional<Error> m_error;
    bool m_done = false;
    bool m_cancelled = false;
    std::atomic<qint64> m_bytesRead{0};
    std::thread m_thread;
};

} // namespace guichet
