#include "EditCommand.h"

namespace guichet {

EditCommand::EditCommand(Editing& editing, qint64 dossier, Editing::Place place,
                         const QString& text)
    : QUndoCommand(text)
    , m_editing(editing)
    , m_dossier(dossier)
    , m_place(place)
{}

void EditCommand::redo()
{
    if (std::exchange(m_written, true))
        run(true);
}

void EditCommand::undo()
{
    run(false);
}

void EditCommand::run(bool forward)
{
    m_editing.setStepping(true);
    if (m_dossier != 0)
        m_editing.reveal(m_dossier, m_place); // what is undone is shown, not changed unseen
    const Status status = apply(forward);
    m_editing.setStepping(false);
    if (!status) {
        setObsolete(true);
        m_editing.report(status.error().message);
    }
}

} // namespace guichet
