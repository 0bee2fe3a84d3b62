#pragma once

#include "Change.h"
#include "common/Result.h"
#include "dossier/DossierRepository.h"
#include "importer/DossierImporter.h"
#include "instruction/InstructionStore.h"
#include "instruction/ScorePackage.h"
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

signals:
    void changed(const guichet::Change& change);

private:
    Status announce(Status status, Change change);

    std::unique_ptr<Workspace> m_workspace;
    DossierRepository m_dossiers;
    std::optional<InstructionStore> m_instruction; // rebuilt when the actor changes
};

} // namespace guichet
