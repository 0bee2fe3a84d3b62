#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QTableView;

namespace guichet {

class Campaign;
class DossierTableModel;
class ScoringPanel;

// The File menu of the main window: a new workspace, opening one (the recent ones at hand),
// importing DS exports, the import history, the list exported as shown, a copy of the open
// workspace, its properties, closing it. What opens, imports or closes a workspace is the
// window's to do: it is asked by a signal.
class FileActions : public QObject
{
    Q_OBJECT

public:
    // The parts of the window this works with; all outlive it.
    struct Window
    {
        QMainWindow* window;
        QTableView* table; // the list, exported as shown
        DossierTableModel* model;
        ScoringPanel* scoring; // the scores being typed belong in a copy
    };

    explicit FileActions(Window window);

    void addTo(QMenu* menu);
    // The campaign of a newly opened workspace (nullptr: none open).
    void setCampaign(Campaign* campaign);
    // Whether the workspace may be written now (not read-only, integrity checked).
    void setWritable(bool writable);
    // Puts `path` first among the recent workspaces, in the settings and in the menu.
    void rememberRecent(const QString& path);

signals:
    void newRequested();
    void openRequested(); // the user chooses the workspace
    void recentRequested(const QString& path);
    void importRequested();
    void closeRequested();
    void message(const QString& text, int milliseconds);
    void errorOccurred(const QString& message);

private:
    void showImportHistory();
    void exportList();
    void saveCopy();
    void showProperties();
    void updateRecentMenu();
    void updateActions();

    Window m_window;
    QPointer<Campaign> m_campaign;
    bool m_writable = false;
    QMenu* m_recentMenu = nullptr;
    QAction* m_import = nullptr;
    QList<QAction*> m_onOpenWorkspace; // enabled exactly when a workspace is open
};

} // namespace guichet
