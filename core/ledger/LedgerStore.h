#pragma once

#include "AmountRules.h"
#include "LedgerState.h"
#include "Movement.h"
#include "common/Result.h"
#include "programme/Programme.h"
#include "storage/SqlColumns.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace guichet {

// A decision of the préfet on one dossier.
struct DecisionRequest
{
    qint64 dossier = 0;
    Movement::Kind kind = Movement::Kind::Attribution; // Attribution, Refus or SansSuite
    std::optional<Cents> amount; // an attribution without one takes the proposed amount
    QDate date;                  // today when invalid
    QString reference;           // the arrêté's number
    QString reason;
    QString justification; // required when the attribution goes over the envelope
};

// The ledger of a workspace (table ledger_movements): proposals, decisions, reductions,
// cancellations, payments and envelope amendments, each a dated movement that is never updated
// or deleted (triggers refuse it). Every write is checked first (Error::Kind::BadInput and
// nothing written when refused: the decision rules, the guard of the envelope, the payment
// ceilings), then written with its audit row in one transaction. Each returns the movement
// written, so that an undo can name it.
class LedgerStore
{
public:
    LedgerStore(QSqlDatabase db, const Programme& programme, QString actor);

    // Every movement in the order written; `after`: only those with a greater id.
    QList<Movement> movements(qint64 after = 0) const;
    QList<Movement> movementsOf(qint64 dossier) const;
    std::optional<Movement> find(qint64 id) const; // the movement numbered `id` (export's id)
    // Streams the movements in the order written without holding them (exports).
    Status forEach(const std::function<void(const Movement&)>& visit) const;
    // All movements folded: balances, and where each dossier stands.
    LedgerState state() const;
    // The ledger as it stood before `date`: the movements whose act is dated earlier (what a
    // session's minutes call « avant la séance », later sessions' decisions left out).
    LedgerState stateBefore(QDate date) const;
    LedgerTotals totals() const;
    DossierLedger dossier(qint64 number) const;

    // The instructor's amount, or rate of the eligible cost, instead of the rules' (neither:
    // back to the rules), with a reason. Refused for a decided or ineligible dossier, above the
    // amount requested or the programme's maximum rate.
    Result<Movement> propose(qint64 dossier, std::optional<Cents> amount, std::optional<Rate> rate,
                             const QString& reason);
    Result<Movement> decide(const DecisionRequest& request);
    // Takes `reduction` off an attribution (freed credits go back to the envelope).
    Result<Movement> reduce(qint64 dossier, Cents reduction, const QString& reason,
                            QDate date = {});
    // Withdraws a decision; an attribution frees all it still commits.
    Result<Movement> cancel(qint64 dossier, const QString& reason, QDate date = {});
    // kind: Avance, Acompte or Solde.
    Result<Movement> pay(qint64 dossier, Movement::Kind kind, Cents amount, QDate date,
                         const QString& reference = {});
    // The counter-entry (extourne) of a reduction or a payment written by mistake: the same kind
    // with the opposite amount, dated today, citing it. Nothing is deleted; the balances come
    // back to what they were without it.
    Result<Movement> counterEntry(const Movement& entry, const QString& reason);
    // Adds `delta` (negative: takes it off) to the envelope, with a reason.
    Result<Movement> amendEnvelope(Cents delta, const QString& reason, QDate date = {});

    // The check and write of one movement without a transaction of its own, for a caller that
    // groups several (a scenario's adoption). `requested`: the dossier's amount requested.
    Result<Movement> write(Movement movement, Cents requested);

private:
    QList<Movement> movementsWhere(const sql::Column& column, qint64 value) const;
    Status forEach(const sql::Columns& selected,
                   const std::function<void(const Movement&)>& visit) const;
    Result<Movement> commit(Movement movement, Cents requested);
    Result<Movement> onDossier(Movement movement);
    Status insert(Movement& movement);

    QSqlDatabase m_db;
    const Programme& m_programme;
    QString m_actor;
};

} // namespace guichet
