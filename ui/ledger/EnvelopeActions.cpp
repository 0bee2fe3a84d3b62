#include "EnvelopeActions.h"

#include "EnvelopeStatusLabel.h"
#include "EnvelopeWindow.h"
#include "campaign/Campaign.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace guichet {

EnvelopeActions::EnvelopeActions(QMainWindow* window, Editing* editing)
    : QObject(window)
    , m_window(window)
    , m_editing(editing)
    , m_status(new EnvelopeStatusLabel(window))
    , m_open(new QAction(tr("&Enveloppe et scénarios de coupure…"), this))
{
    window->statusBar()->addPermanentWidget(m_status);
    m_open->setObjectName(QStringLiteral("envelopeAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_open->setEnabled(false);
    connect(m_open, &QAction::triggered, this, &EnvelopeActions::showWindow);
}

void EnvelopeActions::addTo(QMenu* menu)
{
    menu->addAction(m_open);
}

void EnvelopeActions::setCampaign(Campaign* campaign)
{
    // The window shows one workspace's envelope: another workspace needs another window.
    if (m_envelope)
        m_envelope->deleteLater();
    m_campaign = campaign;
    m_status->setCampaign(campaign);
    m_open->setEnabled(campaign != nullptr);
}

void EnvelopeActions::showWindow()
{
    if (!m_campaign)
        return;
    if (!m_envelope)
        m_envelope = new EnvelopeWindow(*m_campaign, m_editing, m_window);
    m_envelope->show();
    m_envelope->raise();
    m_envelope->activateWindow();
}

} // namespace guichet
