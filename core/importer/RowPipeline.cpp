#include "RowPipeline.h"

namespace guichet {

RowPipeline::RowPipeline(TableReader& table, Work work)
    : m_table(table)
    , m_work(std::move(work))
    , m_thread([this] { produce(); })
{}

RowPipeline::~RowPipeline()
{
    cancel();
    m_thread.join();
}

void RowPipeline::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_all();
}

std::optional<Error> RowPipeline::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void RowPipeline::produce()
{
    std::vector<RowWork> batch;
    batch.reserve(kBatch);
    std::vector<std::vector<RowWork>> spent;
    auto publish = [&] {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_batches.size() < kMaxBatches || m_cancelled; });
            if (m_cancelled)
                return false;
            m_batches.push_back(std::move(batch));
            spent.swap(m_spent);
            m_changed.notify_all();
        }
        spent.clear(); // freed here, outside the lock
        batch = {};
        batch.reserve(kBatch);
        return true;
    };
    auto finish = [&](std::optional<Error> error) {
        std::lock_guard lock(m_mutex);
        m_error = std::move(error);
        m_done = true;
        m_changed.notify_all();
    };

    ImportRow row;
    while (m_table.next(row)) {
        Result<RowWork> work = m_work(row);
        if (!work) {
            finish(work.error());
            return;
        }
        batch.push_back(std::move(*work));
        if (batch.size() == kBatch) {
            m_bytesRead = m_table.progress();
            if (!publish())
                return finish(std::nullopt);
        }
    }
    if (!batch.empty() && !publish())
        return finish(std::nullopt);
    finish(m_table.error());
}

void RowPipeline::recycle(std::vector<RowWork> batch)
{
    std::lock_guard lock(m_mutex);
    if (!m_done)
        m_spent.push_back(std::move(batch));
}

std::vector<RowWork> RowPipeline::take()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_batches.empty() || m_done || m_cancelled; });
    if (m_batches.empty() || m_cancelled)
        return {};
    std::vector<RowWork> batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.notify_all();
    return batch;
}

} // namespace guichet
