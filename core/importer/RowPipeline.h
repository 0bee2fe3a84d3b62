#pragma once

#include "DsRowParser.h"
#include "TableReader.h"

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

// One row of an export, read and (when it changed) parsed, ready to be written.
struct RowWork
{
    qint64 number = 0;
    QByteArray digest;
    std::optional<DsRowParser::Parsed> parsed; // none: the row is unchanged
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
    std::optional<Error> m_error;
    bool m_done = false;
    bool m_cancelled = false;
    std::atomic<qint64> m_bytesRead{0};
    std::thread m_thread;
};

} // namespace guichet
