#include "MainWindow.h"

#include "HelpWindow.h"
#include "ShortcutsDialog.h"
#include "WelcomePage.h"
#include "WorkspacePropertiesDialog.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "common/Identity.h"
#include "demo/DemoWorkspace.h"
#include "documents/DocumentActions.h"
#include "dossier/DossierFilter.h"
#include "dossier/DossierStream.h"
#include "dossiers/DossierDetailPane.h"
#include "dossiers/DossierFilterBar.h"
#include "dossiers/DossierFilterProxy.h"
#include "dossiers/DossierTableModel.h"
#include "dossiers/ShownList.h"
#include "exporting/ExportDialog.h"
#include "import/ImportController.h"
#include "import/ImportHistoryDialog.h"
#include "importer/ImportStore.h"
#include "instruction/InstructionActions.h"
#include "instruction/ScoringPanel.h"
#include "committee/CommitteeActions.h"
#include "ledger/EnvelopeActions.h"
#include "programme/ProgrammeReader.h"
#include "storage/Migrations.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceCopy.h"
#include "verify/WorkspaceVerifier.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace guichet {

namespace {
// Shown before the first paint; the rest streams in from a worker thread.
constexpr int kFirstChunk = 64; // a screenful and some
constexpr int kMaxRecent = 8;
const auto kRecentKey = QStringLiteral("workspace/recent");
// Per column count: a layout saved before columns were added would hide the new ones.
const auto kHeaderKey =
    QStringLiteral("mainWindow/header/%1").arg(int(DossierTableModel::ColumnCount));
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new DossierTableModel(this))
    , m_proxy(new DossierFilterProxy(m_model, this))
    , m_readOnlyBanner(new QLabel(this))
    , m_table(new QTableView(this))
    , m_editing(new Editing(this))
    , m_detail(new DossierDetailPane(m_editing, this))
    , m_scoring(new ScoringPanel(m_editing, this))
    , m_tabs(new QTabWidget(this))
    , m_instruction(
          new InstructionActions({this, m_table, m_model, m_proxy, m_tabs, m_scoring, m_editing,
                                  [this] {
                                      return currentDossier();
                                  }},
                                 this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_noMatch(new QLabel(m_table->viewport()))
    , m_countLabel(new QLabel(this))
    , m_instructorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);

    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBannerLabel"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; "
                                                   "border: 1px solid #e0c060; padding: 6px; }"));
    m_readOnlyBanner->hide();
    layout->addWidget(m_readOnlyBanner);
    m_filters = new DossierFilterBar(m_proxy, central);
    layout->addWidget(m_filters);
    // The facts a restriction needs are given to the list before it filters on them.
    connect(m_filters, &DossierFilterBar::restrictionsChosen, this,
            [this](DossierFilterProxy::Restrictions restrictions) {
                m_proxy->setRestrictions({});
                updateMarked(restrictions);
                m_proxy->setRestrictions(restrictions);
            });

    m_table->setObjectName(QStringLiteral("dossierTableView"));
    m_table->setAccessibleName(tr("Liste des dossiers"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DossierTableModel::DepositedAt, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: measuring 100 000 rows would freeze the window.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int widths[] = {70, 200, 80, 75, 60, 240, 100, 115, 105, 80, 90, 70, 50};
    for (int c = 0; c < DossierTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);

    // What instruction says comes right after the sub-axis: the DS figures are further right.
    for (int column :
         {DossierTableModel::Verdict, DossierTableModel::Score, DossierTableModel::Rank})
        m_table->horizontalHeader()->moveSection(
            m_table->horizontalHeader()->visualIndex(column),
            m_table->horizontalHeader()->visualIndex(DossierTableModel::Title));
    m_table->viewport()->installEventFilter(this);
    m_splitter->addWidget(m_table);
    m_tabs->setObjectName(QStringLiteral("dossierTabs"));
    m_tabs->addTab(m_detail, tr("&Dossier"));
    m_tabs->addTab(m_scoring, tr("&Notation"));
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({980, 420});
    layout->addWidget(m_splitter, 1);
    m_pages->addWidget(central);
    m_pages->addWidget(m_welcome);
    setCentralWidget(m_pages);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::chooseFilesToImport);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseWorkspaceToOpen);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openWorkspace);

    // An empty result of the filters says so, and undoes them in one click.
    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setText(
        QStringLiteral("%1 <a href=\"clear\">%2</a>")
            .arg(tr("Aucun dossier ne correspond à la recherche et aux filtres.").toHtmlEscaped(),
                 tr("Effacer les filtres").toHtmlEscaped()));
    m_noMatch->setStyleSheet(QStringLiteral("QLabel { padding: 12px; }"));
    m_noMatch->move(0, 0);
    m_noMatch->hide();
    connect(m_noMatch, &QLabel::linkActivated, m_filters, &DossierFilterBar::clear);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_instructorLabel->setObjectName(QStringLiteral("instructorLabel"));
    statusBar()->addPermanentWidget(m_instructorLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    updateInstructor();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    // A filter that hides the dossier shown empties the detail: it never shows what the list
    // does not.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::followSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::followSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::followSelection);
    connect(m_instruction, &InstructionActions::computed, this,
            [this] { updateMarked(m_proxy->restrictions()); });
    connect(m_detail, &DossierDetailPane::errorOccurred, this, &MainWindow::showError);
    connect(m_detail, &DossierDetailPane::noteSaved, this, [this](qint64 number) {
        statusBar()->showMessage(tr("Note du dossier %1 enregistrée.").arg(number), 4000);
    });
    connect(m_scoring, &ScoringPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_editing, &Editing::errorOccurred, this, &MainWindow::showError);
    connect(m_instruction, &InstructionActions::computed, this,
            &MainWindow::onBackgroundJobFinished);
    connect(m_instruction, &InstructionActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_instruction, &InstructionActions::errorOccurred, this, &MainWindow::showError);
    connect(m_editing, &Editing::revealRequested, this,
            [this](qint64 number, Editing::Place place) {
                const QModelIndex index =
                    m_proxy->mapFromSource(m_model->index(m_model->rowOfNumber(number), 0));
                if (!index.isValid())
                    return; // filtered out: the change is made all the same, and in the history
                m_table->selectRow(index.row());
                m_table->scrollTo(index);
                m_tabs->setCurrentWidget(
                    place == Editing::Place::Scoring ? static_cast<QWidget*>(m_scoring) : m_detail);
            });

    createActions();
    restoreLayout();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    stopWorkers(); // before the model and the workspace go away
}

