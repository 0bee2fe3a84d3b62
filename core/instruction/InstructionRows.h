#pragma once

// What the instruction store's files share: the columns of its tables, spelled once, the
// readers that map a query's rows to values by those names, and small helpers. Internal to
// core/instruction: the store's public face is InstructionStore.h.
#include "Eligibility.h"
#include "Scores.h"
#include "common/Clock.h"
#include "storage/SqlColumns.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace guichet::instruction_rows {

using namespace Qt::StringLiterals;

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
inline QString orEmpty(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QDateTime nowIfInvalid(const QDateTime& at)
{
    return at.isValid() ? at.toUTC() : clock::now();
}

inline QString describe(const std::optional<int>& level, const QString& comment)
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
inline QString describe(const Opinion& o)
{
    if (o.stance == Opinion::Stance::None && o.text.isEmpty())
        return QString();
    return Opinion::label(o.stance) +
           (o.text.isEmpty() ? QString() : QStringLiteral(" — ") + o.text);
}

// " ORDER BY a, b"
inline QString orderBy(const sql::Columns& columns)
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

} // namespace guichet::instruction_rows
