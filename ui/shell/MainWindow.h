#pragma once

#include "dossier/Dossier.h"
#include "dossiers/DossierFilterProxy.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace guichet {

class Campaign;
class CommitteeActions;
class DossierDetailPane;
class DossierFilterBar;
class DossierListView;
class DossierLoading;
class Editing;
class DocumentActions;
class EnvelopeActions;
class FileActions;
class DossierFilterProxy;
class DossierTableModel;
class InstructionActions;
class ScoringPanel;
class WelcomePage;
class Workspace;

// The instructor's main window: the dossier list with its search and filters, and the detail
// of the selected dossier.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes ownership of an opened workspace and shows its dossiers.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace* workspace() const;
    Campaign* campaign() const { return m_campaign.get(); }
    // True while dossiers stream in, the file's integrity is being verified, or instruction
    // (verdicts, consolidation, ranks) is being computed.
    bool isLoading() const;

public slots:
    bool openWorkspace(const QString& path);
    void askInstructorName();
    // On first launch: asks the instructor's name (until one is given).
    void ensureInstructorName();
    void newWorkspace();
    void chooseWorkspaceToOpen();
    void chooseFilesToImport();
    // Imports DS exports into the open workspace, then shows the list anew.
    bool importFiles(const QStringList& files);

signals:
    void loadingFinished();
    // Emitted with every error message shown to the user.
    void errorReported(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void updateStatus();
    void updateTitle();
    void updateInstructor();
    void onCurrentRowChanged();
    std::optional<Dossier> currentDossier() const;
    void updateActions();
    // The note and the scores are written once the integrity check has passed.
    void updateWritable();
    void onWorkspaceDamaged(const QString& message);
    void showError(const QString& message);
    void updatePage();
    void openDemo();
    void followSelection();
    // Gives the list the dossiers to score and those with a note, when it shows only those.
    void updateMarked(DossierFilterProxy::Restrictions restrictions);
    // Saves what is being typed: the note, the scores.
    void saveTyping();
    void saveLayout();
    void restoreLayout();

    std::unique_ptr<Campaign> m_campaign;
    DossierTableModel* m_model;
    DossierFilterProxy* m_proxy;
    DossierFilterBar* m_filters = nullptr;
    DossierLoading* m_loading = nullptr; // the list filled, the file checked

    QLabel* m_readOnlyBanner;
    DossierListView* m_table;
    Editing* m_editing;
    DossierDetailPane* m_detail;
    ScoringPanel* m_scoring;
    QTabWidget* m_tabs;
    InstructionActions* m_instruction;
    FileActions* m_file = nullptr;           // new, open, import, copy, close
    EnvelopeActions* m_envelope = nullptr;   // the envelope's menu and status bar figure
    CommitteeActions* m_committee = nullptr; // the committee's menu, the session due
    DocumentActions* m_documents = nullptr;  // letters, arrêtés, their templates
    QSplitter* m_splitter;
    QStackedWidget* m_pages; // the list and its detail, or the welcome page
    WelcomePage* m_welcome;
    QLabel* m_countLabel;
    QLabel* m_instructorLabel;
};

} // namespace guichet