void MainWindow::stopWorkers()
{
    // Deleting a worker joins its thread.
    delete m_stream;
    m_stream = nullptr;
    delete m_verifier;
    m_verifier = nullptr;
    m_instruction->stop();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&Fichier"));
    QAction* create = file->addAction(tr("&Nouveau classeur…"), this, &MainWindow::newWorkspace);
    create->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Ouvrir…"), this, &MainWindow::chooseWorkspaceToOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Ouvrir un fichier &récent"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Importer un export démarches-simplifiées…"), this,
                                     &MainWindow::chooseFilesToImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_historyAction = file->addAction(tr("&Historique des imports…"), this, [this] {
        if (m_campaign)
            ImportHistoryDialog(ImportStore(m_campaign->workspace().database()).records(), this)
                .exec();
    });
    m_exportListAction = file->addAction(tr("&Exporter la liste…"), this, [this] {
        const Result<QString> written =
            export_dialog::exportSheet(this, tr("Exporter la liste"), tr("dossiers"), [this] {
                return shownList(*m_table, *m_model);
            }); // as shown: filtered, sorted
        if (!written)
            showError(written.error().message);
        else if (!written->isEmpty())
            statusBar()->showMessage(export_dialog::writtenTo(*written));
    });
    file->addSeparator();
    // Close and copy the open workspace. They follow the history action, which is enabled
    // exactly when a workspace is open.
    QAction* saveCopy = file->addAction(tr("Enregistrer une &copie…"), this, [this] {
        if (!m_campaign)
            return;
        const QFileInfo source(m_campaign->workspace().path());
        QFileDialog dialog(this, tr("Enregistrer une copie du classeur"),
                           source.dir().filePath(tr("%1 (copie).guichet").arg(source.baseName())),
                           tr("Classeurs Guichet (*.guichet)"));
        dialog.setObjectName(QStringLiteral("saveCopyDialog"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QLatin1String(Workspace::kExtension));
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return;
        const QString target = dialog.selectedFiles().constFirst();
        m_scoring->commitPendingEdits(); // what is being typed belongs in the copy
        // The dialog has asked before replacing an existing file.
        if (Status status = workspace_copy::write(m_campaign->workspace(), target,
                                                  workspace_copy::Existing::Replace);
            !status)
            showError(status.error().message);
        else
            statusBar()->showMessage(tr("Copie enregistrée : %1").arg(target), 10000);
    });
    QAction* properties = file->addAction(tr("&Propriétés du classeur…"), this, [this] {
        if (m_campaign)
            WorkspacePropertiesDialog(m_campaign->workspace(), this).exec();
    });
    QAction* closeWorkspace = file->addAction(tr("&Fermer"), this, [this] {
        m_detail->showDossier(std::nullopt); // saves a note being typed
        m_scoring->commitPendingEdits();
        setWorkspace(nullptr);
    });
    closeWorkspace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    saveCopy->setObjectName(QStringLiteral("saveCopyAction"));
    properties->setObjectName(QStringLiteral("workspacePropertiesAction"));
    closeWorkspace->setObjectName(QStringLiteral("closeWorkspaceAction"));
    for (QAction* action : {saveCopy, properties, closeWorkspace}) {
        action->setEnabled(m_historyAction->isEnabled());
        connect(m_historyAction, &QAction::enabledChanged, action, &QAction::setEnabled);
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quitter"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&Affichage"));
    QAction* find = view->addAction(tr("&Rechercher"), m_filters, &DossierFilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction* clear =
        view->addAction(tr("&Effacer les filtres"), m_filters, &DossierFilterBar::clear);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QMenu* edit = menuBar()->addMenu(tr("É&dition"));
    edit->addAction(m_editing->createUndoAction(this));
    edit->addAction(m_editing->createRedoAction(this));
    connect(m_editing, &Editing::aboutToStep, this, [this] {
        m_detail->commitPendingEdits();
        m_scoring->commitPendingEdits();
    });

    m_instruction->addTo(menuBar()->addMenu(tr("&Instruction")));
    m_envelope = new EnvelopeActions(this, m_editing, [this] { return currentDossier(); });
    m_envelope->addTo(menuBar()->addMenu(tr("En&veloppe")));
    connect(m_envelope, &EnvelopeActions::message, statusBar(), &QStatusBar::showMessage);
    m_committee = new CommitteeActions(this, m_editing);
    m_committee->addTo(menuBar()->addMenu(tr("Co&mité")));
    connect(m_committee, &CommitteeActions::message, statusBar(), &QStatusBar::showMessage);
    m_documents = new DocumentActions(this, m_editing, [this] { return currentDossier(); });
    m_documents->addTo(menuBar()->addMenu(tr("&Documents")));
    connect(m_documents, &DocumentActions::message, statusBar(), &QStatusBar::showMessage);

    QMenu* tools = menuBar()->addMenu(tr("&Outils"));
    tools->addAction(tr("&Nom de l'instructeur…"), this, &MainWindow::askInstructorName);

    QMenu* help = menuBar()->addMenu(tr("&Aide"));
    QAction* guide = help->addAction(tr("&Guide d'utilisation"), this, [this] {
        if (!m_help)
            m_help = new HelpWindow(this);
        m_help->show();
        m_help->raise();
        m_help->activateWindow();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Raccourcis clavier"), this,
                    [this] { ShortcutsDialog(menuBar(), this).exec(); });
    help->addAction(tr("À &propos de Guichet"), this, [this] {
        QMessageBox::about(this, tr("À propos de Guichet"),
                           tr("<b>Guichet</b> %1<br>Instruction des dossiers de subvention des "
                              "collectivités.<br>Classeurs écrits au schéma %2.<br><br>Logiciel "
                              "libre sous licence GNU GPL, version 3 ou ultérieure.<br>"
                              "Référentiel des collectivités : Etalab, découpage administratif "
                              "(licence MIT).")
                               .arg(QApplication::applicationVersion())
                               .arg(migrations::latestVersion()));
    });
    updateRecentMenu();
}

Workspace* MainWindow::workspace() const
{
    return m_campaign ? &m_campaign->workspace() : nullptr;
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    stopWorkers();
    m_detail->setCampaign(nullptr);
    m_scoring->setCampaign(nullptr);
    m_instruction->setCampaign(nullptr);
    m_editing->setCampaign(nullptr);
    m_model->clear();
    m_campaign = workspace ? std::make_unique<Campaign>(std::move(workspace)) : nullptr;
    m_complete = true;

    m_filters->setSubaxes(m_campaign ? m_campaign->programme().subaxes : QList<SubAxis>());

    m_readOnlyBanner->setVisible(m_campaign && m_campaign->isReadOnly());
    if (m_campaign && m_campaign->isReadOnly())
        m_readOnlyBanner->setText(m_campaign->workspace().readOnlyReason().isEmpty()
                                      ? tr("Classeur ouvert en lecture seule.")
                                      : m_campaign->workspace().readOnlyReason());
    m_editing->setCampaign(m_campaign.get());
    m_detail->setCampaign(m_campaign.get());
    m_scoring->setCampaign(m_campaign.get());
    m_instruction->setCampaign(m_campaign.get());
    m_envelope->setCampaign(m_campaign.get());
    m_committee->setCampaign(m_campaign.get());
    m_documents->setCampaign(m_campaign.get());
    updateTitle();
    if (!m_campaign) {
        updateStatus();
        return;
    }
    // An import changes the list itself: it is read again (edits update their rows in place).
    connect(m_campaign.get(), &Campaign::changed, this, [this](const Change& change) {
        if (change.kind == Change::Kind::Dossiers)
            loadDossiers(false);
        else
            updateMarked(m_proxy->restrictions()); // after the list's instruction is updated
    });

    loadDossiers(true);
}

void MainWindow::loadDossiers(bool verifyIntegrity)
{
    stopWorkers();
    m_model->clear();

    // What a screen shows is read at once; the rest streams in on a worker, then the full
    // integrity check (which reads the whole file) runs. Both start after the first paint, one
    // after the other, so the window never waits for work proportional to the file's size.
    // The note stays read-only until the check passes.
    if (verifyIntegrity) {
        m_verified = false;
        m_detail->setWritable(false);
        m_scoring->setWritable(false);
        updateActions();
    }
    const auto read =
        m_campaign->dossiers().loadChunk(std::numeric_limits<qint64>::min(), kFirstChunk);
    if (!read) {
        onWorkspaceDamaged(read.error().message); // never an empty list for a damaged file
        return;
    }
    const QList<Dossier>& first = read.value();
    QList<QByteArray> texts;
    texts.reserve(first.size());
    for (const Dossier& d : first)
        texts.append(DossierFilter::searchText(d));
    m_model->append(first, texts);
    m_complete = first.size() < kFirstChunk;
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);

    if (verifyIntegrity) {
        m_verifier = new WorkspaceVerifier(m_campaign->workspace().path());
        connect(m_verifier, &WorkspaceVerifier::verified, this, [this] {
            m_verified = true;
            m_detail->setWritable(!m_campaign->isReadOnly());
            m_scoring->setWritable(!m_campaign->isReadOnly());
            updateActions();
        });
        connect(m_verifier, &WorkspaceVerifier::damaged, this, &MainWindow::onWorkspaceDamaged);
        connect(m_verifier, &WorkspaceVerifier::anomaliesFound, this,
                &MainWindow::onAnomaliesFound);
        connect(m_verifier, &QThread::finished, this, [this] {
            m_verifier->deleteLater();
            m_verifier = nullptr;
            onBackgroundJobFinished();
        });
    }
    if (!m_complete) {
        m_stream = new DossierStream(m_campaign->workspace().path(), first.constLast().number);
        connect(m_stream, &DossierStream::chunkLoaded, this, &MainWindow::onChunkLoaded);
        connect(m_stream, &DossierStream::failed, this, &MainWindow::onWorkspaceDamaged);
        connect(m_stream, &QThread::finished, this, [this] {
            m_stream->deleteLater();
            m_stream = nullptr;
            m_complete = true;
            if (m_verifier)
                m_verifier->start(QThread::LowPriority);
            onBackgroundJobFinished();
        });
    }
    updateStatus();
    if (m_table->viewport()->isVisible())
        m_startWorkersOnPaint = true; // see eventFilter()
    else
        startWorkers();
}

void MainWindow::startWorkers()
{
    m_startWorkersOnPaint = false;
    if (m_stream)
        m_stream->start(QThread::LowPriority);
    else if (m_verifier)
        m_verifier->start(QThread::LowPriority);
    else
        onBackgroundJobFinished();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // The workers start once the list has painted: on two cores they would otherwise compete
    // with the first paint.
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && m_startWorkersOnPaint) {
        m_startWorkersOnPaint = false;
        QTimer::singleShot(0, this, [this] { startWorkers(); });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::onBackgroundJobFinished()
{
    if (m_complete && m_campaign && !m_stream && !m_verifier && !m_instruction->isComputing() &&
        m_model->instruction().all().size() != m_model->dossiers().size()) {
        m_instruction->refresh(); // once every dossier is in; loading ends with it
        return;
    }
    updateStatus();
    if (!isLoading())
        emit loadingFinished();
}

void MainWindow::onWorkspaceDamaged(const QString& message)
{
    // Nothing has been written: close the file and say why.
    QTimer::singleShot(0, this, [this, message] {
        setWorkspace(nullptr);
        showError(message);
        emit loadingFinished();
    });
}

void MainWindow::onAnomaliesFound(const QStringList& findings)
{
    // The file is sound for SQLite, and stays open: the user learns what the checks found and
    // whom to tell. The list is the one `guichet verify` prints.
    constexpr int kShown = 10;
    QString message = tr("Le contrôle du classeur à l'ouverture a trouvé %n anomalie(s) :", nullptr,
                         int(findings.size()));
    for (const QString& finding : findings.mid(0, kShown))
        message += QStringLiteral("\n• ") + finding;
    if (findings.size() > kShown)
        message += QStringLiteral("\n…");
    message +=
        QLatin1Char('\n') + tr("Le classeur a pu être modifié hors de Guichet : signalez-le "
                               "à l'administrateur (guichet verify donne la liste complète).");
    QTimer::singleShot(0, this, [this, message] { showError(message); });
}

void MainWindow::onChunkLoaded(const QList<Dossier>& dossiers, const QList<QByteArray>& searchTexts)
{
    m_model->append(dossiers, searchTexts);
}

bool MainWindow::openWorkspace(const QString& path)
{
    auto workspace = Workspace::open(path, Workspace::Access::ReadWrite, probe::Integrity::Defer);
    if (!workspace) {
        showError(workspace.error().message);
        return false;
    }
    rememberRecent(workspace.value()->path());
    setWorkspace(std::move(workspace.value()));
    return true;
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Nouveau classeur"), QString(),
                                                tr("Classeurs Guichet (*.guichet)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".guichet")))
        path += QStringLiteral(".guichet");
    auto workspace = Workspace::create(path, ProgrammeReader::builtinDocument());
    if (!workspace) {
        showError(workspace.error().message);
        return;
    }
    rememberRecent(workspace.value()->path());
    setWorkspace(std::move(workspace.value()));
}

void MainWindow::chooseFilesToImport()
{
    if (!m_campaign)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Importer un export démarches-simplifiées"), QString(),
        tr("Exports démarches-simplifiées (*.csv *.xlsx *.ods)"));
    importFiles(files);
}

bool MainWindow::importFiles(const QStringList& files)
{
    if (!m_campaign || files.isEmpty())
        return false;
    ImportController controller(*m_campaign, this);
    connect(&controller, &ImportController::errorOccurred, this, &MainWindow::showError);
    return controller.importFiles(files); // the list follows the campaign's change
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_campaign || m_campaign->isReadOnly() || !event->mimeData()->hasUrls())
        return;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile() || !ImportController::isImportable(url.toLocalFile()))
            return;
    }
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        files.append(url.toLocalFile());
    event->acceptProposedAction();
    // After the drop returns: the import opens dialogs of its own.
    QTimer::singleShot(0, this, [this, files] { importFiles(files); });
}

