#pragma once

#include "Movement.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace guichet {

// Where one dossier stands in the ledger, folded from its movements.
struct DossierLedger
{
    enum class Decision
    {
        None,
        Attribution,
        Refus,
        SansSuite,
        Cancelled // a decision withdrawn: the dossier is closed, its credits freed
    };
    Decision decision = Decision::None;
    QDate decidedOn;
    qint64 decisionMovement = 0; // the movement of the decision in force (a session's, say)
    Cents attributed = 0;        // the amount of the attribution as decided
    Cents committed = 0;         // after reductions and cancellation
    Cents advances = 0;
    Cents instalments = 0;
    Cents balancePaid = 0; // the solde
    bool closed = false;   // the solde is paid: no other payment
    // The movement that set the current proposal (a Proposal), none when the rules' amount
    // applies: the one movement an undo or an adoption's revert restores from.
    std::optional<Movement> proposal;

    Cents paid() const { return advances + instalments + balancePaid; }
    // The most a payment of `kind` (Avance, Acompte, Solde) may still be under the ceilings of
    // décret 2018-514; 0 when none is possible.
    Cents paymentRoom(Movement::Kind kind) const;
    bool isActive() const { return decision != Decision::None && decision != Decision::Cancelled; }

    static QString apiName(Decision decision); // null for None, "attribution", "annulee", ...
    static QString label(Decision decision);   // translated
};

// The envelope's totals at one moment.
struct LedgerTotals
{
    Cents envelope = 0; // the programme's, plus amendments
    Cents committed = 0;
    Cents paid = 0;
    Cents remaining() const { return envelope - committed; }
};

// Credits that moved in one month (by the movements' dates), for the consumption over time.
struct MonthFlow
{
    Cents committed = 0; // net: attributions minus reductions and cancellations
    Cents paid = 0;
    Cents envelope = 0; // amendments
};

// The ledger folded: every balance derived from the movements, in the order written. Pure (no
// SQL): the store checks a movement against it before writing, tests fold random sequences.
class LedgerState
{
public:
    explicit LedgerState(Cents programmeEnvelope = 0)
        : m_programmeEnvelope(programmeEnvelope)
    {}

    void apply(const Movement& movement);

    LedgerTotals totals() const { return {envelope(), m_committed, m_paid}; }
    Cents envelope() const { return m_programmeEnvelope + m_amendments; }
    Cents committed() const { return m_committed; }
    Cents paid() const { return m_paid; }
    Cents remaining() const { return envelope() - m_committed; }
    const DossierLedger* find(qint64 dossier) const;
    const QHash<qint64, DossierLedger>& dossiers() const { return m_dossiers; }
    const QMap<QString, MonthFlow>& byMonth() const { return m_months; } // "2021-09"

    // Whether `movement` may be written now, and why not in one French sentence (Kind::BadInput):
    // the decision rules, the guard of the envelope and the payment ceilings of décret 2018-514.
    // `requested`: the amount the dossier asked for (an attribution never exceeds it).
    Status check(const Movement& movement, Cents requested) const;
    // The same rules given only what they read: the dossier's state and the totals (what the
    // store reads without folding the whole ledger).
    static Status check(const Movement& movement, const DossierLedger& dossier,
                        const LedgerTotals& totals, Cents requested);

    // The payment ceilings of décret 2018-514, art. 12, as shares of the amount attributed.
    static constexpr Rate kAdvanceCeiling = 3000;    // avance ≤ 30 %
    static constexpr Rate kInstalmentCeiling = 8000; // avance + acomptes ≤ 80 %

private:
    Cents m_programmeEnvelope = 0;
    Cents m_amendments = 0;
    Cents m_committed = 0;
    Cents m_paid = 0;
    QHash<qint64, DossierLedger> m_dossiers;
    QMap<QString, MonthFlow> m_months;
    // The month of the last movement applied, named once for the run of movements in it.
    int m_lastMonth = 0;
    QString m_lastMonthName;
};

} // namespace guichet
