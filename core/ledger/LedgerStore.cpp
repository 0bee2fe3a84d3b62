#include "LedgerStore.h"

#include "common/Clock.h"
#include "dossier/DossierRepository.h"
#include "instruction/Eligibility.h"
#include "instruction/InstructionStore.h"
#include "storage/AuditLog.h"
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
    Q_DECLARE_TR_FUNCTIONS(Ledger)
};

namespace columns {
constexpr sql::Table kTable{"ledger_movements"};
constexpr sql::Column kId{"id"};
constexpr sql::Column kKind{"kind"};                    // Movement::apiName()
constexpr sql::Column kDossierNumber{"dossier_number"}; // NULL for an envelope amendment
constexpr sql::Column kAmount{"amount_cents"};
constexpr sql::Column kRate{"rate"}; // hundredths of a percent, NULL unless a proposed rate
constexpr sql::Column kValueDate{"value_date"};
constexpr sql::Column kReference{"reference"};
constexpr sql::Column kAuthor{"author"};
constexpr sql::Column kReason{"reason"};
constexpr sql::Column kJustification{"justification"};
constexpr sql::Column kAdoption{"adoption_id"}; // NULL unless written by an adoption
constexpr sql::Column kRecordedAt{"recorded_at"};
const sql::Columns kWritten = {kKind,          kDossierNumber, kAmount,    kRate,
                               kValueDate,     kReference,     kAuthor,    kReason,
                               kJustification, kAdoption,      kRecordedAt};
const sql::Columns kAll = sql::Columns{kId} + kWritten;
// What folding the ledger reads (LedgerState::apply): no author, reason or time of typing.
const sql::Columns kFolded = {kId,   kKind,      kDossierNumber, kAmount,
                              kRate, kValueDate, kReference,     kAdoption};
} // namespace columns

// The fold selects fewer columns than the exports: one not selected reads as null.
class MovementReader
{
public:
    explicit MovementReader(const QSqlQuery& query)
        : m_value(query, columns::kAll)
    {}
    Movement operator()(const QSqlQuery& q) const
    {
        using namespace columns;
        Movement m;
        m.id = m_value(q, kId).toLongLong();
        m.kind = Movement::fromApiName(m_value(q, kKind).toString()).value_or(m.kind);
        m.dossier = m_value(q, kDossierNumber).toLongLong();
        m.amount = m_value(q, kAmount).toLongLong();
        if (const QVariant rate = m_value(q, kRate); !rate.isNull())
            m.rate = rate.toInt();
        m.date = QDate::fromString(m_value(q, kValueDate).toString(), Qt::ISODate);
        m.reference = m_value(q, kReference).toString();
        m.author = m_value(q, kAuthor).toString();
        m.reason = m_value(q, kReason).toString();
        m.justification = m_value(q, kJustification).toString();
        m.adoption = m_value(q, kAdoption).toLongLong();
        m.recordedAt = clock::fromText(m_value(q, kRecordedAt).toString());
        return m;
    }

private:
    sql::RowValues m_value;
};

QString orEmpty(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value.trimmed();
}

// The movement as the audit log says it: « attribution 5 000,00 € au 15/09/2021 — motif ».
QString describe(const Movement& m)
{
    QString text = Movement::label(m.kind);
    if (m.rate)
        text += QLatin1Char(' ') + money::formatRate(*m.rate);
    else if (m.amount != 0 || m.kind == Movement::Kind::Proposal)
        text += QLatin1Char(' ') + money::format(m.amount);
    text += Text::tr(" au %1").arg(m.date.toString(QStringLiteral("dd/MM/yyyy")));
    for (const QString& part : {m.reference, m.reason, m.justification}) {
        if (!part.isEmpty())
            text += QStringLiteral(" — ") + part;
    }
    return text;
}

Error writeError(const QString& detail)
{
    return Error::failure(Text::tr("Écriture impossible dans le registre : %1").arg(detail));
}
} // namespace

LedgerStore::LedgerStore(QSqlDatabase db, const Programme& programme, QString actor)
    : m_db(std::move(db))
    , m_programme(programme)
    , m_actor(std::move(actor))
{}

Status LedgerStore::forEach(const std::function<void(const Movement&)>& visit) const
{
    return forEach(columns::kAll, visit);
}

Status LedgerStore::forEach(const sql::Columns& selected,
                            const std::function<void(const Movement&)>& visit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql::select(columns::kTable, selected) + " ORDER BY "_L1 + columns::kId.name))
        return Error::of(
            Error::Kind::Damaged,
            Text::tr("Lecture du registre impossible : %1").arg(query.lastError().text()));
    const MovementReader read(query);
    while (query.next())
        visit(read(query));
    return success();
}

QList<Movement> LedgerStore::movements(qint64 after) const
{
    QList<Movement> list;
    forEach([&](const Movement& m) {
        if (m.id > after)
            list.append(m);
    });
    return list;
}

