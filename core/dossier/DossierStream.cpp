#include "DossierStream.h"

#include "DossierFilter.h"
#include "DossierRepository.h"

#include <QSqlDatabase>

namespace guichet {

DossierStream::DossierStream(QString workspacePath, qint64 afterNumber, QObject* parent)
    : QThread(parent)
    , m_path(std::move(workspacePath))
    , m_afterNumber(afterNumber)
{}

DossierStream::~DossierStream()
{
    requestInterruption();
    wait();
}

void DossierStream::run()
{
    const QString name = QStringLiteral("guichet-stream-%1").arg(reinterpret_cast<quintptr>(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            const DossierRepository repository(db);
            qint64 after = m_afterNumber;
            while (!isInterruptionRequested()) {
                const QList<Dossier> chunk = repository.loadChunk(after, kChunkSize);
                if (chunk.isEmpty())
                    break;
                QList<QByteArray> texts;
                texts.reserve(chunk.size());
                for (const Dossier& d : chunk)
                    texts.append(DossierFilter::searchText(d));
                after = chunk.constLast().number;
                emit chunkLoaded(chunk, texts);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace guichet
