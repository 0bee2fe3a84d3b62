#include "DossierAmounts.h"

#include "campaign/Campaign.h"
#include "instruction/Eligibility.h"

namespace guichet {

DossierAmounts DossierAmounts::read(const Campaign& campaign, const Dossier& dossier)
{
    DossierAmounts amounts;
    amounts.ledger = campaign.ledger().dossier(dossier.number);
    amounts.eligible = EligibilityEvaluator(campaign.programme())
                           .evaluate(dossier, campaign.instruction().decisions(dossier.number))
                           .verdict != EligibilityAssessment::Verdict::NotEligible;
    amounts.closedOnDs = dossier.archived || dossier.state == DossierState::Refuse ||
                         dossier.state == DossierState::SansSuite;
    if (amounts.eligible && !amounts.closedOnDs)
        amounts.proposal =
            AmountRules(campaign.programme()).current(dossier, amounts.ledger.proposal);
    return amounts;
}

QString DossierAmounts::editable(Cents cents)
{
    return money::formatPlain(cents).replace(QLatin1Char('.'), QLatin1Char(','));
}

} // namespace guichet
