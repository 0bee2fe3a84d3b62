#include "AdoptionCommand.h"

#include "campaign/Campaign.h"

#include <QCoreApplication>

namespace guichet {

AdoptionCommand::AdoptionCommand(Editing& editing, QString scenario)
    : EditCommand(editing, 0, Editing::Place::Detail,
                  QCoreApplication::translate("AdoptionCommand", "Adoption du scénario « %1 »")
                      .arg(scenario))
    , m_scenario(std::move(scenario))
{}

Status AdoptionCommand::apply(bool forward)
{
    if (!forward)
        return campaign().revertAdoption(
            m_scenario, QCoreApplication::translate("AdoptionCommand", "Adoption annulée"));
    const Result<AdoptionReport> adopted = campaign().adoptScenario(m_scenario);
    if (!adopted)
        return adopted.error();
    return success();
}

} // namespace guichet
