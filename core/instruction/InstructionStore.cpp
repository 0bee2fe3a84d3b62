#include "InstructionStore.h"

#include "ScoringGrid.h"
#include "common/Clock.h"
#include "dossier/DossierColumns.h"
#include "storage/SqlColumns.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Instruction)
};

// The tables of this store: each instructor's scores and opinions, the eligibility decisions,
// the conflict declarations.
namespace score_columns {
constexpr sql::Table kTable{"scores"};
constexpr sql::Column kDossierNumber{"dossier_number"};
constexpr sql::Column kInstructor{"instructor"};
constexpr sql::Column kCriterion{"criterion"};
constexpr sql::Column kLevel{"level"}; // NULL: a comment without a level yet
constexpr sql::Column kComment{"comment"};
constexpr sql::Column kUpdatedAt{"updated_at"};
const sql::Columns kKey = {kDossierNumber, kInstructor, kCriterion};
const sql::Columns kAll = kKey + sql::Columns{kLevel, kComment, kUpdatedAt};
} // namespace score_columns

namespace opinion_columns {
constexpr sql::Table kTable{"opinions"};
constexpr sql::Column kDossierNumber{"dossier_number"};
constexpr sql::Column kInstructor{"instructor"};
constexpr sql::Column kStance{"stance"}; // Opinion::apiName()
constexpr sql::Column kText{"text"};
constexpr sql::Column kUpdatedAt{"updated_at"};
const sql::Columns kKey = {kDossierNumber, kInstructor};
const sql::Columns kAll = kKey + sql::Columns{kStance, kText, kUpdatedAt};
} // namespace opinion_columns

namespace decision_columns {
constexpr sql::Table kTable{"eligibility_decisions"};
constexpr sql::Column kDossierNumber{"dossier_number"};
constexpr sql::Column kCheckCode{"check_code"};
constexpr sql::Column kOutcome{"outcome"}; // CheckResult::apiName()
constexpr sql::Column kJustification{"justification"};
constexpr sql::Column kInstructor{"instructor"};
constexpr sql::Column kDecidedAt{"decided_at"};
const sql::Columns kKey = {kDossierNumber, kCheckCode};
const sql::Columns kAll = kKey + sql::Columns{kOutcome, kJustification, kInstructor, kDecidedAt};
} // namespace decision_columns

namespace conflict_columns {
constexpr sql::Table kTable{"conflicts"};
constexpr sql::Column kPerson{"person"};
constexpr sql::Column kApplicantSiren{"applicant_siren"};
constexpr sql::Column kApplicantName{"applicant_name"};
constexpr sql::Column kLink{"link"};
constexpr sql::Column kDeclaredAt{"declared_at"};
constexpr sql::Column kDeclaredBy{"declared_by"}; // who recorded it, not read back
const sql::Columns kKey = {kPerson, kApplicantSiren};
// What a ConflictDeclaration holds.
const sql::Columns kRead = kKey + sql::Columns{kApplicantName, kLink, kDeclaredAt};
} // namespace conflict_columns

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

// Each reader finds its columns in the executed query once, then reads its rows by them.
class ScoreReader
{
public:
    using Row = Score;
    explicit ScoreReader(const QSqlQuery& query)
    {
        using namespace score_columns;
        const sql::Positions position(query);
        m_dossier = position(kDossierNumber);
        m_instructor = position(kInstructor);
        m_criterion = position(kCriterion);
        m_level = position(kLevel);
        m_comment = position(kComment);
        m_updatedAt = position(kUpdatedAt);
    }
    Score operator()(const QSqlQuery& q) const
    {
        Score s;
        s.dossier = q.value(m_dossier).toLongLong();
        s.instructor = q.value(m_instructor).toString();
        s.criterion = q.value(m_criterion).toString();
        if (const QVariant level = q.value(m_level); !level.isNull())
            s.level = level.toInt();
        s.comment = q.value(m_comment).toString();
        s.updatedAt = clock::fromText(q.value(m_updatedAt).toString());
        return s;
    }

private:
    int m_dossier, m_instructor, m_criterion, m_level, m_comment, m_updatedAt;
};

