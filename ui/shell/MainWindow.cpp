#include "MainWindow.h"

#include "DossierListView.h"
#include "DossierLoading.h"
#include "FileActions.h"
#include "HelpActions.h"
#include "RecentWorkspaces.h"
#include "WelcomePage.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "committee/CommitteeActions.h"
#include "common/Identity.h"
#include "demo/DemoWorkspace.h"
#include "documents/DocumentActions.h"
#include "dossiers/DossierDetailPane.h"
#include "dossiers/DossierFilterBar.h"
#include "dossiers/DossierFilterProxy.h"
#include "dossiers/DossierTableModel.h"
#include "import/ImportController.h"
#include "instruction/InstructionActions.h"
#include "instruction/ScoringPanel.h"
#include "ledger/EnvelopeActions.h"
#include "programme/ProgrammeReader.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace guichet {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new DossierTableModel(this))
    , m_proxy(new DossierFilterProxy(m_model, this))
    , m_readOnlyBanner(new QLabel(this))
    , m_table(new DossierListView(m_proxy, this))
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

    connect(m_table, &DossierListView::clearFiltersRequested, m_filters, &DossierFilterBar::clear);

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
    m_loading = new DossierLoading(m_model, m_table, m_instruction, this);
    connect(m_loading, &DossierLoading::progressed, this, &MainWindow::updateStatus);
    connect(m_loading, &DossierLoading::verifiedChanged, this, &MainWindow::updateWritable);
    connect(m_loading, &DossierLoading::finished, this, &MainWindow::loadingFinished);
    connect(m_loading, &DossierLoading::damaged, this, &MainWindow::onWorkspaceDamaged);
    connect(m_loading, &DossierLoading::anomaliesFound, this, &MainWindow::showError);
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
    m_loading->stop(); // before the model and the workspace go away
}

void MainWindow::createActions()
{
    m_file = new FileActions({this, m_table, m_model, m_scoring});
    m_file->addTo(menuBar()->addMenu(tr("&Fichier")));
    connect(m_file, &FileActions::newRequested, this, &MainWindow::newWorkspace);
    connect(m_file, &FileActions::openRequested, this, &MainWindow::chooseWorkspaceToOpen);
    connect(m_file, &FileActions::recentRequested, this, &MainWindow::openWorkspace);
    connect(m_file, &FileActions::importRequested, this, &MainWindow::chooseFilesToImport);
    connect(m_file, &FileActions::closeRequested, this, [this] {
        saveTyping();
        setWorkspace(nullptr);
    });
    connect(m_file, &FileActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_file, &FileActions::errorOccurred, this, &MainWindow::showError);

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

    (new HelpActions(this))->addTo(menuBar()->addMenu(tr("&Aide")));
}

Workspace* MainWindow::workspace() const
{
    return m_campaign ? &m_campaign->workspace() : nullptr;
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_loading->stop();
    m_detail->setCampaign(nullptr);
    m_scoring->setCampaign(nullptr);
    m_instruction->setCampaign(nullptr);
    m_editing->setCampaign(nullptr);
    m_loading->clear();
    m_campaign = workspace ? std::make_unique<Campaign>(std::move(workspace)) : nullptr;

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
    m_file->setCampaign(m_campaign.get());
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
            m_loading->load(m_campaign.get(), false);
        else
            updateMarked(m_proxy->restrictions()); // after the list's instruction is updated
    });

    m_loading->load(m_campaign.get(), true);
}

void MainWindow::onWorkspaceDamaged(const QString& message)
{
    // Nothing has been written: close the file and say why.
    setWorkspace(nullptr);
    showError(message);
    emit loadingFinished();
}

bool MainWindow::openWorkspace(const QString& path)
{
    auto workspace = Workspace::open(path, Workspace::Access::ReadWrite, probe::Integrity::Defer);
    if (!workspace) {
        showError(workspace.error().message);
        return false;
    }
    m_file->rememberRecent(workspace.value()->path());
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
    m_file->rememberRecent(workspace.value()->path());
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

void MainWindow::updateStatus()
{
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();
    QString text = tr("%n dossier(s) affiché(s) sur %1", nullptr, shown).arg(loaded);
    if (!m_loading->isComplete())
        text += QStringLiteral(" — ") + tr("chargement…");
    m_countLabel->setText(text);
    updatePage();
}

void MainWindow::updatePage()
{
    // The welcome page when there is nothing to list; never while dossiers are on their way.
    const bool nothing = !m_campaign || (m_loading->isComplete() && m_model->rowCount() == 0);
    if (nothing)
        m_welcome->show(m_campaign ? QFileInfo(m_campaign->workspace().path()).fileName()
                                   : QString(),
                        m_campaign && !m_campaign->isReadOnly() && m_loading->isVerified(),
                        recent_workspaces::list());
    m_pages->setCurrentWidget(nothing ? static_cast<QWidget*>(m_welcome) : m_pages->widget(0));
    m_table->showNoMatch(!nothing && m_proxy->rowCount() == 0);
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
    const bool writable = open && !m_campaign->isReadOnly() && m_loading->isVerified();
    m_file->setWritable(writable);
    m_instruction->setWritable(writable);
    m_envelope->setWritable(writable);
    m_committee->setWritable(writable);
    m_documents->setWritable(writable);
}

bool MainWindow::isLoading() const
{
    return m_loading->isLoading();
}

void MainWindow::updateWritable()
{
    // The note and the scores wait for the integrity check, as the instruction's writes do.
    const bool writable = m_loading->isVerified() && m_campaign && !m_campaign->isReadOnly();
    m_detail->setWritable(writable);
    m_scoring->setWritable(writable);
    updateActions();
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
    m_table->saveColumns();
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
    m_table->restoreColumns();
}

void MainWindow::saveTyping()
{
    m_detail->showDossier(std::nullopt); // saves a note being typed
    m_scoring->commitPendingEdits();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveTyping();
    saveLayout();
    event->accept();
}

} // namespace guichet
