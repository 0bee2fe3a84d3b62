#pragma once

#include "common/Money.h"
#include "dossier/Dossier.h"
#include "ledger/AmountRules.h"
#include "ledger/LedgerState.h"

#include <optional>

namespace guichet {

class Campaign;

// The money of the one dossier a window shows, read from the campaign as EnvelopeOverview
// computes it for all (without reading every dossier): its proposal, unless it is not eligible
// or closed in DS, and where the ledger stands.
struct DossierAmounts
{
    bool eligible = true; // false: not eligible (no proposal)
    bool closedOnDs = false;
    std::optional<ProposedAmount> proposal;
    DossierLedger ledger;

    static DossierAmounts read(const Campaign& campaign, const Dossier& dossier);
    // "1234,56": the amount as typed in a field (money::parse reads it back).
    static QString editable(Cents cents);
};

} // namespace guichet
