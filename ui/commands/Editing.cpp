#include "Editing.h"

#include <QAction>
#include <QTimer>
#include <QUndoStack>

namespace guichet {

Editing::Editing(QObject* parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{}

void Editing::setCampaign(Campaign* campaign)
{
    m_stack->clear();
    m_campaign = campaign;
}

void Editing::push(QUndoCommand* command)
{
    // Pushing while a command runs would delete the commands after the current index, the
    // running one among them.
    if (m_stepping) {
        QTimer::singleShot(0, this, [this, command] { m_stack->push(command); });
        return;
    }
    m_stack->push(command);
}

void Editing::undo()
{
    emit aboutToStep();
    m_stack->undo();
}

void Editing::redo()
{
    emit aboutToStep();
    m_stack->redo();
}

QAction* Editing::createUndoAction(QObject* parent)
{
    QAction* action = m_stack->createUndoAction(parent, tr("&Annuler", "undo"));
    disconnect(action, &QAction::triggered, m_stack, nullptr);
    connect(action, &QAction::triggered, this, &Editing::undo);
    action->setShortcut(QKeySequence::Undo);
    return action;
}

QAction* Editing::createRedoAction(QObject* parent)
{
    QAction* action = m_stack->createRedoAction(parent, tr("&Rétablir"));
    disconnect(action, &QAction::triggered, m_stack, nullptr);
    connect(action, &QAction::triggered, this, &Editing::redo);
    action->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    return action;
}

} // namespace guichet
