#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace guichet {

class Campaign;
class Editing;
class SessionDueLabel;
class SessionWindow;

// What the main window offers on the selection committee: whether a session is due and why,
// in its status bar; a new session; the session window (agenda, avis, closing), following the
// open campaign.
class CommitteeActions : public QObject
{
    Q_OBJECT

public:
    CommitteeActions(QMainWindow* window, Editing* editing);

    void addTo(QMenu* menu);
    // The campaign of a newly opened workspace (nullptr: none open).
    void setCampaign(Campaign* campaign);
    // Whether the workspace may be written now (not read-only, integrity checked).
    void setWritable(bool writable);
    // The session window (opened on `session`, 0: the latest open one), created when needed.
    SessionWindow* showSessions(int session = 0);

signals:
    void message(const QString& text, int milliseconds);

private:
    void newSession();

    QMainWindow* m_window;
    Editing* m_editing;
    SessionDueLabel* m_due;
    QAction* m_new;
    QAction* m_open;
    bool m_writable = false;
    QPointer<Campaign> m_campaign;
    QPointer<SessionWindow> m_sessions;
};

} // namespace guichet
