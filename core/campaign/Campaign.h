#pragma once

#include "Change.h"
#include "committee/CommitteeStore.h"
#include "committee/DueRule.h"
#include "committee/SessionDecisions.h"
#include "committee/SessionRecorder.h"
#include "common/Result.h"
#include "documents/DocumentRegister.h"
#include "documents/DocumentTemplates.h"
#include "documents/Letterhead.h"
#include "dossier/DossierRepository.h"
#include "importer/DossierImporter.h"
#include "instruction/InstructionStore.h"
#include "instruction/ScorePackage.h"
#include "ledger/LedgerStore.h"
#include "ledger/ScenarioStore.h"
#include "storage/Workspace.h"

#include <QObject>

#include <memory>
#include <optional>

namespace guichet {

// One open workspace as the application works on it: the one door for every change. It owns
// the workspace and its stores; each write goes through one of its methods, runs in one
// transaction with its audit row, and once committed is announced by changed(), which every
// open view follows (the main window, the selection grid, later the projection window).
// Reads go through the stores it hands out read-only.
class Campaign : public QObject
{
    Q_OBJECT

public:
    explicit Campaign(std::unique_ptr<Workspace> workspace, QObject* parent = nullptr);
    ~Campaign() override;

    static Result<std::unique_ptr<Campaign>>
    open(const QString& path, Workspace::Access access = Workspace::Access::ReadWrite,
         probe::Integrity integrity = probe::Integrity::Verify);

    Workspace& workspace() const { return *m_workspace; }
    const Programme& programme() const { return m_workspace->programme(); }
    bool isReadOnly() const { return m_workspace->isReadOnly(); }
    // Who makes the changes: the instructor at the keyboard.
    QString actor() const { return m_workspace->actor(); }
    void setActor(const QString& actor);

    const DossierRepository& dossiers() const { return m_dossiers; }
    const InstructionStore& instruction() const { return *m_instruction; }
    // The ledger of the envelope; its balances: EnvelopeOverview::load or ledger().state().
    const LedgerStore& ledger() const { return *m_ledger; }
    ScenarioStore scenarios() const { return ScenarioStore(m_workspace->database(), actor()); }
    // The committee's sessions, avis, recusals and decisions as stored. The agenda, the gauge
    // and the projection are reads computed over the workspace: SessionAgenda::load(),
    // projectionSlides(), projectionGrid(); the due rule: sessionDue() (committee/).
    CommitteeStore committee() const { return CommitteeStore(m_workspace->database(), actor()); }
    // Whether a session is due today and why (the programme's rule over the sessions and the
    // dossiers' deposit dates).
    Result<SessionDue> sessionDue() const;

    // The changes. Each checks its input (nothing is written when it is refused) and emits
    // changed() after its commit.
    Status setNote(qint64 dossier, const QString& note);
    Status setScore(const Score& score);
    Status setOpinion(const Opinion& opinion);
    // The decisions of one save of the eligibility dialog: all saved or none.
    Status decideEligibility(qint64 dossier, const QList<EligibilityDecision>& decisions);
    Result<ConflictWithdrawal> declareConflict(const ConflictDeclaration& declaration);
    Status retractConflict(const ConflictWithdrawal& restore, const QString& reason);
    Result<ScoreMergeReport> mergeScorePackage(const QString& path);
    Status saveColumnMapping(const QHash<QString, QString>& mapping);
    Result<ImportReport> importExports(const QStringList& files,
                                       const DossierImporter::Options& options);

    // The envelope. Each writes one movement of the ledger (returned, so that an undo can name
    // it) and emits a Change of kind Amounts, Ledger or Envelope. An undo is itself a movement:
    // resetProposedAmount() or the previous proposal set again, cancelDecision(), an amendment
    // of the opposite amount; nothing is ever deleted.
    Result<Movement> setProposedAmount(qint64 dossier, Cents amount, const QString& reason);
    Result<Movement> setProposedRate(qint64 dossier, Rate rate, const QString& reason);
    Result<Movement> resetProposedAmount(qint64 dossier, const QString& reason);
    // Refused over the envelope without request.justification (the guard).
    Result<Movement> decide(const DecisionRequest& request);
    Result<Movement> reduceDecision(qint64 dossier, Cents reduction, const QString& reason,
                                    QDate date = {});
    Result<Movement> cancelDecision(qint64 dossier, const QString& reason, QDate date = {});
    // kind: Avance, Acompte or Solde; refused above each ceiling of décret 2018-514.
    Result<Movement> addPayment(qint64 dossier, Movement::Kind kind, Cents amount, QDate date,
                                const QString& reference = {});
    // The counter-entry of a reduction or a payment (LedgerStore::counterEntry).
    Result<Movement> counterEntry(const Movement& entry, const QString& reason);
    Result<Movement> amendEnvelope(Cents delta, const QString& reason, QDate date = {});

