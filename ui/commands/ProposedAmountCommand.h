#pragma once

#include "EditCommand.h"
#include "common/Money.h"
#include "ledger/Movement.h"

#include <optional>

namespace guichet {

// The instructor's amount or rate set on a dossier. Undone by setting again the proposal that
// was there before (its movement's amount or rate), or by going back to the rules' amount when
// there was none; redone by setting the new one again. Each step is a movement of its own.
class ProposedAmountCommand : public EditCommand
{
public:
    // `before`: the dossier's proposal movement before the change (none: the rules' amount).
    // `after`: the movement the campaign wrote.
    ProposedAmountCommand(Editing& editing, qint64 dossier, std::optional<Movement> before,
                          Movement after);

protected:
    Status apply(bool forward) override;

private:
    qint64 m_dossier;
    std::optional<Movement> m_before;
    Movement m_after;
};

} // namespace guichet