QList<Movement> LedgerStore::movementsWhere(const sql::Column& column, qint64 value) const
{
    using namespace columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql::select(kTable, kAll) + sql::where({column}) + " ORDER BY "_L1 + kId.name);
    query.addBindValue(value);
    QList<Movement> list;
    if (query.exec()) {
        const MovementReader read(query);
        while (query.next())
            list.append(read(query));
    }
    return list;
}

QList<Movement> LedgerStore::movementsOf(qint64 dossier) const
{
    return movementsWhere(columns::kDossierNumber, dossier);
}

std::optional<Movement> LedgerStore::find(qint64 id) const
{
    const QList<Movement> found = movementsWhere(columns::kId, id);
    return found.isEmpty() ? std::nullopt : std::optional<Movement>(found.constFirst());
}

LedgerState LedgerStore::state() const
{
    LedgerState state(m_programme.envelope);
    forEach(columns::kFolded, [&](const Movement& m) { state.apply(m); });
    return state;
}

LedgerState LedgerStore::stateBefore(QDate date) const
{
    LedgerState state(m_programme.envelope);
    forEach(columns::kFolded, [&](const Movement& m) {
        if (m.date < date)
            state.apply(m);
    });
    return state;
}

LedgerTotals LedgerStore::totals() const
{
    // Summed by kind in SQL, each kind's effect read from Movement: one statement of the rule.
    using namespace columns;
    QSqlQuery query(m_db);
    query.exec("SELECT "_L1 + kKind.name + ", SUM("_L1 + kAmount.name + ") AS "_L1 + kAmount.name +
               " FROM "_L1 + kTable.name + " GROUP BY "_L1 + kKind.name);
    const sql::Positions at(query);
    const int kind = at(kKind);
    const int amount = at(kAmount);
    LedgerTotals totals{m_programme.envelope, 0, 0};
    while (query.next()) {
        Movement sum;
        sum.kind = Movement::fromApiName(query.value(kind).toString()).value_or(sum.kind);
        sum.amount = query.value(amount).toLongLong();
        totals.envelope += sum.envelopeDelta();
        totals.committed += sum.committedDelta();
        totals.paid += sum.paidDelta();
    }
    return totals;
}

DossierLedger LedgerStore::dossier(qint64 number) const
{
    LedgerState state;
    for (const Movement& m : movementsOf(number))
        state.apply(m);
    const DossierLedger* found = state.find(number);
    return found ? *found : DossierLedger();
}

