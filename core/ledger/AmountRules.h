#pragma once

#include "Movement.h"
#include "common/Result.h"
#include "dossier/Dossier.h"
#include "programme/Programme.h"

#include <optional>

namespace guichet {

// A proposed amount and how it was reached, so that it can be said in words beside the amount:
// « forfait commune < 5 000 hab. », « 74 % × 27 950,00 € (plafonné au montant sollicité) ».
struct ProposedAmount
{
    enum class Source
    {
        Forfait,         // the programme's flat amount (sub-axis 3a)
        ProgrammeRate,   // the programme's rate × the eligible cost (3b, 3c)
        InstructorRate,  // a rate the instructor set
        InstructorAmount // an amount the instructor set (or an adopted scenario)
    };
    Source source = Source::ProgrammeRate;
    Cents amount = 0;
    Cents eligibleCost = 0;
    Rate rate = 0;   // for the rate sources
    QString forfait; // for Source::Forfait: « forfait commune < 5 000 hab. »
    bool cappedAtRequested = false;
    bool cappedAtMaxRate = false; // a forfait above max_rate_percent of the eligible cost
    QString scenario;             // an adopted scenario's name, for InstructorAmount

    QString basis() const; // in words, translated, French number formatting
};

// The programme's funding rules applied to a dossier: the forfait of its sub-axis, kind and
// population band, else its rate × the eligible cost; never above the amount requested nor the
// programme's maximum rate; nothing for an ineligible dossier.
class AmountRules
{
public:
    explicit AmountRules(const Programme& programme);

    // Total cost minus the excluded expenses (personnel, IT equipment for agents).
    static Cents eligibleCost(const Dossier& dossier);

    // What the rules propose; nullopt when the programme has no rule for the dossier (its
    // population unknown where rates depend on it).
    std::optional<ProposedAmount> fromRules(const Dossier& dossier) const;
    // What a proposal movement (an instructor's amount or rate) gives for the dossier.
    ProposedAmount fromMovement(const Dossier& dossier, const Movement& proposal) const;
    // The current proposal: the movement's when there is one, else the rules'.
    std::optional<ProposedAmount> current(const Dossier& dossier,
                                          const std::optional<Movement>& proposal) const;

    // Whether an instructor may propose `amount` or `rate` for the dossier (BadInput if not,
    // naming the ceiling).
    Status checkAmount(const Dossier& dossier, Cents amount) const;
    Status checkRate(Rate rate) const;

private:
    ProposedAmount capped(const Dossier& dossier, ProposedAmount proposal) const;

    const Programme& m_programme;
    QStringList m_forfaitWords; // each forfait's basis, said once rather than per dossier
};

} // namespace guichet
