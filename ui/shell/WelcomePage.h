#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace guichet {

// What the window shows when there is nothing to list: no workspace open, or one that holds
// no dossier yet. It says what to do next, with the recent files at hand.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // `workspaceName` empty: no workspace is open. `canImport`: an open workspace that may be
    // written.
    void show(const QString& workspaceName, bool canImport, const QStringList& recentFiles);

signals:
    void importRequested();
    void openRequested();
    void newRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    QLabel* m_heading;
    QLabel* m_explanation;
    QPushButton* m_import;
    QListWidget* m_recent;
    QLabel* m_recentLabel;
};

} // namespace guichet
