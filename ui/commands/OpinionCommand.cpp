#include "OpinionCommand.h"

#include "campaign/Campaign.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace guichet {

OpinionCommand::OpinionCommand(Editing& editing, Opinion before, Opinion after)
    : EditCommand(editing, after.dossier, Editing::Place::Scoring,
                  QCoreApplication::translate("OpinionCommand", "Avis global sur le dossier %1")
                      .arg(after.dossier))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status OpinionCommand::apply(bool forward)
{
    Opinion opinion = forward ? m_after : m_before;
    opinion.updatedAt = clock::now();
    return campaign().setOpinion(opinion);
}

} // namespace guichet
