#pragma once

#include "PdfRenderer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace guichet {

// Sets a batch of documents on every core of the machine: one PdfRenderer a thread, the
// documents handed out one at a time as the threads get free. A document costs a few
// milliseconds, nearly all of it inside Qt's PDF writer (its fonts' subsets, their compression),
// which no setting makes cheaper: the cores are what is left. The caller gives the batch in
// windows (see kWindow) so that memory holds one window's documents, not the whole batch's.
class BatchRenderer
{
public:
    // The documents given to one render() by a caller that walks a long batch: enough for every
    // thread to stay busy, few enough to keep memory flat and a Cancel prompt.
    static constexpr int kWindow = 32;

    BatchRenderer();
    // The PDF of each source, in their order: what PdfRenderer::render() makes of it.
    QList<QByteArray> render(const QList<PageSource>& sources, const QDateTime& stamp);
    int threads() const { return m_threads; }

private:
    int m_threads;
    PdfRenderer m_renderer; // the calling thread's share
};

} // namespace guichet
