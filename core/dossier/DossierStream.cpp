#include "DossierStream.h"

#include "DossierFilter.h"
#include "DossierRepository.h"

#include <QSqlDatabase>
#include <QSqlError>

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
        if (!db.open())
            emit failed(
                tr("Le classeur %1 n'a pas pu être relu : %2").arg(m_path, db.lastError().text()));
        if (db.isOpen()) {
            const DossierRepository repository(db);
            qint64 after = m_afterNumber;
            while (!isInterruptionRequested()) {
                const auto read = repository.loadChunk(after, kChunkSize);
                if (!read) {
                    emit failed(read.error().message);
                    break;
                }
                const QList<Dossier>& chunk = read.value();
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
