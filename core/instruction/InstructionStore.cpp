#include "InstructionStore.h"

#include "InstructionRows.h"
#include "ScoringGrid.h"
#include "dossier/DossierColumns.h"
#include "storage/SqlColumns.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace guichet {

using namespace instruction_rows;

InstructionStore::InstructionStore(QSqlDatabase db, const Programme& programme, QString actor)
    : m_db(std::move(db))
    , m_programme(programme)
    , m_actor(std::move(actor))
{}

Status InstructionStore::exec(QSqlQuery& query) const
{
    if (query.exec())
        return success();
    return Error::failure(
        Text::tr("Écriture impossible dans le classeur : %1").arg(query.lastError().text()));
}

Status InstructionStore::audit(qint64 dossier, const QString& field, const QString& before,
                               const QString& after)
{
    return AuditLog(m_db).record(m_actor, QStringLiteral("dossier"), QString::number(dossier),
                                 field, before, after);
}

QList<Score> InstructionStore::scores(qint64 dossier) const
{
    using namespace score_columns;
    return select<ScoreReader>(m_db,
                               sql::select(kTable, kAll) + sql::where({kDossierNumber}) +
                                   orderBy({kInstructor, kCriterion}),
                               {dossier});
}

QHash<qint64, QList<Score>> InstructionStore::allScores() const
{
    QHash<qint64, QList<Score>> all;
    for (Score& s :
         select<ScoreReader>(m_db, sql::select(score_columns::kTable, score_columns::kAll), {}))
        all[s.dossier].append(std::move(s));
    return all;
}

QList<Score> InstructionStore::scoresBy(const QString& instructor) const
{
    using namespace score_columns;
    return select<ScoreReader>(m_db,
                               sql::select(kTable, kAll) + sql::where({kInstructor}) +
                                   orderBy({kDossierNumber, kCriterion}),
                               {instructor});
}

Result<QString> InstructionStore::checkDossierAndConflict(qint64 dossier,
                                                          const QString& instructor) const
{
    QSqlQuery query(m_db);
    query.prepare(sql::select(dossier_columns::kTable, {dossier_columns::kSubaxis}) +
                  sql::where({dossier_columns::kNumber}));
    query.addBindValue(dossier);
    if (!query.exec() || !query.next())
        return Error::badInput(
            Text::tr("Le dossier %1 n'existe pas dans ce classeur.").arg(dossier));
    const QString subaxis = query.value(dossier_columns::kSubaxis.name).toString();
    if (instructor.trimmed().isEmpty())
        return Error::badInput(Text::tr("Nom de l'instructeur manquant."));
    if (const auto conflict = conflictFor(instructor, dossier))
        return Error::of(Error::Kind::Barred,
                         Text::tr("%1 a déclaré un lien avec %2 (%3) : ses notes sur les "
                                  "dossiers de ce demandeur sont refusées (déport).")
                             .arg(instructor, conflict->applicantName, conflict->link));
    return subaxis;
}

Status InstructionStore::writeScore(const Score& score)
{
    const Result<QString> checked = checkDossierAndConflict(score.dossier, score.instructor);
    if (!checked)
        return checked.error();
    const QString& subaxis = checked.value();
    const Criterion* criterion = ScoringGrid(m_programme).criterion(score.criterion);
    if (!criterion)
        return Error::badInput(Text::tr("Critère inconnu : « %1 ».").arg(score.criterion));
    if (!criterion->appliesTo(subaxis))
        return Error::badInput(Text::tr("Le critère « %1 » ne s'applique pas au sous-axe %2.")
                                   .arg(criterion->label, subaxis));
    if (score.level && (*score.level < criterion->scaleMin || *score.level > criterion->scaleMax))
        return Error::badInput(Text::tr("Niveau %1 hors de l'échelle du critère « %2 » (%3 à %4).")
                                   .arg(*score.level)
                                   .arg(criterion->label)
                                   .arg(criterion->scaleMin)
                                   .arg(criterion->scaleMax));

    using namespace score_columns;
    const QList<Score> previous =
        select<ScoreReader>(m_db, sql::select(kTable, kAll) + sql::where(kKey),
                            {score.dossier, score.instructor, score.criterion});
    const QString before =
        previous.isEmpty() ? QString() : describe(previous.first().level, previous.first().comment);
    const QString after = describe(score.level, score.comment);
    const bool clearing = !score.level && score.comment.isEmpty();
    if (previous.isEmpty() ? clearing : previous.first().sameContent(score))
        return success(); // nothing changes: nothing to write or audit
    QSqlQuery query(m_db);
    if (!score.level && score.comment.isEmpty()) {
        query.prepare(sql::remove(kTable) + sql::where(kKey));
        query.addBindValue(score.dossier);
        query.addBindValue(score.instructor);
        query.addBindValue(score.criterion);
    } else {
        query.prepare(sql::upsert(kTable, kKey, {kLevel, kComment, kUpdatedAt}));
        query.addBindValue(score.dossier);
        query.addBindValue(score.instructor);
        query.addBindValue(score.criterion);
        query.addBindValue(score.level ? QVariant(*score.level)
                                       : QVariant(QMetaType::fromType<int>()));
        query.addBindValue(orEmpty(score.comment));
        query.addBindValue(clock::toText(nowIfInvalid(score.updatedAt)));
    }
    if (Status status = exec(query); !status)
        return status;
    return audit(score.dossier,
                 QStringLiteral("score:%1:%2").arg(score.instructor, score.criterion), before,
                 score.level || !score.comment.isEmpty() ? after : QString());
}

