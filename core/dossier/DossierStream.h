#pragma once

#include "Dossier.h"

#include <QList>
#include <QThread>

namespace guichet {

// Reads a workspace's dossiers on a worker thread, in chunks, on its own read-only connection,
// so that a window with 100 000 dossiers paints at once and fills as they arrive.
class DossierStream : public QThread
{
    Q_OBJECT

public:
    DossierStream(QString workspacePath, qint64 afterNumber, QObject* parent = nullptr);
    ~DossierStream() override;

    static constexpr int kChunkSize = 5000;

signals:
    // Each chunk comes with the folded search text of each dossier (DossierFilter::searchText).
    void chunkLoaded(const QList<guichet::Dossier>& dossiers, const QList<QByteArray>& searchTexts);
    // The file could not be read: what was loaded is not the whole list.
    void failed(const QString& message);

protected:
    void run() override;

private:
    QString m_path;
    qint64 m_afterNumber;
};

} // namespace guichet
