#pragma once

#include "commands/Editing.h"
#include "documents/DocumentTemplates.h"

#include <QMap>
#include <QUndoCommand>

namespace guichet {

// An edit of the documents' settings, undoable like every user edit: the letterhead's values,
// or a template's text (an undo saves the previous text again as a new version: the versions
// documents name are never rewritten). Pushed once the campaign has written it.
class DocumentSettingCommand : public QUndoCommand
{
public:
    static DocumentSettingCommand* letterhead(Editing& editing, QMap<QString, QString> before,
                                              QMap<QString, QString> after);
    static DocumentSettingCommand* templateText(Editing& editing, DocumentTemplate::Kind kind,
                                                QString before, QString after);
    void redo() override;
    void undo() override;

private:
    DocumentSettingCommand(Editing& editing, const QString& text);
    void write(bool forward);

    Editing& m_editing;
    bool m_written = false;
    std::optional<DocumentTemplate::Kind> m_template; // none: the letterhead
    QMap<QString, QString> m_before;
    QMap<QString, QString> m_after;
};

} // namespace guichet
