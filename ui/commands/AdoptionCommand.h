#pragma once

#include "EditCommand.h"

namespace guichet {

// The adoption of a saved cutoff scenario: its funded rows became the proposals. Undone by
// reverting the adoption in the ledger (each proposal back to what it was), redone by adopting
// it again.
class AdoptionCommand : public EditCommand
{
public:
    AdoptionCommand(Editing& editing, QString scenario);

protected:
    Status apply(bool forward) override;

private:
    QString m_scenario;
};

} // namespace guichet
