#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace guichet {

class HelpWindow;

// The Help menu of the main window: the user guide in its own window (F1), the list of the
// keyboard shortcuts read from the window's menus, and what the application is.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(QMainWindow* window);

    void addTo(QMenu* menu);

private:
    void showGuide();
    void showShortcuts();
    void showAbout();

    QMainWindow* m_window;
    HelpWindow* m_help = nullptr; // made on first use, a child of the window
};

} // namespace guichet
