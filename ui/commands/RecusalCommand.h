#pragma once

#include "EditCommand.h"
#include "committee/SessionRecorder.h"

namespace guichet {

// A member leaving the room before a dossier, or coming back. The recusals are a record kept
// in order, never rewritten: an undo records the opposite movement (the member who was said to
// leave is said to return), a redo the movement again.
class RecusalCommand : public EditCommand
{
public:
    RecusalCommand(Editing& editing, int session, qint64 dossier, QString member,
                   Recusal::Event event);

protected:
    Status apply(bool forward) override;

private:
    int m_session;
    qint64 m_dossier;
    QString m_member;
    Recusal::Event m_event;
};

} // namespace guichet