void MainWindow::chooseWorkspaceToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Ouvrir un classeur"), QString(),
                                                      tr("Classeurs Guichet (*.guichet)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName(), this,
                                                  [this, path] { openWorkspace(path); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();
    QString text = tr("%n dossier(s) affiché(s) sur %1", nullptr, shown).arg(loaded);
    if (!m_complete)
        text += QStringLiteral(" — ") + tr("chargement…");
    m_countLabel->setText(text);
    updatePage();
}

void MainWindow::updatePage()
{
    // The welcome page when there is nothing to list; never while dossiers are on their way.
    const bool nothing = !m_campaign || (m_complete && m_model->rowCount() == 0);
    if (nothing)
        m_welcome->show(m_campaign ? QFileInfo(m_campaign->workspace().path()).fileName()
                                   : QString(),
                        m_campaign && !m_campaign->isReadOnly() && m_verified,
                        QSettings().value(kRecentKey).toStringList());
    m_pages->setCurrentWidget(nothing ? static_cast<QWidget*>(m_welcome) : m_pages->widget(0));
    const bool noMatch = !nothing && m_proxy->rowCount() == 0;
    if (noMatch) {
        m_noMatch->resize(m_table->viewport()->width(), m_noMatch->sizeHint().height());
        m_noMatch->raise();
    }
    m_noMatch->setVisible(noMatch);
}

void MainWindow::openDemo()
{
    const auto demo = demo::createForLaunch(40);
    if (!demo) {
        showError(demo.error().message);
        return;
    }
    openWorkspace(demo.value());
}

void MainWindow::askInstructorName()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Nom de l'instructeur"),
                              tr("Nom inscrit au journal des modifications et sur vos notations :"),
                              QLineEdit::Normal, identity::currentInstructor(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    identity::setCurrentInstructor(name);
    updateInstructor();
}

void MainWindow::ensureInstructorName()
{
    // Asked once, the account name proposed: scores and the audit log carry a person's name.
    if (!identity::isChosen())
        askInstructorName();
}

void MainWindow::updateInstructor()
{
    const QString name = identity::currentInstructor();
    if (m_campaign && m_campaign->actor() != name) {
        m_scoring->commitPendingEdits(); // under the name they were typed with
        m_campaign->setActor(name);
        m_editing->undoStack()->clear(); // the edits to undo were the previous instructor's
        updateMarked(m_proxy->restrictions());
        m_scoring->showDossier(currentDossier());
    }
    m_instructorLabel->setText(tr("Instructeur : %1").arg(name));
}

void MainWindow::updateTitle()
{
    updateActions();
    if (!m_campaign) {
        setWindowTitle(tr("Guichet"));
        return;
    }
    QString title = QFileInfo(m_campaign->workspace().path()).fileName() + QStringLiteral(" — ") +
                    m_campaign->programme().name;
    if (m_campaign->workspace().isDemonstration())
        title = tr("Démonstration") + QStringLiteral(" — ") + title;
    if (m_campaign->isReadOnly())
        title += QStringLiteral(" ") + tr("[lecture seule]");
    setWindowTitle(title + QStringLiteral(" — Guichet"));
}

void MainWindow::updateActions()
{
    const bool open = m_campaign != nullptr;
    // Instruction writes wait for the integrity check, as the note and the scores do.
    const bool writable = open && !m_campaign->isReadOnly() && m_verified;
    m_importAction->setEnabled(writable);
    m_historyAction->setEnabled(open);
    m_exportListAction->setEnabled(open);
    m_instruction->setWritable(writable);
    m_envelope->setWritable(writable);
    m_committee->setWritable(writable);
    m_documents->setWritable(writable);
}

bool MainWindow::isLoading() const
{
    return m_stream || m_verifier || m_instruction->isComputing();
}

std::optional<Dossier> MainWindow::currentDossier() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? std::optional<Dossier>(m_model->dossier(current.row()))
                             : std::nullopt;
}

