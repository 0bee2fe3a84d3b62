#include "ProjectionControl.h"

#include "SessionWindow.h"
#include "projection/ProjectionWindow.h"
#include "projection/ProjectorScreen.h"

#include <QAction>
#include <QMenu>

namespace guichet {

ProjectionControl::ProjectionControl(Campaign& campaign, SessionWindow* window)
    : QObject(window)
    , m_campaign(campaign)
    , m_window(window)
{
    connect(window, &SessionWindow::currentDossierChanged, this, &ProjectionControl::follow);
}

ProjectionWindow* ProjectionControl::projection() const
{
    return m_projection;
}

void ProjectionControl::addTo(QMenu* menu)
{
    m_menu = menu;
    QAction* project =
        menu->addAction(tr("&Projeter la séance"), this, &ProjectionControl::project);
    project->setObjectName(QStringLiteral("projectAction"));
    project->setShortcut(QKeySequence(Qt::Key_F9));
    menu->addSeparator();
    using View = ProjectionWindow::View;
    const struct
    {
        QString text;
        Qt::Key key;
        View view;
        const char* name;
    } views[] = {{tr("Vue &dossier"), Qt::Key_D, View::Dossier, "projectDossierAction"},
                 {tr("Vue &grille de la séance"), Qt::Key_G, View::Grid, "projectGridAction"},
                 {tr("Vue &enveloppe"), Qt::Key_E, View::Envelope, "projectEnvelopeAction"}};
    for (const auto& v : views) {
        QAction* action = menu->addAction(v.text, this, [this, view = v.view] {
            if (m_projection)
                m_projection->setView(view);
        });
        action->setObjectName(QLatin1String(v.name));
        action->setShortcut(QKeySequence(v.key));
        m_drive.append(action);
    }
    QAction* black = menu->addAction(tr("Écran &noir"), this, [this] {
        if (m_projection)
            m_projection->toggleBlack();
    });
    black->setObjectName(QStringLiteral("projectBlackAction"));
    black->setShortcut(QKeySequence(Qt::Key_B));
    m_drive.append(black);
    for (QAction* action : std::as_const(m_drive))
        action->setEnabled(false);
}

void ProjectionControl::createWindow(int session)
{
    if (m_projection) {
        disconnect(m_projection, nullptr, this, nullptr); // its end concerns the next one no more
        m_projection->deleteLater();
    }
    delete m_screens;
    m_projection = new ProjectionWindow(m_campaign, session, m_window);
    m_projection->setAttribute(Qt::WA_DeleteOnClose);
    // A dossier chosen on the projector's keys is the secretary's current one too.
    connect(m_projection, &ProjectionWindow::currentDossierChanged, m_window,
            [this](qint64 dossier) {
                if (m_window->currentDossier() != dossier)
                    m_window->showDossier(dossier);
            });
    // Closed by the chair: the views and the screen menu, which drive it, go with it.
    connect(m_projection, &QObject::destroyed, this, [this] {
        for (QAction* action : std::as_const(m_drive))
            action->setEnabled(false);
        delete m_screens;
    });
    if (m_menu) {
        m_screens = ProjectorScreen::menu(m_projection, m_menu);
        m_menu->addMenu(m_screens);
    }
    for (QAction* action : std::as_const(m_drive))
        action->setEnabled(true);
}

void ProjectionControl::project()
{
    if (m_window->session() <= 0)
        return;
    if (!m_projection || m_projection->session() != m_window->session())
        createWindow(m_window->session());
    if (m_window->currentDossier() != 0)
        m_projection->showDossier(m_window->currentDossier());
    ProjectorScreen::place(m_projection);
    m_projection->raise();
}

void ProjectionControl::follow(int session, qint64 dossier)
{
    if (!m_projection)
        return;
    if (m_projection->session() != session) {
        // Another session: the projector shows it, on the same screen.
        const bool shown = m_projection->isVisible();
        createWindow(session);
        if (shown)
            ProjectorScreen::place(m_projection);
    }
    if (dossier != 0 && m_projection->currentDossier() != dossier)
        m_projection->showDossier(dossier);
}

} // namespace guichet
