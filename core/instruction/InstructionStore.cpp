#include "InstructionStore.h"

#include "ScoringGrid.h"
#include "common/Clock.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Instruction)
};

// SQLite stores a null QString as NULL: text columns are NOT NULL, empty is "".
QString orEmpty(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime nowIfInvalid(const QDateTime& at)
{
    return at.isValid() ? at.toUTC() : clock::now();
}

QString describe(const std::optional<int>& level, const QString& comment)
{
    const QString value = level ? QString::number(*level) : QStringLiteral("–");
    return comment.isEmpty() ? value : value + QStringLiteral(" — ") + comment;
}

Score readScore(const QSqlQuery& q)
{
    Score s;
    s.dossier = q.value(0).toLongLong();
    s.instructor = q.value(1).toString();
    s.criterion = q.value(2).toString();
    if (!q.value(3).isNull())
        s.level = q.value(3).toInt();
    s.comment = q.value(4).toString();
    s.updatedAt = clock::fromText(q.value(5).toString());
    return s;
}

Opinion readOpinion(const QSqlQuery& q)
{
    Opinion o;
    o.dossier = q.value(0).toLongLong();
    o.instructor = q.value(1).toString();
    o.stance = Opinion::fromApiName(q.value(2).toString()).value_or(Opinion::Stance::None);
    o.text = q.value(3).toString();
    o.updatedAt = clock::fromText(q.value(4).toString());
    return o;
}

EligibilityDecision readDecision(const QSqlQuery& q)
{
    EligibilityDecision d;
    d.dossier = q.value(0).toLongLong();
    d.check = q.value(1).toString();
    d.outcome =
        CheckResult::fromApiName(q.value(2).toString()).value_or(CheckResult::Outcome::ToCheck);
    d.justification = q.value(3).toString();
    d.instructor = q.value(4).toString();
    d.decidedAt = clock::fromText(q.value(5).toString());
    return d;
}

ConflictDeclaration readConflict(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), clock::fromText(q.value(4).toString())};
}

// An opinion as the audit log and the history show it ("" for none).
QString describe(const Opinion& o)
{
    if (o.stance == Opinion::Stance::None && o.text.isEmpty())
        return QString();
    return Opinion::label(o.stance) +
           (o.text.isEmpty() ? QString() : QStringLiteral(" — ") + o.text);
}

const QString kScoreColumns = QStringLiteral(
    "SELECT dossier_number, instructor, criterion, level, comment, updated_at FROM scores ");
const QString kOpinionColumns =
    QStringLiteral("SELECT dossier_number, instructor, stance, text, updated_at FROM opinions ");
const QString kDecisionColumns =
    QStringLiteral("SELECT dossier_number, check_code, outcome, justification, instructor, "
                   "decided_at FROM eligibility_decisions ");

template <typename T, typename Read>
QList<T> select(const QSqlDatabase& db, const QString& sql, const QVariantList& values, Read read)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    QList<T> list;
    if (query.exec()) {
        while (query.next())
            list.append(read(query));
    }
    return list;
}
} // namespace

QString Opinion::apiName(Stance stance)
{
    switch (stance) {
    case Stance::Favourable:
        return QStringLiteral("favourable");
    case Stance::Reserved:
        return QStringLiteral("reserved");
    case Stance::Unfavourable:
        return QStringLiteral("unfavourable");
    case Stance::None:
        break;
    }
    return QString();
}

