#pragma once

#include "EditCommand.h"

namespace guichet {

// The instructor's note on a dossier.
class NoteCommand : public EditCommand
{
public:
    NoteCommand(Editing& editing, qint64 dossier, QString before, QString after);

protected:
    Status apply(bool forward) override;

private:
    qint64 m_dossier;
    QString m_before;
    QString m_after;
};

} // namespace guichet
