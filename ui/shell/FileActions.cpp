#include "FileActions.h"

#include "RecentWorkspaces.h"
#include "WorkspacePropertiesDialog.h"
#include "campaign/Campaign.h"
#include "dossiers/ShownList.h"
#include "exporting/ExportDialog.h"
#include "import/ImportHistoryDialog.h"
#include "importer/ImportStore.h"
#include "instruction/ScoringPanel.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceCopy.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>

namespace guichet {

FileActions::FileActions(Window window)
    : QObject(window.window)
    , m_window(window)
{}

void FileActions::addTo(QMenu* menu)
{
    QAction* create = menu->addAction(tr("&Nouveau classeur…"), this, &FileActions::newRequested);
    create->setShortcut(QKeySequence::New);
    QAction* open = menu->addAction(tr("&Ouvrir…"), this, &FileActions::openRequested);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = menu->addMenu(tr("Ouvrir un fichier &récent"));
    menu->addSeparator();
    m_import = menu->addAction(tr("&Importer un export démarches-simplifiées…"), this,
                               &FileActions::importRequested);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* history =
        menu->addAction(tr("&Historique des imports…"), this, &FileActions::showImportHistory);
    QAction* exportList =
        menu->addAction(tr("&Exporter la liste…"), this, &FileActions::exportList);
    menu->addSeparator();
    QAction* saveCopy =
        menu->addAction(tr("Enregistrer une &copie…"), this, &FileActions::saveCopy);
    QAction* properties =
        menu->addAction(tr("&Propriétés du classeur…"), this, &FileActions::showProperties);
    QAction* closeWorkspace = menu->addAction(tr("&Fermer"), this, &FileActions::closeRequested);
    closeWorkspace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    saveCopy->setObjectName(QStringLiteral("saveCopyAction"));
    properties->setObjectName(QStringLiteral("workspacePropertiesAction"));
    closeWorkspace->setObjectName(QStringLiteral("closeWorkspaceAction"));
    m_onOpenWorkspace = {history, exportList, saveCopy, properties, closeWorkspace};
    menu->addSeparator();
    QAction* quit = menu->addAction(tr("&Quitter"), m_window.window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    updateRecentMenu();
    updateActions();
}

void FileActions::setCampaign(Campaign* campaign)
{
    m_campaign = campaign;
    updateActions();
}

void FileActions::setWritable(bool writable)
{
    m_writable = writable;
    updateActions();
}

void FileActions::updateActions()
{
    m_import->setEnabled(m_writable);
    for (QAction* action : std::as_const(m_onOpenWorkspace))
        action->setEnabled(m_campaign != nullptr);
}

void FileActions::rememberRecent(const QString& path)
{
    recent_workspaces::remember(path);
    updateRecentMenu();
}

void FileActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recent_workspaces::list();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName(), this,
                                                  [this, path] { emit recentRequested(path); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void FileActions::showImportHistory()
{
    if (m_campaign)
        ImportHistoryDialog(ImportStore(m_campaign->workspace().database()).records(),
                            m_window.window)
            .exec();
}

void FileActions::exportList()
{
    const Result<QString> written = export_dialog::exportSheet(
        m_window.window, tr("Exporter la liste"), tr("dossiers"), [this] {
            return shownList(*m_window.table, *m_window.model);
        }); // as shown: filtered, sorted
    if (!written)
        emit errorOccurred(written.error().message);
    else if (!written->isEmpty())
        emit message(export_dialog::writtenTo(*written), 0);
}

void FileActions::saveCopy()
{
    if (!m_campaign)
        return;
    const QFileInfo source(m_campaign->workspace().path());
    QFileDialog dialog(m_window.window, tr("Enregistrer une copie du classeur"),
                       source.dir().filePath(tr("%1 (copie).guichet").arg(source.baseName())),
                       tr("Classeurs Guichet (*.guichet)"));
    dialog.setObjectName(QStringLiteral("saveCopyDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QLatin1String(Workspace::kExtension));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString target = dialog.selectedFiles().constFirst();
    m_window.scoring->commitPendingEdits(); // what is being typed belongs in the copy
    // The dialog has asked before replacing an existing file.
    if (Status status = workspace_copy::write(m_campaign->workspace(), target,
                                              workspace_copy::Existing::Replace);
        !status)
        emit errorOccurred(status.error().message);
    else
        emit message(tr("Copie enregistrée : %1").arg(target), 10000);
}

void FileActions::showProperties()
{
    if (m_campaign)
        WorkspacePropertiesDialog(m_campaign->workspace(), m_window.window).exec();
}

} // namespace guichet
