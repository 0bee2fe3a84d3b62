#pragma once

#include "Editing.h"
#include "common/Result.h"

#include <QUndoCommand>

namespace guichet {

class Campaign;

// The shape every undoable edit shares: pushed once the campaign has written the change, so
// its first redo does nothing; each later undo or redo writes again through the campaign (an
// audited write like any other) after showing the dossier it changes. A write the campaign
// refuses (a link declared since, say) is reported and leaves nothing more to undo or redo.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Editing& editing, qint64 dossier, Editing::Place place, const QString& text);

    void redo() final;
    void undo() final;

protected:
    // Writes the edit (forward) or what was there before it.
    virtual Status apply(bool forward) = 0;
    Campaign& campaign() const { return *m_editing.campaign(); }

private:
    void run(bool forward);

    Editing& m_editing;
    qint64 m_dossier;
    Editing::Place m_place;
    bool m_written = false;
};

} // namespace guichet
