#include "CommitteeActions.h"

#include "SessionDialog.h"
#include "SessionDueLabel.h"
#include "SessionWindow.h"
#include "campaign/Campaign.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace guichet {

CommitteeActions::CommitteeActions(QMainWindow* window, Editing* editing)
    : QObject(window)
    , m_window(window)
    , m_editing(editing)
    , m_due(new SessionDueLabel(window))
    , m_new(new QAction(tr("&Nouvelle séance…"), this))
    , m_open(new QAction(tr("&Séances…"), this))
{
    m_new->setObjectName(QStringLiteral("newSessionAction"));
    m_new->setStatusTip(tr("Convoquer une séance du comité : date, lieu, président, membres"));
    m_new->setEnabled(false);
    connect(m_new, &QAction::triggered, this, &CommitteeActions::newSession);
    m_open->setObjectName(QStringLiteral("sessionsAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_open->setStatusTip(tr("L'ordre du jour, les avis et la clôture d'une séance"));
    m_open->setEnabled(false);
    connect(m_open, &QAction::triggered, this, [this] { showSessions(); });
    window->statusBar()->addPermanentWidget(m_due);
}

void CommitteeActions::addTo(QMenu* menu)
{
    menu->addAction(m_open);
    menu->addAction(m_new);
}

void CommitteeActions::setCampaign(Campaign* campaign)
{
    // The window shows one workspace's sessions: another workspace needs another window.
    if (m_sessions)
        m_sessions->deleteLater();
    m_campaign = campaign;
    m_due->setCampaign(campaign);
    m_open->setEnabled(campaign != nullptr);
    setWritable(m_writable);
}

void CommitteeActions::setWritable(bool writable)
{
    m_writable = writable;
    m_new->setEnabled(m_campaign && writable && !m_campaign->isReadOnly());
}

void CommitteeActions::newSession()
{
    if (!m_campaign || !m_new->isEnabled())
        return;
    SessionDialog dialog(*m_editing, std::nullopt, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit message(tr("Séance n° %1 créée.").arg(dialog.number()), 4000);
    showSessions(dialog.number());
}

SessionWindow* CommitteeActions::showSessions(int session)
{
    if (!m_campaign)
        return nullptr;
    if (!m_sessions)
        m_sessions = new SessionWindow(*m_campaign, m_editing, m_window);
    if (session > 0 || m_sessions->session() == 0)
        m_sessions->setSession(session);
    m_sessions->show();
    m_sessions->raise();
    m_sessions->activateWindow();
    return m_sessions;
}

} // namespace guichet
