#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QString>

class QMenu;
class QScreen;
class QWidget;

namespace guichet {

// Where the projection window goes: full screen on the projector when there is a second
// screen, a normal window beside the main one otherwise. The chair may choose the screen in a
// menu (by name and size); the choice is remembered across sessions (QSettings), by name.
class ProjectorScreen
{
    Q_DECLARE_TR_FUNCTIONS(ProjectorScreen)

public:
    struct Screen
    {
        QString name;
        QRect geometry;
    };
    struct Placement
    {
        int screen = 0; // index in the list given
        bool fullScreen = false;
    };
    // Pure: `screens` in QGuiApplication::screens() order, the primary first; `remembered` the
    // name chosen before (empty: none). The remembered screen when it is still there, else the
    // first screen other than the primary; full screen on any screen but the primary, where the
    // main window is.
    static Placement placement(const QList<Screen>& screens, const QString& remembered,
                               int primary = 0);

    // The name remembered, empty when none.
    static QString remembered();
    static void remember(const QString& name);

    // Moves `window` to its screen, full screen there or a normal window, and shows it.
    static void place(QWidget* window);
    // « Écran de projection » with one checkable entry per screen; choosing one remembers it and
    // places `window` there.
    static QMenu* menu(QWidget* window, QWidget* parent);
};

} // namespace guichet
