#pragma once

#include "Eligibility.h"
#include "Scores.h"
#include "common/Result.h"
#include "programme/Programme.h"
#include "storage/AuditLog.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace guichet {

// The instruction data of a workspace: eligibility decisions, each instructor's scores and
// opinions, conflict declarations. Every write is checked (scale, applicable criterion,
// justification, conflicts) and goes through the audit log in the same transaction.
class InstructionStore
{
public:
    // `actor`: who makes the changes (the instructor at the keyboard, or who merges a package).
    InstructionStore(QSqlDatabase db, const Programme& programme, QString actor);

    QList<Score> scores(qint64 dossier) const;
    QHash<qint64, QList<Score>> allScores() const;
    QList<Score> scoresBy(const QString& instructor) const;
    // Saves `score` (its updatedAt, or now when invalid). A level of none with an empty
    // comment removes the score.
    Status setScore(Score score);

    QList<Opinion> opinions(qint64 dossier) const;
    QList<Opinion> opinionsBy(const QString& instructor) const;
    Status setOpinion(Opinion opinion);

    QHash<QString, EligibilityDecision> decisions(qint64 dossier) const;
    QHash<qint64, QHash<QString, EligibilityDecision>> allDecisions() const;
    QList<EligibilityDecision> decisionsBy(const QString& instructor) const;
    // An override of an automatic check without a justification is refused.
    Status decide(EligibilityDecision decision);
    Status clearDecision(qint64 dossier, const QString& check);
    // Several checks of one dossier, all saved or none (an outcome of "to check" clears the
    // check's decision): what one save of the eligibility dialog does.
    Status decideAll(qint64 dossier, const QList<EligibilityDecision>& decisions);

    QList<ConflictDeclaration> conflicts() const;
    // The declaration that bars `person` from `dossier`, if any.
    std::optional<ConflictDeclaration> conflictFor(const QString& person, qint64 dossier) const;
    // What declaring it would withdraw, without writing: what the person is asked to confirm.
    Result<ConflictWithdrawal> withdrawalFor(const ConflictDeclaration& declaration) const;
    // Records the link; the person's scores and opinions on that applicant's dossiers are
    // withdrawn (kept in the audit log), and their later scores, opinions and eligibility
    // decisions there refused. Returns what was withdrawn.
    Result<ConflictWithdrawal> declareConflict(ConflictDeclaration declaration);
    // Withdraws a declaration (audited with its reason), then writes back `restore`'s scores
    // and opinions: those a declaration withdrew, when it is undone; none otherwise.
    Status retractConflict(const ConflictWithdrawal& restore, const QString& reason);

    // Score, opinion and eligibility changes on a dossier, oldest first.
    QList<AuditEntry> history(qint64 dossier) const;

    // The same checks and writes without a transaction of their own: for a caller that
    // groups many changes in one (a package merge).
    Status writeScore(const Score& score);
    Status writeOpinion(const Opinion& opinion);
    Status writeDecision(const EligibilityDecision& decision);

private:
    // The dossier's sub-axis, once it is known to exist and `instructor` not barred from it.
    Result<QString> checkDossierAndConflict(qint64 dossier, const QString& instructor) const;
    Status checkNoConflictOnDecision(const QString& who, qint64 dossier) const;
    Status audit(qint64 dossier, const QString& field, const QString& before, const QString& after);
    Status exec(class QSqlQuery& query) const;

    QSqlDatabase m_db;
    const Programme& m_programme;
    QString m_actor;
};

} // namespace guichet