    // Cutoff scenarios: a live one is a CutoffModel (CutoffModel::load), which writes nothing.
    // Saving keeps its rows as computed now from the workspace (Change::Kind::Scenarios).
    Result<SavedScenario> saveScenario(const ScenarioDefinition& definition);
    // Its funded rows become proposals (Changes Amounts and Scenarios); revertAdoption() undoes
    // it in the ledger, as a core operation.
    Result<AdoptionReport> adoptScenario(const QString& name);
    Status revertAdoption(const QString& name, const QString& reason);

    // The selection committee. Each write is checked first (nothing written when refused), runs
    // in one transaction with its audit row, and is announced as a Change of kind Committee
    // carrying the session's number (and the dossiers concerned, when it concerns some).
    // The new session's number; `order`: the agenda's order, see SessionRecorder::create.
    Result<int> createSession(const Session& session, const QList<qint64>& order = {});
    Status updateSession(const Session& session); // details and attendance, while open
    Status removeSession(int session); // the latest, open, without avis: see SessionRecorder
    // The chair's drag and drop: every dossier of the agenda once, in the new order (empty: back
    // to the computed order). Undone by reordering as CommitteeStore::agendaOrder() was.
    Status reorderAgenda(int session, const QList<qint64>& order);
    // The avis on one dossier (a departure from the instruction needs request.reason). Undone by
    // recording the previous avis again (CommitteeStore::avis() before), or clearAvis().
    Result<Avis> recordAvis(int session, const AvisRequest& request);
    // Withdraws avis of an open session: the undo of a first recording, or of
    // recordAllProposals() (given the dossiers it returned).
    Status clearAvis(int session, const QList<qint64>& dossiers);
    // « Avis favorable sur toutes les propositions »: the dossiers given an avis.
    Result<QList<qint64>> recordAllProposals(int session, Avis::Kind kind = Avis::Kind::Favorable,
                                             const QString& reason = {});
    Status recordRecusal(int session, qint64 dossier, const QString& member,
                         Recusal::Event event = Recusal::Event::Leaves);
    // The chair's validation: the avis are locked, the agenda frozen.
    Status validateSession(int session);
    // After validation: an amendment, with its reason.
    Result<Avis> amendAvis(int session, const AvisRequest& request);
    // « Prendre les décisions »: the favourable avis become ledger decisions, all or none (the
    // envelope's guard on the whole). Announced as Committee and Ledger. Undone by
    // undoSessionDecisions(), which cancels them in the ledger; taking them again redoes.
    Result<SessionDecisionReport> takeSessionDecisions(const SessionDecisionRequest& request);
    Result<QList<Movement>> undoSessionDecisions(int session, const QString& reason);

    // Documents. The letterhead and the templates in force, the register of issued documents.
    Letterhead letterhead() const { return Letterhead::load(m_workspace->database()); }
    TemplateStore templates() const { return TemplateStore(m_workspace->database()); }
    DocumentRegister documentRegister() const
    {
        return DocumentRegister(m_workspace->database(), actor());
    }
    // Sets letterhead values by key (Change::Kind::Letterhead); all or none.
    Status setLetterhead(const QMap<QString, QString>& values);
    // Saves `body` as the next version of the template (Change::Kind::Templates).
    Result<DocumentTemplate> saveTemplate(DocumentTemplate::Kind kind, const QString& body);
    // Issues one document made from the templates `used` (the versions in force are stored and
    // recorded with it): see DocumentRegister::issue (Change::Kind::Documents).
    Result<IssuedDocument> issueDocument(const IssueRequest& request,
                                         const QList<DocumentTemplate::Kind>& used,
                                         const DocumentRegister::Render& render);

signals:
    void changed(const guichet::Change& change);

private:
    Status announce(Status status, Change change);
    Result<Movement> announce(Result<Movement> movement, Change::Kind kind);
    void announceSession(int session, const QList<qint64>& dossiers = {});
    SessionRecorder recorder() const;

    std::unique_ptr<Workspace> m_workspace;
    DossierRepository m_dossiers;
    std::optional<InstructionStore> m_instruction; // rebuilt when the actor changes
    std::optional<LedgerStore> m_ledger;           // likewise
};

} // namespace guichet
