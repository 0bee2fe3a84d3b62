#pragma once

#include "EditCommand.h"
#include "instruction/Eligibility.h"

namespace guichet {

// One save of the eligibility dialog: the decisions on a dossier's checks, all or none. A
// check with no decision is an outcome of "to check".
class EligibilityCommand : public EditCommand
{
public:
    EligibilityCommand(Editing& editing, qint64 dossier, QList<EligibilityDecision> before,
                       QList<EligibilityDecision> after);

protected:
    Status apply(bool forward) override;

private:
    qint64 m_dossier;
    QList<EligibilityDecision> m_before;
    QList<EligibilityDecision> m_after;
};

} // namespace guichet
