#include "NoteCommand.h"

#include "campaign/Campaign.h"

#include <QCoreApplication>

namespace guichet {

NoteCommand::NoteCommand(Editing& editing, qint64 dossier, QString before, QString after)
    : EditCommand(editing, dossier, Editing::Place::Detail,
                  QCoreApplication::translate("NoteCommand", "Note du dossier %1").arg(dossier))
    , m_dossier(dossier)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status NoteCommand::apply(bool forward)
{
    return campaign().setNote(m_dossier, forward ? m_after : m_before);
}

} // namespace guichet