Status LedgerStore::insert(Movement& m)
{
    using namespace columns;
    m.author = m_actor;
    m.recordedAt = clock::now();
    m.reference = orEmpty(m.reference);
    m.reason = orEmpty(m.reason);
    m.justification = orEmpty(m.justification);
    QSqlQuery query(m_db);
    query.prepare(sql::insert(kTable, kWritten));
    query.addBindValue(Movement::apiName(m.kind));
    query.addBindValue(m.dossier ? QVariant(m.dossier) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(m.amount);
    query.addBindValue(m.rate ? QVariant(*m.rate) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(m.date.toString(Qt::ISODate));
    query.addBindValue(m.reference);
    query.addBindValue(m.author);
    query.addBindValue(m.reason);
    query.addBindValue(m.justification);
    query.addBindValue(m.adoption ? QVariant(m.adoption) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(clock::toText(m.recordedAt));
    if (!query.exec())
        return writeError(query.lastError().text());
    m.id = query.lastInsertId().toLongLong();
    const bool envelope = m.kind == Movement::Kind::EnvelopeAmendment;
    return AuditLog(m_db).record(
        m_actor, envelope ? QStringLiteral("envelope") : QStringLiteral("dossier"),
        envelope ? m_programme.id : QString::number(m.dossier),
        QStringLiteral("ledger:") + Movement::apiName(m.kind), QVariant(), describe(m));
}

Result<Movement> LedgerStore::write(Movement m, Cents requested)
{
    if (!m.date.isValid())
        m.date = clock::today();
    const DossierLedger current =
        m.kind == Movement::Kind::EnvelopeAmendment ? DossierLedger() : dossier(m.dossier);
    if (m.kind == Movement::Kind::Cancellation)
        m.amount = current.committed; // all it still commits is freed
    if (Status status = LedgerState::check(m, current, totals(), requested); !status)
        return status.error();
    if (Status status = insert(m); !status)
        return status.error();
    return m;
}

Result<Movement> LedgerStore::commit(Movement m, Cents requested)
{
    Transaction transaction(m_db);
    auto written = write(std::move(m), requested);
    if (!written)
        return written;
    if (!transaction.commit())
        return writeError(transaction.lastError());
    return written;
}

Result<Movement> LedgerStore::onDossier(Movement m)
{
    const std::optional<Dossier> found = DossierRepository(m_db).find(m.dossier);
    if (!found)
        return Error::badInput(
            Text::tr("Le dossier %1 n'existe pas dans ce classeur.").arg(m.dossier));
    return commit(std::move(m), found->requested);
}

Result<Movement> LedgerStore::propose(qint64 number, std::optional<Cents> amount,
                                      std::optional<Rate> rate, const QString& reason)
{
    const std::optional<Dossier> found = DossierRepository(m_db).find(number);
    if (!found)
        return Error::badInput(
            Text::tr("Le dossier %1 n'existe pas dans ce classeur.").arg(number));
    const AmountRules rules(m_programme);
    if (amount && rate)
        return Error::badInput(Text::tr("Un montant ou un taux, pas les deux."));
    if (amount) {
        if (Status status = rules.checkAmount(*found, *amount); !status)
            return status.error();
    } else if (rate) {
        if (Status status = rules.checkRate(*rate); !status)
            return status.error();
    }
    const InstructionStore instruction(m_db, m_programme, m_actor);
    if (EligibilityEvaluator(m_programme, EligibilityEvaluator::Detail::OutcomesOnly)
            .evaluate(*found, instruction.decisions(number))
            .verdict == EligibilityAssessment::Verdict::NotEligible)
        return Error::badInput(
            Text::tr("Le dossier %1 n'est pas éligible : aucun montant ne lui est proposé.")
                .arg(number));
    Movement m;
    m.kind = amount || rate ? Movement::Kind::Proposal : Movement::Kind::ProposalReset;
    m.dossier = number;
    m.amount = amount.value_or(0);
    m.rate = rate;
    m.reason = reason;
    return commit(std::move(m), found->requested);
}

Result<Movement> LedgerStore::decide(const DecisionRequest& request)
{
    const std::optional<Dossier> found = DossierRepository(m_db).find(request.dossier);
    if (!found)
        return Error::badInput(
            Text::tr("Le dossier %1 n'existe pas dans ce classeur.").arg(request.dossier));
    Movement m;
    m.kind = request.kind;
    if (!m.isDecision())
        return Error::badInput(Text::tr("Une décision est une attribution, un refus ou un "
                                        "classement sans suite."));
    m.dossier = request.dossier;
    m.date = request.date;
    m.reference = request.reference;
    m.reason = request.reason;
    m.justification = request.justification;
    if (m.kind == Movement::Kind::Attribution) {
        if (request.amount) {
            m.amount = *request.amount;
        } else {
            const auto proposal =
                AmountRules(m_programme).current(*found, dossier(request.dossier).proposal);
            m.amount = proposal ? proposal->amount : 0;
        }
    }
    return commit(std::move(m), found->requested);
}

Result<Movement> LedgerStore::reduce(qint64 number, Cents reduction, const QString& reason,
                                     QDate date)
{
    if (reduction <= 0)
        return Error::badInput(Text::tr("Une réduction retire un montant positif."));
    Movement m;
    m.kind = Movement::Kind::Reduction;
    m.dossier = number;
    m.amount = reduction;
    m.reason = reason;
    m.date = date;
    return onDossier(std::move(m));
}

Result<Movement> LedgerStore::cancel(qint64 number, const QString& reason, QDate date)
{
    Movement m;
    m.kind = Movement::Kind::Cancellation;
    m.dossier = number;
    m.reason = reason;
    m.date = date;
    return onDossier(std::move(m));
}

Result<Movement> LedgerStore::pay(qint64 number, Movement::Kind kind, Cents amount, QDate date,
                                  const QString& reference)
{
    Movement m;
    m.kind = kind;
    if (!m.isPayment())
        return Error::badInput(Text::tr("Un versement est une avance, un acompte ou un solde."));
    if (amount <= 0)
        return Error::badInput(Text::tr("Un versement a un montant positif."));
    m.dossier = number;
    m.amount = amount;
    m.date = date;
    m.reference = reference;
    return onDossier(std::move(m));
}

Result<Movement> LedgerStore::counterEntry(const Movement& entry, const QString& reason)
{
    if ((entry.kind != Movement::Kind::Reduction && !entry.isPayment()) || entry.amount <= 0)
        return Error::badInput(Text::tr("Seuls une réduction ou un versement se contre-passent."));
    Movement m;
    m.kind = entry.kind;
    m.dossier = entry.dossier;
    m.amount = -entry.amount;
    m.date = clock::today();
    m.reference = Text::tr("contre-passation du mouvement %1").arg(entry.id);
    m.reason = reason;
    return onDossier(std::move(m));
}

Result<Movement> LedgerStore::amendEnvelope(Cents delta, const QString& reason, QDate date)
{
    Movement m;
    m.kind = Movement::Kind::EnvelopeAmendment;
    m.amount = delta;
    m.reason = reason;
    m.date = date;
    return commit(std::move(m), 0);
}

} // namespace guichet
