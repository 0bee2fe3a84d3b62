#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace guichet {

class Campaign;
class ProjectionWindow;
class SessionWindow;

// The chair's hold on the projector, from the session window: « Projeter la séance » (F9)
// opens the projection window on its screen (full screen on a second screen, chosen in the
// « Écran de projection » submenu and remembered); it then shows the dossier the secretary is
// on, and the views and the black screen are switched from here (D, G, E, B; a text field
// keeps its letters). A dossier chosen on the projector's own keys moves the session window
// too. Another session in the session window gets a projection window of its own.
class ProjectionControl : public QObject
{
    Q_OBJECT

public:
    ProjectionControl(Campaign& campaign, SessionWindow* window);

    void addTo(QMenu* menu);
    ProjectionWindow* projection() const; // none until the session is projected

    void project();

private:
    void follow(int session, qint64 dossier);
    void createWindow(int session);

    Campaign& m_campaign;
    SessionWindow* m_window;
    QPointer<ProjectionWindow> m_projection;
    QMenu* m_menu = nullptr;
    QPointer<QMenu> m_screens; // « Écran de projection », while the projection window lives
    QList<QAction*> m_drive;   // the actions that need a projection window
};

} // namespace guichet