class OpinionReader
{
public:
    using Row = Opinion;
    explicit OpinionReader(const QSqlQuery& query)
    {
        using namespace opinion_columns;
        const sql::Positions position(query);
        m_dossier = position(kDossierNumber);
        m_instructor = position(kInstructor);
        m_stance = position(kStance);
        m_text = position(kText);
        m_updatedAt = position(kUpdatedAt);
    }
    Opinion operator()(const QSqlQuery& q) const
    {
        Opinion o;
        o.dossier = q.value(m_dossier).toLongLong();
        o.instructor = q.value(m_instructor).toString();
        o.stance =
            Opinion::fromApiName(q.value(m_stance).toString()).value_or(Opinion::Stance::None);
        o.text = q.value(m_text).toString();
        o.updatedAt = clock::fromText(q.value(m_updatedAt).toString());
        return o;
    }

private:
    int m_dossier, m_instructor, m_stance, m_text, m_updatedAt;
};

class DecisionReader
{
public:
    using Row = EligibilityDecision;
    explicit DecisionReader(const QSqlQuery& query)
    {
        using namespace decision_columns;
        const sql::Positions position(query);
        m_dossier = position(kDossierNumber);
        m_check = position(kCheckCode);
        m_outcome = position(kOutcome);
        m_justification = position(kJustification);
        m_instructor = position(kInstructor);
        m_decidedAt = position(kDecidedAt);
    }
    EligibilityDecision operator()(const QSqlQuery& q) const
    {
        EligibilityDecision d;
        d.dossier = q.value(m_dossier).toLongLong();
        d.check = q.value(m_check).toString();
        d.outcome = CheckResult::fromApiName(q.value(m_outcome).toString())
                        .value_or(CheckResult::Outcome::ToCheck);
        d.justification = q.value(m_justification).toString();
        d.instructor = q.value(m_instructor).toString();
        d.decidedAt = clock::fromText(q.value(m_decidedAt).toString());
        return d;
    }

private:
    int m_dossier, m_check, m_outcome, m_justification, m_instructor, m_decidedAt;
};

class ConflictReader
{
public:
    using Row = ConflictDeclaration;
    explicit ConflictReader(const QSqlQuery& query)
    {
        using namespace conflict_columns;
        const sql::Positions position(query);
        m_person = position(kPerson);
        m_applicantSiren = position(kApplicantSiren);
        m_applicantName = position(kApplicantName);
        m_link = position(kLink);
        m_declaredAt = position(kDeclaredAt);
    }
    ConflictDeclaration operator()(const QSqlQuery& q) const
    {
        return {q.value(m_person).toString(), q.value(m_applicantSiren).toString(),
                q.value(m_applicantName).toString(), q.value(m_link).toString(),
                clock::fromText(q.value(m_declaredAt).toString())};
    }

private:
    int m_person, m_applicantSiren, m_applicantName, m_link, m_declaredAt;
};

// An opinion as the audit log and the history show it ("" for none).
QString describe(const Opinion& o)
{
    if (o.stance == Opinion::Stance::None && o.text.isEmpty())
        return QString();
    return Opinion::label(o.stance) +
           (o.text.isEmpty() ? QString() : QStringLiteral(" — ") + o.text);
}

// " ORDER BY a, b"
QString orderBy(const sql::Columns& columns)
{
    QStringList names;
    for (const sql::Column& column : columns)
        names.append(column.name);
    return " ORDER BY "_L1 + names.join(", "_L1);
}

template <typename Reader>
QList<typename Reader::Row> select(const QSqlDatabase& db, const QString& sql,
                                   const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    QList<typename Reader::Row> list;
    if (query.exec()) {
        const Reader read(query);
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
