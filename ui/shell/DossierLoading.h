#pragma once

#include <QObject>
#include <QPointer>

class QTableView;

namespace guichet {

class Campaign;
class DossierStream;
class DossierTableModel;
class InstructionActions;
class WorkspaceVerifier;

// Fills the dossier list of the main window without making it wait for work proportional to
// the file's size: what a screen shows is read at once, the rest streams in on a worker, then
// the full integrity check (which reads the whole file) runs on another. Both start after the
// list's first paint, one after the other; then the list's instruction is computed.
class DossierLoading : public QObject
{
    Q_OBJECT

public:
    // The list (its model and view) and the instruction computed over it; all outlive this.
    DossierLoading(DossierTableModel* model, QTableView* table, InstructionActions* instruction,
                   QObject* parent);
    ~DossierLoading() override;

    // Reads `campaign`'s dossiers into the list anew; on opening, `verifyIntegrity` checks the
    // whole file too, and writes wait for the check (isVerified()).
    void load(Campaign* campaign, bool verifyIntegrity);
    // Stops the workers and the instruction's computation.
    void stop();
    // Stops, and empties the list: no campaign to load.
    void clear();

    // True while dossiers stream in, the file's integrity is being verified, or instruction
    // (verdicts, consolidation, ranks) is being computed.
    bool isLoading() const;
    // Every dossier of the workspace is in the list.
    bool isComplete() const { return m_complete; }
    // The integrity check passed.
    bool isVerified() const { return m_verified; }

signals:
    void progressed();      // rows came in, or a worker finished
    void verifiedChanged(); // the check started or passed
    void finished();
    // The file cannot be read: nothing has been written, it is to be closed.
    void damaged(const QString& message);
    // The file is sound for SQLite, but the checks found what `message` says: it stays open.
    void anomaliesFound(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void deleteWorkers();
    void startWorkers();
    void onJobFinished();
    void reportDamage(const QString& message);
    void reportAnomalies(const QStringList& findings);

    DossierTableModel* m_model;
    QTableView* m_table;
    // Compared with, never called: the filter also sees its events while the table, destroyed
    // before this object, goes away.
    const QObject* m_viewport;
    InstructionActions* m_instruction;
    QPointer<Campaign> m_campaign;
    DossierStream* m_stream = nullptr;
    WorkspaceVerifier* m_verifier = nullptr;
    bool m_complete = true;
    bool m_startWorkersOnPaint = false;
    bool m_verified = true;
};

} // namespace guichet
