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
        : m_value(query, score_columns::kAll)
    {}
    Score operator()(const QSqlQuery& q) const
    {
        using namespace score_columns;
        Score s;
        s.dossier = m_value(q, kDossierNumber).toLongLong();
        s.instructor = m_value(q, kInstructor).toString();
        s.criterion = m_value(q, kCriterion).toString();
        if (const QVariant level = m_value(q, kLevel); !level.isNull())
            s.level = level.toInt();
        s.comment = m_value(q, kComment).toString();
        s.updatedAt = clock::fromText(m_value(q, kUpdatedAt).toString());
        return s;
    }

private:
    sql::RowValues m_value;
};

class OpinionReader
{
public:
    using Row = Opinion;
    explicit OpinionReader(const QSqlQuery& query)
        : m_value(query, opinion_columns::kAll)
    {}
    Opinion operator()(const QSqlQuery& q) const
    {
        using namespace opinion_columns;
        Opinion o;
        o.dossier = m_value(q, kDossierNumber).toLongLong();
        o.instructor = m_value(q, kInstructor).toString();
        o.stance =
            Opinion::fromApiName(m_value(q, kStance).toString()).value_or(Opinion::Stance::None);
        o.text = m_value(q, kText).toString();
        o.updatedAt = clock::fromText(m_value(q, kUpdatedAt).toString());
        return o;
    }

private:
    sql::RowValues m_value;
};

class DecisionReader
{
public:
    using Row = EligibilityDecision;
    explicit DecisionReader(const QSqlQuery& query)
        : m_value(query, decision_columns::kAll)
    {}
    EligibilityDecision operator()(const QSqlQuery& q) const
    {
        using namespace decision_columns;
        EligibilityDecision d;
        d.dossier = m_value(q, kDossierNumber).toLongLong();
        d.check = m_value(q, kCheckCode).toString();
        d.outcome = CheckResult::fromApiName(m_value(q, kOutcome).toString())
                        .value_or(CheckResult::Outcome::ToCheck);
        d.justification = m_value(q, kJustification).toString();
        d.instructor = m_value(q, kInstructor).toString();
        d.decidedAt = clock::fromText(m_value(q, kDecidedAt).toString());
        return d;
    }

private:
    sql::RowValues m_value;
};

class ConflictReader
{
public:
    using Row = ConflictDeclaration;
    explicit ConflictReader(const QSqlQuery& query)
        : m_value(query, conflict_columns::kRead)
    {}
    ConflictDeclaration operator()(const QSqlQuery& q) const
    {
        using namespace conflict_columns;
        return {m_value(q, kPerson).toString(), m_value(q, kApplicantSiren).toString(),
                m_value(q, kApplicantName).toString(), m_value(q, kLink).toString(),
                clock::fromText(m_value(q, kDeclaredAt).toString())};
    }

private:
    sql::RowValues m_value;
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