void MainWindow::onCurrentRowChanged()
{
    const std::optional<Dossier> dossier = currentDossier();
    m_detail->showDossier(dossier);
    m_scoring->showDossier(dossier);
}

void MainWindow::updateMarked(DossierFilterProxy::Restrictions restrictions)
{
    using Only = DossierFilterProxy::Only;
    if (!m_campaign)
        return;
    if (restrictions.testFlag(Only::ToScoreByMe))
        m_proxy->setMarked(Only::ToScoreByMe, m_instruction->dossiersToScore());
    if (restrictions.testFlag(Only::WithNote))
        m_proxy->setMarked(Only::WithNote, m_campaign->dossiers().numbersWithNote());
}

void MainWindow::followSelection()
{
    const std::optional<Dossier> selected = currentDossier();
    const std::optional<qint64> shown = m_detail->currentNumber();
    if ((selected ? std::optional<qint64>(selected->number) : std::nullopt) != shown)
        onCurrentRowChanged();
}

void MainWindow::showError(const QString& message)
{
    emit errorReported(message);
    QMessageBox::warning(this, tr("Guichet"), message);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First launch: a comfortable size, never larger than the screen (1280×720 included).
        QSize size(1400, 820);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.95);
        resize(size);
    }
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_detail->showDossier(std::nullopt); // saves a note being typed
    m_scoring->commitPendingEdits();
    saveLayout();
    event->accept();
}

} // namespace guichet