std::optional<Opinion::Stance> Opinion::fromApiName(const QString& name)
{
    for (Stance s : {Stance::None, Stance::Favourable, Stance::Reserved, Stance::Unfavourable}) {
        if (apiName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString Opinion::label(Stance stance)
{
    switch (stance) {
    case Stance::Favourable:
        return Text::tr("Favorable");
    case Stance::Reserved:
        return Text::tr("Réservé");
    case Stance::Unfavourable:
        return Text::tr("Défavorable");
    case Stance::None:
        break;
    }
    return Text::tr("Sans avis");
}

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
    return select<Score>(m_db,
                         kScoreColumns + QStringLiteral("WHERE dossier_number = ? ORDER BY "
                                                        "instructor, criterion"),
                         {dossier}, readScore);
}

QHash<qint64, QList<Score>> InstructionStore::allScores() const
{
    QHash<qint64, QList<Score>> all;
    for (Score& s : select<Score>(m_db, kScoreColumns, {}, readScore))
        all[s.dossier].append(std::move(s));
    return all;
}

QList<Score> InstructionStore::scoresBy(const QString& instructor) const
{
    return select<Score>(m_db,
                         kScoreColumns + QStringLiteral("WHERE instructor = ? ORDER BY "
                                                        "dossier_number, criterion"),
                         {instructor}, readScore);
}

Result<QString> InstructionStore::checkDossierAndConflict(qint64 dossier,
                                                          const QString& instructor) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT subaxis FROM dossiers WHERE number = ?"));
    query.addBindValue(dossier);
    if (!query.exec() || !query.next())
        return Error::badInput(
            Text::tr("Le dossier %1 n'existe pas dans ce classeur.").arg(dossier));
    const QString subaxis = query.value(0).toString();
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

    const QList<Score> previous = select<Score>(
        m_db,
        kScoreColumns +
            QStringLiteral("WHERE dossier_number = ? AND instructor = ? AND criterion = ?"),
        {score.dossier, score.instructor, score.criterion}, readScore);
    const QString before =
        previous.isEmpty() ? QString() : describe(previous.first().level, previous.first().comment);
    const QString after = describe(score.level, score.comment);
    const bool clearing = !score.level && score.comment.isEmpty();
    if (previous.isEmpty() ? clearing : previous.first().sameContent(score))
        return success(); // nothing changes: nothing to write or audit
    QSqlQuery query(m_db);
    if (!score.level && score.comment.isEmpty()) {
        query.prepare(QStringLiteral(
            "DELETE FROM scores WHERE dossier_number = ? AND instructor = ? AND criterion = ?"));
        query.addBindValue(score.dossier);
        query.addBindValue(score.instructor);
        query.addBindValue(score.criterion);
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO scores (dossier_number, instructor, criterion, level, comment, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dossier_number, instructor, "
            "criterion) DO UPDATE SET level = excluded.level, comment = excluded.comment, "
            "updated_at = excluded.updated_at"));
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
    return select<Opinion>(
        m_db, kOpinionColumns + QStringLiteral("WHERE dossier_number = ? ORDER BY instructor"),
        {dossier}, readOpinion);
}

QList<Opinion> InstructionStore::opinionsBy(const QString& instructor) const
{
    return select<Opinion>(
        m_db, kOpinionColumns + QStringLiteral("WHERE instructor = ? ORDER BY dossier_number"),
        {instructor}, readOpinion);
}

Status InstructionStore::writeOpinion(const Opinion& opinion)
{
    if (const auto checked = checkDossierAndConflict(opinion.dossier, opinion.instructor); !checked)
        return checked.error();
    const QList<Opinion> previous = select<Opinion>(
        m_db, kOpinionColumns + QStringLiteral("WHERE dossier_number = ? AND instructor = ?"),
        {opinion.dossier, opinion.instructor}, readOpinion);
    const QString before = previous.isEmpty() ? QString() : describe(previous.first());
    if (before == describe(opinion))
        return success();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO opinions (dossier_number, instructor, stance, text, updated_at) VALUES (?, "
        "?, ?, ?, ?) ON CONFLICT (dossier_number, instructor) DO UPDATE SET stance = "
        "excluded.stance, text = excluded.text, updated_at = excluded.updated_at"));
    query.addBindValue(opinion.dossier);
    query.addBindValue(opinion.instructor);
    query.addBindValue(Opinion::apiName(opinion.stance));
    query.addBindValue(orEmpty(opinion.text));
    query.addBindValue(clock::toText(nowIfInvalid(opinion.updatedAt)));
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
    for (EligibilityDecision& d : select<EligibilityDecision>(
             m_db, kDecisionColumns + QStringLiteral("WHERE dossier_number = ?"), {dossier},
             readDecision))
        byCheck.insert(d.check, std::move(d));
    return byCheck;
}