Status InstructionStore::setScore(Score score)
{
    Transaction transaction(m_db);
    if (Status status = writeScore(score); !status)
        return status;
    if (!transaction.commit())
        return Error::failure(
            Text::tr("Impossible d'enregistrer la note : %1").arg(transaction.lastError()));
    return success();
}

QList<Opinion> InstructionStore::opinions(qint64 dossier) const
{
    using namespace opinion_columns;
    return select<OpinionReader>(
        m_db, sql::select(kTable, kAll) + sql::where({kDossierNumber}) + orderBy({kInstructor}),
        {dossier});
}

QList<Opinion> InstructionStore::opinionsBy(const QString& instructor) const
{
    using namespace opinion_columns;
    return select<OpinionReader>(
        m_db, sql::select(kTable, kAll) + sql::where({kInstructor}) + orderBy({kDossierNumber}),
        {instructor});
}

Status InstructionStore::writeOpinion(const Opinion& opinion)
{
    if (const auto checked = checkDossierAndConflict(opinion.dossier, opinion.instructor); !checked)
        return checked.error();
    using namespace opinion_columns;
    const QList<Opinion> previous = select<OpinionReader>(
        m_db, sql::select(kTable, kAll) + sql::where(kKey), {opinion.dossier, opinion.instructor});
    const QString before = previous.isEmpty() ? QString() : describe(previous.first());
    if (before == describe(opinion))
        return success();
    QSqlQuery query(m_db);
    if (describe(opinion).isEmpty()) { // no stance and no reason: no opinion (an undone one)
        query.prepare(sql::remove(kTable) + sql::where(kKey));
        query.addBindValue(opinion.dossier);
        query.addBindValue(opinion.instructor);
    } else {
        query.prepare(sql::upsert(kTable, kKey, {kStance, kText, kUpdatedAt}));
        query.addBindValue(opinion.dossier);
        query.addBindValue(opinion.instructor);
        query.addBindValue(orEmpty(Opinion::apiName(opinion.stance)));
        query.addBindValue(orEmpty(opinion.text));
        query.addBindValue(clock::toText(nowIfInvalid(opinion.updatedAt)));
    }
    if (Status status = exec(query); !status)
        return status;
    return audit(opinion.dossier, QStringLiteral("opinion:%1").arg(opinion.instructor), before,
                 describe(opinion));
}

Status InstructionStore::setOpinion(Opinion opinion)
{
    Transaction transaction(m_db);
    if (Status status = writeOpinion(opinion); !status)
        return status;
    if (!transaction.commit())
        return Error::failure(
            Text::tr("Impossible d'enregistrer l'avis : %1").arg(transaction.lastError()));
    return success();
}

QHash<QString, EligibilityDecision> InstructionStore::decisions(qint64 dossier) const
{
    QHash<QString, EligibilityDecision> byCheck;
    using namespace decision_columns;
    for (EligibilityDecision& d : select<DecisionReader>(
             m_db, sql::select(kTable, kAll) + sql::where({kDossierNumber}), {dossier}))
        byCheck.insert(d.check, std::move(d));
    return byCheck;
}

QHash<qint64, QHash<QString, EligibilityDecision>> InstructionStore::allDecisions() const
{
    QHash<qint64, QHash<QString, EligibilityDecision>> all;
    for (EligibilityDecision& d : select<DecisionReader>(
             m_db, sql::select(decision_columns::kTable, decision_columns::kAll), {}))
        all[d.dossier].insert(d.check, std::move(d));
    return all;
}

QList<EligibilityDecision> InstructionStore::decisionsBy(const QString& instructor) const
{
    using namespace decision_columns;
    return select<DecisionReader>(m_db,
                                  sql::select(kTable, kAll) + sql::where({kInstructor}) +
                                      orderBy({kDossierNumber, kCheckCode}),
                                  {instructor});
}

