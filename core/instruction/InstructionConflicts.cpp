// The instruction store's conflicts of interest (déport): declarations, what they withdraw,
// their retraction.
#include "InstructionRows.h"
#include "InstructionStore.h"
#include "dossier/DossierColumns.h"
#include "storage/Transaction.h"

namespace guichet {

using namespace instruction_rows;

QList<ConflictDeclaration> InstructionStore::conflicts() const
{
    using namespace conflict_columns;
    return select<ConflictReader>(
        m_db, sql::select(kTable, kRead) + orderBy({kPerson, kApplicantName}), {});
}

std::optional<ConflictDeclaration> InstructionStore::conflictFor(const QString& person,
                                                                 qint64 dossier) const
{
    namespace dossiers = dossier_columns;
    using namespace conflict_columns;
    // Both tables have an applicant_siren: in the join, every column names its table, and each
    // result column is named with AS, SQLite leaving unspecified the name of one without it.
    QStringList read;
    for (const sql::Column& column : kRead)
        read.append(sql::qualified(kTable, column) + " AS "_L1 + column.name);
    const QList<ConflictDeclaration> found = select<ConflictReader>(
        m_db,
        "SELECT "_L1 + read.join(", "_L1) + " FROM "_L1 + kTable.name + " JOIN "_L1 +
            dossiers::kTable.name + " ON "_L1 +
            sql::qualified(dossiers::kTable, dossiers::kApplicantSiren) + " = "_L1 +
            sql::qualified(kTable, kApplicantSiren) + " WHERE "_L1 +
            sql::qualified(dossiers::kTable, dossiers::kNumber) + " = ? AND "_L1 +
            sql::qualified(kTable, kPerson) + " = ?"_L1,
        {dossier, person});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Result<ConflictWithdrawal>
InstructionStore::withdrawalFor(const ConflictDeclaration& declaration) const
{
    QSqlQuery query(m_db);
    query.prepare(sql::select(dossier_columns::kTable, {dossier_columns::kNumber}) +
                  sql::where({dossier_columns::kApplicantSiren}));
    query.addBindValue(declaration.applicantSiren);
    if (Status status = exec(query); !status)
        return status.error();
    ConflictWithdrawal withdrawal{declaration, {}, {}, {}};
    const int number = sql::Positions(query)(dossier_columns::kNumber);
    while (query.next())
        withdrawal.dossiers.append(query.value(number).toLongLong());
    for (qint64 dossier : std::as_const(withdrawal.dossiers)) {
        for (const Score& score : scores(dossier)) {
            if (score.instructor == declaration.person)
                withdrawal.scores.append(score);
        }
        for (const Opinion& opinion : opinions(dossier)) {
            if (opinion.instructor == declaration.person)
                withdrawal.opinions.append(opinion);
        }
    }
    return withdrawal;
}

Result<ConflictWithdrawal> InstructionStore::declareConflict(ConflictDeclaration declaration)
{
    declaration.person = declaration.person.trimmed();
    declaration.link = declaration.link.trimmed();
    if (declaration.person.isEmpty() || declaration.applicantSiren.isEmpty() ||
        declaration.link.isEmpty())
        return Error::badInput(
            Text::tr("Une déclaration de lien nomme la personne, le demandeur et le lien."));
    Transaction transaction(m_db);
    auto found = withdrawalFor(declaration);
    if (!found)
        return found.error();
    ConflictWithdrawal& withdrawn = found.value();
    for (const Score& score : std::as_const(withdrawn.scores)) {
        Score cleared = score;
        cleared.level.reset();
        cleared.comment.clear();
        if (Status status = writeScore(cleared); !status)
            return status.error();
    }
    QSqlQuery query(m_db);
    for (const Opinion& opinion : std::as_const(withdrawn.opinions)) {
        query.prepare(sql::remove(opinion_columns::kTable) + sql::where(opinion_columns::kKey));
        query.addBindValue(opinion.dossier);
        query.addBindValue(declaration.person);
        if (Status status = exec(query); !status)
            return status.error();
        if (Status status =
                audit(opinion.dossier, QStringLiteral("opinion:%1").arg(declaration.person),
                      describe(opinion), QString());
            !status)
            return status.error();
    }
    using namespace conflict_columns;
    // A declaration made again keeps the applicant's name it was first recorded with.
    query.prepare(sql::upsert(kTable, kKey, {kApplicantName}, {kLink, kDeclaredAt, kDeclaredBy}));
    query.addBindValue(declaration.person);
    query.addBindValue(declaration.applicantSiren);
    query.addBindValue(orEmpty(declaration.applicantName));
    query.addBindValue(declaration.link);
    withdrawn.declaration.declaredAt = nowIfInvalid(declaration.declaredAt);
    query.addBindValue(clock::toText(withdrawn.declaration.declaredAt));
    query.addBindValue(m_actor);
    if (Status status = exec(query); !status)
        return status.error();
    if (Status status = AuditLog(m_db).record(
            m_actor, QStringLiteral("conflict"), declaration.applicantSiren,
            QStringLiteral("person:%1").arg(declaration.person), QString(), declaration.link);
        !status)
        return status.error();
    if (!transaction.commit())
        return Error::failure(
            Text::tr("Impossible d'enregistrer la déclaration : %1").arg(transaction.lastError()));
    return withdrawn;
}

Status InstructionStore::retractConflict(const ConflictWithdrawal& restore, const QString& reason)
{
    const ConflictDeclaration& declaration = restore.declaration;
    if (reason.trimmed().isEmpty())
        return Error::badInput(Text::tr("Le retrait d'une déclaration de lien demande un motif."));
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(sql::remove(conflict_columns::kTable) + sql::where(conflict_columns::kKey));
    query.addBindValue(declaration.person);
    query.addBindValue(declaration.applicantSiren);
    if (Status status = exec(query); !status)
        return status;
    if (query.numRowsAffected() != 1)
        return Error::badInput(Text::tr("Aucun lien de %1 avec %2 n'est déclaré.")
                                   .arg(declaration.person, declaration.applicantName));
    if (Status status =
            AuditLog(m_db).record(m_actor, QStringLiteral("conflict"), declaration.applicantSiren,
                                  QStringLiteral("person:%1").arg(declaration.person),
                                  declaration.link, Text::tr("retirée : %1").arg(reason.trimmed()));
        !status)
        return status;
    for (const Score& score : restore.scores) {
        if (Status status = writeScore(score); !status)
            return status;
    }
    for (const Opinion& opinion : restore.opinions) {
        if (Status status = writeOpinion(opinion); !status)
            return status;
    }
    if (!transaction.commit())
        return Error::failure(
            Text::tr("Impossible de retirer la déclaration : %1").arg(transaction.lastError()));
    return success();
}

} // namespace guichet