QHash<qint64, QHash<QString, EligibilityDecision>> InstructionStore::allDecisions() const
{
    QHash<qint64, QHash<QString, EligibilityDecision>> all;
    for (EligibilityDecision& d :
         select<EligibilityDecision>(m_db, kDecisionColumns, {}, readDecision))
        all[d.dossier].insert(d.check, std::move(d));
    return all;
}

QList<EligibilityDecision> InstructionStore::decisionsBy(const QString& instructor) const
{
    return select<EligibilityDecision>(
        m_db,
        kDecisionColumns + QStringLiteral("WHERE instructor = ? ORDER BY dossier_number, "
                                          "check_code"),
        {instructor}, readDecision);
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
    query.prepare(QStringLiteral("SELECT 1 FROM dossiers WHERE number = ?"));
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
    query.prepare(QStringLiteral(
        "INSERT INTO eligibility_decisions (dossier_number, check_code, outcome, justification, "
        "instructor, decided_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dossier_number, "
        "check_code) DO UPDATE SET outcome = excluded.outcome, justification = "
        "excluded.justification, instructor = excluded.instructor, decided_at = "
        "excluded.decided_at"));
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
    query.prepare(QStringLiteral(
        "DELETE FROM eligibility_decisions WHERE dossier_number = ? AND check_code = ?"));
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

QList<ConflictDeclaration> InstructionStore::conflicts() const
{
    return select<ConflictDeclaration>(
        m_db,
        QStringLiteral("SELECT person, applicant_siren, applicant_name, link, declared_at FROM "
                       "conflicts ORDER BY person, applicant_name"),
        {}, readConflict);
}

std::optional<ConflictDeclaration> InstructionStore::conflictFor(const QString& person,
                                                                 qint64 dossier) const
{
    const QList<ConflictDeclaration> found = select<ConflictDeclaration>(
        m_db,
        QStringLiteral("SELECT c.person, c.applicant_siren, c.applicant_name, c.link, "
                       "c.declared_at FROM conflicts c JOIN dossiers d ON d.applicant_siren = "
                       "c.applicant_siren WHERE d.number = ? AND c.person = ?"),
        {dossier, person}, readConflict);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
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
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT number FROM dossiers WHERE applicant_siren = ?"));
    query.addBindValue(declaration.applicantSiren);
    QList<qint64> dossiers;
    if (Status status = exec(query); !status)
        return status.error();
    while (query.next())
        dossiers.append(query.value(0).toLongLong());
    ConflictWithdrawal withdrawn{declaration, dossiers, {}, {}};
    for (qint64 dossier : std::as_const(dossiers)) {
        for (const Score& score : scores(dossier)) {
            if (score.instructor != declaration.person)
                continue;
            Score cleared = score;
            cleared.level.reset();
            cleared.comment.clear();
            if (Status status = writeScore(cleared); !status)
                return status.error();
            withdrawn.scores.append(score);
        }
        for (const Opinion& opinion : opinions(dossier)) {
            if (opinion.instructor != declaration.person)
                continue;
            withdrawn.opinions.append(opinion);
            query.prepare(
                QStringLiteral("DELETE FROM opinions WHERE dossier_number = ? AND instructor = ?"));
            query.addBindValue(dossier);
            query.addBindValue(declaration.person);
            if (Status status = exec(query); !status)
                return status.error();
            if (Status status = audit(dossier, QStringLiteral("opinion:%1").arg(declaration.person),
                                      describe(opinion), QString());
                !status)
                return status.error();
        }
    }
    query.prepare(QStringLiteral(
        "INSERT INTO conflicts (person, applicant_siren, applicant_name, link, declared_at, "
        "declared_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person, applicant_siren) DO UPDATE "
        "SET link = excluded.link, declared_at = excluded.declared_at, declared_by = "
        "excluded.declared_by"));
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
    query.prepare(QStringLiteral("DELETE FROM conflicts WHERE person = ? AND applicant_siren = ?"));
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
