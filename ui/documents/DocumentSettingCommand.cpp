#include "DocumentSettingCommand.h"

#include "campaign/Campaign.h"

#include <QCoreApplication>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSettingCommand)
};
const QString kBody = QStringLiteral("body");
} // namespace

DocumentSettingCommand::DocumentSettingCommand(Editing& editing, const QString& text)
    : QUndoCommand(text)
    , m_editing(editing)
{}

DocumentSettingCommand* DocumentSettingCommand::letterhead(Editing& editing,
                                                           QMap<QString, QString> before,
                                                           QMap<QString, QString> after)
{
    auto* command = new DocumentSettingCommand(editing, Text::tr("En-tête des documents"));
    command->m_before = std::move(before);
    command->m_after = std::move(after);
    return command;
}

DocumentSettingCommand* DocumentSettingCommand::templateText(Editing& editing,
                                                             DocumentTemplate::Kind kind,
                                                             QString before, QString after)
{
    auto* command = new DocumentSettingCommand(
        editing, Text::tr("Modèle « %1 »").arg(DocumentTemplate::label(kind)));
    command->m_template = kind;
    command->m_before = {{kBody, std::move(before)}};
    command->m_after = {{kBody, std::move(after)}};
    return command;
}

void DocumentSettingCommand::redo()
{
    if (!m_written) { // the first redo is the edit the campaign has just written
        m_written = true;
        return;
    }
    write(true);
}

void DocumentSettingCommand::undo()
{
    write(false);
}

void DocumentSettingCommand::write(bool forward)
{
    Campaign* campaign = m_editing.campaign();
    if (!campaign)
        return;
    const QMap<QString, QString>& values = forward ? m_after : m_before;
    m_editing.setStepping(true);
    Status status = success();
    if (m_template) {
        if (auto saved = campaign->saveTemplate(*m_template, values.value(kBody)); !saved)
            status = saved.error();
    } else {
        status = campaign->setLetterhead(values);
    }
    m_editing.setStepping(false);
    if (!status)
        m_editing.report(status.error().message);
}

} // namespace guichet
