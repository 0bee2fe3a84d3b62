#include "Editing.h"

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
    m_stack->push(command);
}

} // namespace guichet
