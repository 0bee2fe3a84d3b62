#include "DossierLoading.h"

#include "campaign/Campaign.h"
#include "dossier/DossierFilter.h"
#include "dossier/DossierStream.h"
#include "dossiers/DossierTableModel.h"
#include "instruction/InstructionActions.h"
#include "storage/Workspace.h"
#include "verify/WorkspaceVerifier.h"

#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <limits>

namespace guichet {

namespace {
// Shown before the first paint; the rest streams in from a worker thread.
constexpr int kFirstChunk = 64; // a screenful and some
} // namespace

DossierLoading::DossierLoading(DossierTableModel* model, QTableView* table,
                               InstructionActions* instruction, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_table(table)
    , m_viewport(table->viewport())
    , m_instruction(instruction)
{
    m_table->viewport()->installEventFilter(this);
    connect(m_instruction, &InstructionActions::computed, this, &DossierLoading::onJobFinished);
}

DossierLoading::~DossierLoading()
{
    deleteWorkers();
}

void DossierLoading::deleteWorkers()
{
    // Deleting a worker joins its thread.
    delete m_stream;
    m_stream = nullptr;
    delete m_verifier;
    m_verifier = nullptr;
}

void DossierLoading::stop()
{
    deleteWorkers();
    m_instruction->stop();
}

void DossierLoading::clear()
{
    stop();
    m_campaign = nullptr;
    m_model->clear();
    m_complete = true;
}

bool DossierLoading::isLoading() const
{
    return m_stream || m_verifier || m_instruction->isComputing();
}

void DossierLoading::load(Campaign* campaign, bool verifyIntegrity)
{
    stop();
    m_campaign = campaign;
    m_model->clear();

    // The note and the scores stay read-only until the check passes.
    if (verifyIntegrity) {
        m_verified = false;
        emit verifiedChanged();
    }
    const auto read =
        m_campaign->dossiers().loadChunk(std::numeric_limits<qint64>::min(), kFirstChunk);
    if (!read) {
        reportDamage(read.error().message); // never an empty list for a damaged file
        return;
    }
    const QList<Dossier>& first = read.value();
    QList<QByteArray> texts;
    texts.reserve(first.size());
    for (const Dossier& d : first)
        texts.append(DossierFilter::searchText(d));
    m_model->append(first, texts);
    m_complete = first.size() < kFirstChunk;
    if (m_table->model()->rowCount() > 0)
        m_table->selectRow(0);

    if (verifyIntegrity) {
        m_verifier = new WorkspaceVerifier(m_campaign->workspace().path());
        connect(m_verifier, &WorkspaceVerifier::verified, this, [this] {
            m_verified = true;
            emit verifiedChanged();
        });
        connect(m_verifier, &WorkspaceVerifier::damaged, this, &DossierLoading::reportDamage);
        connect(m_verifier, &WorkspaceVerifier::anomaliesFound, this,
                &DossierLoading::reportAnomalies);
        connect(m_verifier, &QThread::finished, this, [this] {
            m_verifier->deleteLater();
            m_verifier = nullptr;
            onJobFinished();
        });
    }
    if (!m_complete) {
        m_stream = new DossierStream(m_campaign->workspace().path(), first.constLast().number);
        connect(m_stream, &DossierStream::chunkLoaded, m_model, &DossierTableModel::append);
        connect(m_stream, &DossierStream::failed, this, &DossierLoading::reportDamage);
        connect(m_stream, &QThread::finished, this, [this] {
            m_stream->deleteLater();
            m_stream = nullptr;
            m_complete = true;
            if (m_verifier)
                m_verifier->start(QThread::LowPriority);
            onJobFinished();
        });
    }
    emit progressed();
    if (m_table->viewport()->isVisible())
        m_startWorkersOnPaint = true; // see eventFilter()
    else
        startWorkers();
}

void DossierLoading::startWorkers()
{
    m_startWorkersOnPaint = false;
    if (m_stream)
        m_stream->start(QThread::LowPriority);
    else if (m_verifier)
        m_verifier->start(QThread::LowPriority);
    else
        onJobFinished();
}

bool DossierLoading::eventFilter(QObject* watched, QEvent* event)
{
    // The workers start once the list has painted: on two cores they would otherwise compete
    // with the first paint.
    if (watched == m_viewport && event->type() == QEvent::Paint && m_startWorkersOnPaint) {
        m_startWorkersOnPaint = false;
        QTimer::singleShot(0, this, [this] { startWorkers(); });
    }
    return QObject::eventFilter(watched, event);
}

void DossierLoading::onJobFinished()
{
    if (m_complete && m_campaign && !m_stream && !m_verifier && !m_instruction->isComputing() &&
        m_model->instruction().all().size() != m_model->dossiers().size()) {
        m_instruction->refresh(); // once every dossier is in; loading ends with it
        return;
    }
    emit progressed();
    if (!isLoading())
        emit finished();
}

void DossierLoading::reportDamage(const QString& message)
{
    // Said once the worker that found it has returned: the file is then closed.
    QTimer::singleShot(0, this, [this, message] { emit damaged(message); });
}

void DossierLoading::reportAnomalies(const QStringList& findings)
{
    // The user learns what the checks found and whom to tell. The list is the one
    // `guichet verify` prints.
    constexpr int kShown = 10;
    QString message = tr("Le contrôle du classeur à l'ouverture a trouvé %n anomalie(s) :", nullptr,
                         int(findings.size()));
    for (const QString& finding : findings.mid(0, kShown))
        message += QStringLiteral("\n• ") + finding;
    if (findings.size() > kShown)
        message += QStringLiteral("\n…");
    message +=
        QLatin1Char('\n') + tr("Le classeur a pu être modifié hors de Guichet : signalez-le "
                               "à l'administrateur (guichet verify donne la liste complète).");
    QTimer::singleShot(0, this, [this, message] { emit anomaliesFound(message); });
}

} // namespace guichet