Status InstructionStore::writeDecision(const EligibilityDecision& decision)
{
    bool known = false;
    for (const EligibilityCheck& check : m_programme.eligibilityChecks)
        known = known || check.code == decision.check;
    if (!known)
        return Error::badInput(Text::tr("Vérification inconnue : « %1 ».").arg(decision.check));
    const QString who = decision.instructor.isEmpty() ? m_actor : decision.instructor;
    if (Status status = checkNoConflictOnDecision(who, decision.dossier); !status)
        return status;
    if (decision.outcome == CheckResult::Outcome::ToCheck)
        return clearDecision(decision.dossier, decision.check);
    if (EligibilityEvaluator(m_programme).isAutomatic(decision.check) &&
        decision.justification.trimmed().isEmpty())
        return Error::badInput(Text::tr("Modifier un résultat automatique demande une "
                                        "justification écrite."));
    QSqlQuery query(m_db);
    query.prepare(sql::select(dossier_columns::kTable, {dossier_columns::kNumber}) +
                  sql::where({dossier_columns::kNumber}));
    query.addBindValue(decision.dossier);
    if (!query.exec() || !query.next())
        return Error::badInput(
            Text::tr("Le dossier %1 n'existe pas dans ce classeur.").arg(decision.dossier));
    const QHash<QString, EligibilityDecision> previous = decisions(decision.dossier);
    const auto before = previous.constFind(decision.check);
    auto text = [](const EligibilityDecision& d) -> QString {
        return CheckResult::outcomeLabel(d.outcome) +
               (d.justification.isEmpty() ? QString() : QStringLiteral(" — ") + d.justification);
    };
    if (before != previous.cend() && text(*before) == text(decision))
        return success();
    using namespace decision_columns;
    query.prepare(sql::upsert(kTable, kKey, {kOutcome, kJustification, kInstructor, kDecidedAt}));
    query.addBindValue(decision.dossier);
    query.addBindValue(decision.check);
    query.addBindValue(CheckResult::apiName(decision.outcome));
    query.addBindValue(orEmpty(decision.justification.trimmed()));
    query.addBindValue(who);
    query.addBindValue(clock::toText(nowIfInvalid(decision.decidedAt)));
    if (Status status = exec(query); !status)
        return status;
    return audit(decision.dossier, QStringLiteral("eligibility:%1").arg(decision.check),
                 before != previous.cend() ? text(*before) : QString(), text(decision));
}

Status InstructionStore::decide(EligibilityDecision decision)
{
    Transaction transaction(m_db);
    if (Status status = writeDecision(decision); !status)
        return status;
    if (!transaction.commit())
        return Error::failure(
            Text::tr("Impossible d'enregistrer la décision : %1").arg(transaction.lastError()));
    return success();
}

Status InstructionStore::checkNoConflictOnDecision(const QString& who, qint64 dossier) const
{
    if (const auto conflict = conflictFor(who, dossier))
        return Error::of(Error::Kind::Barred,
                         Text::tr("%1 a déclaré un lien avec %2 (%3) : ses décisions sur "
                                  "les dossiers de ce demandeur sont refusées (déport).")
                             .arg(who, conflict->applicantName, conflict->link));
    return success();
}

Status InstructionStore::decideAll(qint64 dossier, const QList<EligibilityDecision>& decisions)
{
    Transaction transaction(m_db);
    for (EligibilityDecision decision : decisions) {
        decision.dossier = dossier;
        if (Status status = writeDecision(decision); !status)
            return status;
    }
    if (!transaction.commit())
        return Error::failure(
            Text::tr("Impossible d'enregistrer les décisions : %1").arg(transaction.lastError()));
    return success();
}

Status InstructionStore::clearDecision(qint64 dossier, const QString& check)
{
    if (Status status = checkNoConflictOnDecision(m_actor, dossier); !status)
        return status;
    const QHash<QString, EligibilityDecision> previous = decisions(dossier);
    const auto before = previous.constFind(check);
    if (before == previous.cend())
        return success();
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(sql::remove(decision_columns::kTable) + sql::where(decision_columns::kKey));
    query.addBindValue(dossier);
    query.addBindValue(check);
    if (Status status = exec(query); !status)
        return status;
    if (Status status = audit(dossier, QStringLiteral("eligibility:%1").arg(check),
                              CheckResult::outcomeLabel(before->outcome), QString());
        !status)
        return status;
    if (!transaction.commit())
        return Error::failure(
            Text::tr("Impossible d'enregistrer la décision : %1").arg(transaction.lastError()));
    return success();
}

QList<AuditEntry> InstructionStore::history(qint64 dossier) const
{
    QList<AuditEntry> entries =
        AuditLog(m_db).entriesFor(QStringLiteral("dossier"), QString::number(dossier));
    entries.removeIf([](const AuditEntry& e) {
        return !e.field.startsWith(QLatin1String("score:")) &&
               !e.field.startsWith(QLatin1String("opinion:")) &&
               !e.field.startsWith(QLatin1String("eligibility:"));
    });
    return entries;
}

} // namespace guichet
