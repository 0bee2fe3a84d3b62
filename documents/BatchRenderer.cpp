#include "BatchRenderer.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace guichet {

BatchRenderer::BatchRenderer()
    : m_threads(std::max(1, QThread::idealThreadCount()))
{}

QList<QByteArray> BatchRenderer::render(const QList<PageSource>& sources, const QDateTime& stamp)
{
    QList<QByteArray> pdfs(sources.size());
    QByteArray* const out = pdfs.data(); // detached once, here, not by every thread
    std::atomic<qsizetype> next = 0;
    auto work = [&](PdfRenderer& renderer) {
        for (qsizetype i = next++; i < sources.size(); i = next++)
            out[i] = renderer.render(sources.at(i), stamp);
    };
    // A renderer is made in each helper thread: a QTextDocument belongs to the thread that
    // made it. The calling thread works too, with its own renderer kept between windows.
    const int helpers = int(std::min<qsizetype>(m_threads, sources.size())) - 1;
    std::vector<std::thread> threads;
    threads.reserve(std::max(helpers, 0));
    for (int t = 0; t < helpers; ++t)
        threads.emplace_back([&work] {
            PdfRenderer renderer;
            work(renderer);
        });
    work(m_renderer);
    for (std::thread& thread : threads)
        thread.join();
    return pdfs;
}

} // namespace guichet
