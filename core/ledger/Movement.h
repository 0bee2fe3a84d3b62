#pragma once

#include "common/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace guichet {

// One step of the money, as the ledger records it: nothing is updated or deleted, every
// balance is a sum over movements (LedgerState). Dated (the act's date), referenced (an
// arrêté's number, a payment order, a scenario), and signed by its author with a reason.
struct Movement
{
    enum class Kind
    {
        Proposal,      // the instructor's amount or rate instead of the rules' (amount or rate)
        ProposalReset, // back to the amount the rules give
        Attribution,   // the préfet's decision to fund: commits `amount`
        Refus,
        SansSuite,         // classement sans suite
        Reduction,         // `amount` taken off an attribution: freed credits
        Cancellation,      // a decision withdrawn; `amount` is what it still committed
        Avance,            // payments: at most 30 % of the amount attributed
        Acompte,           // avance and acomptes together at most 80 %
        Solde,             // the last payment, on proof of completion
        EnvelopeAmendment, // `amount` added to (or, negative, taken from) the envelope
    };

    qint64 id = 0; // the order of writing
    Kind kind = Kind::Proposal;
    qint64 dossier = 0; // the DS number; 0 for an envelope amendment
    Cents amount = 0;
    std::optional<Rate> rate; // a proposal given as a rate of the eligible cost
    QDate date;               // the date of the act (decision, payment), not of the typing
    QString reference;
    QString author;
    QString reason;
    QString justification; // why an attribution goes over the envelope (the guard)
    qint64 adoption = 0;   // the scenario adoption that wrote this proposal, 0 for none
    QDateTime recordedAt;  // UTC

    // What the movement does to the balances.
    Cents committedDelta() const;
    Cents paidDelta() const;
    Cents envelopeDelta() const { return kind == Kind::EnvelopeAmendment ? amount : 0; }

    bool isDecision() const { return isDecision(kind); }
    static bool isDecision(Kind kind)
    {
        return kind == Kind::Attribution || kind == Kind::Refus || kind == Kind::SansSuite;
    }
    bool isPayment() const
    {
        return kind == Kind::Avance || kind == Kind::Acompte || kind == Kind::Solde;
    }

    static QString apiName(Kind kind); // "attribution", "sans_suite", "envelope_amendment"
    static std::optional<Kind> fromApiName(QStringView name);
    static QString label(Kind kind); // « Attribution », « Classement sans suite », translated
};

} // namespace guichet
