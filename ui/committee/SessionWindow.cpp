#include "SessionWindow.h"

#include "AgendaModel.h"
#include "AvisPanel.h"
#include "Minutes.h"
#include "PrintableSheets.h"
#include "ProjectionControl.h"
#include "RecusalBox.h"
#include "SessionDecisionsDialog.h"
#include "SessionDialog.h"
#include "SessionGauge.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "commands/SessionCommand.h"
#include "common/AtomicFile.h"
#include "common/Clock.h"
#include "common/Format.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet {

SessionWindow::SessionWindow(Campaign& campaign, Editing* editing, QWidget* parent)
    : QMainWindow(parent, Qt::Window)
    , m_campaign(campaign)
    , m_editing(editing)
    , m_sessions(new QComboBox(this))
    , m_title(new QLabel(this))
    , m_quorum(new QLabel(this))
    , m_model(new AgendaModel(this))
    , m_table(new QTableView(this))
    , m_avis(new AvisPanel(*editing, this))
    , m_recusals(new RecusalBox(*editing, this))
    , m_gauge(new SessionGauge(this))
{
    setObjectName(QStringLiteral("sessionWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_sessions->setObjectName(QStringLiteral("sessionCombo"));
    m_title->setObjectName(QStringLiteral("sessionTitleLabel"));
    m_title->setWordWrap(true);
    m_quorum->setObjectName(QStringLiteral("sessionStateLabel"));
    m_quorum->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("agendaTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setDropIndicatorShown(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AgendaModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                const qint64 dossier = m_model->dossierAt(index.row());
                if (dossier && dossier != m_current) {
                    m_current = dossier;
                    updateCurrent();
                    emit currentDossierChanged(m_session, m_current);
                }
            });
    connect(m_model, &AgendaModel::reorderRequested, this, [this](const QList<qint64>& order) {
        const QList<qint64> before = m_campaign.committee().agendaOrder(m_session);
        if (Status status = m_campaign.reorderAgenda(m_session, order); !status) {
            statusBar()->showMessage(status.error().message, 8000);
            return;
        }
        m_editing->push(SessionCommand::order(*m_editing, m_session, before, order));
    });
    connect(m_sessions, &QComboBox::activated, this,
            [this] { setSession(m_sessions->currentData().toInt()); });
    connect(m_avis, &AvisPanel::recorded, this, [this](qint64 dossier) {
        statusBar()->showMessage(tr("Avis sur le dossier %1 enregistré.").arg(dossier), 4000);
    });
    connect(m_editing, &Editing::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(&m_campaign, &Campaign::changed, this, &SessionWindow::follow);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Séance :"), this));
    top->addWidget(m_sessions);
    top->addWidget(m_title, 1);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_avis);
    sideLayout->addWidget(m_recusals);
    sideLayout->addStretch();
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 360});
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(top);
    layout->addWidget(m_quorum);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_gauge);
    setCentralWidget(central);
    m_projection = new ProjectionControl(campaign, this);
    createMenus();
    // Room for the agenda and the avis side by side, within a laptop's 1280×720 screen.
    QSize size(1400, 800);
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
    setSession(0);
}

void SessionWindow::createMenus()
{
    QMenu* session = menuBar()->addMenu(tr("&Séance"));
    m_edit = session->addAction(tr("&Détails et présence…"), this, &SessionWindow::editSession);
    m_edit->setObjectName(QStringLiteral("editSessionAction"));
    QAction* print = session->addAction(tr("&Imprimer l'ordre du jour (PDF)…"), this,
                                        &SessionWindow::printAgenda);
    print->setShortcut(QKeySequence::Print);
    session->addSeparator();
    m_allProposals = session->addAction(tr("Avis favorable sur &toutes les propositions…"), this,
                                        &SessionWindow::recordAllProposals);
    m_allProposals->setObjectName(QStringLiteral("allProposalsAction"));
    m_validate = session->addAction(tr("&Valider la séance…"), this, &SessionWindow::validate);
    m_validate->setObjectName(QStringLiteral("validateSessionAction"));
    m_decide =
        session->addAction(tr("&Prendre les décisions…"), this, &SessionWindow::takeDecisions);
    m_decide->setObjectName(QStringLiteral("takeDecisionsAction"));
    session->addSeparator();
    session->addAction(tr("Projet de &compte rendu (PDF ou ODT)…"), this,
                       &SessionWindow::saveMinutesDraft);
    m_issueMinutes =
        session->addAction(tr("É&mettre le compte rendu…"), this, &SessionWindow::askIssueMinutes);
    m_issueMinutes->setObjectName(QStringLiteral("issueMinutesAction"));
    session->addSeparator();
    m_remove = session->addAction(tr("&Supprimer la séance…"), this, &SessionWindow::removeSession);
    m_remove->setObjectName(QStringLiteral("removeSessionAction"));
    QAction* close = session->addAction(tr("&Fermer"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu* edit = menuBar()->addMenu(tr("É&dition"));
    // The main window's undo stack: an avis recorded here is undone from either window.
    edit->addAction(m_editing->createUndoAction(this));
    edit->addAction(m_editing->createRedoAction(this));

    QMenu* dossier = menuBar()->addMenu(tr("&Dossier"));
    QAction* next = dossier->addAction(tr("Dossier &suivant"), this, &SessionWindow::nextDossier);
    next->setObjectName(QStringLiteral("nextDossierAction"));
    next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::Key_F4)});
    QAction* previous =
        dossier->addAction(tr("Dossier &précédent"), this, &SessionWindow::previousDossier);
    previous->setObjectName(QStringLiteral("previousDossierAction"));
    previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::Key_F3)});
    dossier->addSeparator();
    for (int i = 0; i < int(AvisPanel::kinds().size()); ++i) {
        const Avis::Kind kind = AvisPanel::kinds()[i];
        QAction* action = dossier->addAction(tr("Avis « %1 »").arg(Avis::label(kind)), this,
                                             [this, kind] { m_avis->recordKind(kind); });
        action->setShortcut(QKeySequence(Qt::Key_F5 + i));
        m_kindActions.append(action);
    }

    m_projection->addTo(menuBar()->addMenu(tr("&Projection")));
}

bool SessionWindow::writable() const
{
    return !m_campaign.isReadOnly();
}

void SessionWindow::fillSessions()
{
    const QSignalBlocker blocker(m_sessions);
    m_sessions->clear();
    for (const Session& session : m_campaign.committee().sessions())
        m_sessions->addItem(session.isValidated()
                                ? tr("n° %1 du %2 (validée)")
                                      .arg(session.number)
                                      .arg(session.date.toString(QStringLiteral("dd/MM/yyyy")))
                                : tr("n° %1 du %2")
                                      .arg(session.number)
                                      .arg(session.date.toString(QStringLiteral("dd/MM/yyyy"))),
                            session.number);
    m_sessions->setCurrentIndex(m_sessions->findData(m_session));
}

int SessionWindow::defaultSession() const
{
    // The open session, else the latest: the one a secretary opening the window works on.
    const QList<Session> sessions = m_campaign.committee().sessions();
    int number = 0;
    for (const Session& session : sessions)
        if (!session.isValidated())
            number = session.number;
    if (number == 0 && !sessions.isEmpty())
        number = sessions.constLast().number;
    return number;
}

void SessionWindow::setSession(int number)
{
    m_session = number == 0 ? defaultSession() : number;
    m_current = 0;
    reload();
}

void SessionWindow::follow(const Change& change)
{
    // A session's agenda reads the instruction, the amounts and the ledger: any change may
    // touch it, except a note.
    if (change.kind == Change::Kind::Note)
        return;
    reload();
}

void SessionWindow::reload()
{
    if (m_session > 0 && !m_campaign.committee().session(m_session)) {
        m_session = defaultSession(); // removed, or its creation undone
        m_current = 0;
    }
    fillSessions();
    std::optional<SessionAgenda> agenda;
    if (m_session > 0) {
        Result<SessionAgenda> loaded = SessionAgenda::load(m_campaign.workspace().database(),
                                                           m_campaign.programme(), m_session);
        if (loaded)
            agenda = std::move(*loaded);
        else
            statusBar()->showMessage(loaded.error().message);
    }
    const qint64 previous = m_current;
    m_model->setReorderable(agenda && !agenda->session().isValidated() && writable());
    m_model->setAgenda(std::move(agenda));
    const std::optional<SessionAgenda>& shown = m_model->agenda();
    setWindowTitle(shown ? tr("%1 — Guichet").arg(shown->session().title())
                         : tr("Séances du comité — Guichet"));
    if (shown) {
        const Session& session = shown->session();
        m_title->setText(tr("<b>%1</b> — président : %2, secrétaire : %3")
                             .arg(session.title().toHtmlEscaped(), session.chair.toHtmlEscaped(),
                                  session.secretary.toHtmlEscaped()));
        const Quorum quorum = session.quorum(m_campaign.programme().committeeQuorum);
        m_quorum->setText(
            session.isValidated()
                ? tr("Validée le %1 par %2 : les avis sont verrouillés, tout "
                     "changement est un amendement motivé. Quorum : %3.")
                      .arg(session.validatedAt.toLocalTime().toString(
                               QStringLiteral("dd/MM/yyyy HH:mm")),
                           session.validatedBy, quorum.describe())
                : tr("Séance ouverte — %n membre(s) siégeant. Quorum : %1.", "", quorum.seated)
                      .arg(quorum.describe()));
        m_gauge->setGauge(shown->gauge());
    } else {
        m_title->setText(tr("Aucune séance : créez-en une depuis le menu Comité."));
        m_quorum->clear();
    }
    m_gauge->setVisible(shown.has_value());
    int row = m_model->rowOf(previous);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    m_current = m_model->dossierAt(row);
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        if (row >= 0)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    // The title takes what is left: the long names and the members leaving are capped (their
    // whole text is in the tooltip), so that it stays readable at 1280 pixels.
    for (int column : {int(AgendaModel::Applicant), int(AgendaModel::Room)})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 190));
    m_table->horizontalHeader()->setSectionResizeMode(AgendaModel::Title, QHeaderView::Stretch);
    updateCurrent();
    const bool open = shown && !shown->session().isValidated() && writable();
    m_edit->setEnabled(open);
    m_allProposals->setEnabled(open);
    m_validate->setEnabled(open);
    m_decide->setEnabled(shown && shown->session().isValidated() && writable());
    m_issueMinutes->setEnabled(m_decide->isEnabled());
    // Only the latest session can go (the numbering keeps no gap); the campaign says why not
    // when the committee already gave avis in it.
    const int latest =
        m_sessions->count() ? m_sessions->itemData(m_sessions->count() - 1).toInt() : 0;
    m_remove->setEnabled(open && latest == m_session); // the list fillSessions() made
    if (m_current != previous && m_current)
        emit currentDossierChanged(m_session, m_current);
}

void SessionWindow::updateCurrent()
{
    const std::optional<SessionAgenda>& agenda = m_model->agenda();
    const AgendaEntry* entry = agenda ? agenda->find(m_current) : nullptr;
    const SessionAgenda* shown = agenda ? &*agenda : nullptr;
    m_avis->setEntry(shown, entry, writable());
    m_recusals->setEntry(shown, entry, writable());
}

void SessionWindow::showDossier(qint64 dossier)
{
    const int row = m_model->rowOf(dossier);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, AgendaModel::Applicant));
}

void SessionWindow::moveBy(int step)
{
    const int row = m_model->rowOf(m_current) + step;
    if (row >= 0 && row < m_model->rowCount())
        showDossier(m_model->dossierAt(row));
}

void SessionWindow::nextDossier()
{
    moveBy(1);
}

void SessionWindow::previousDossier()
{
    moveBy(-1);
}

void SessionWindow::editSession()
{
    const std::optional<Session> session = m_campaign.committee().session(m_session);
    if (!session || session->isValidated())
        return;
    SessionDialog(*m_editing, session, this).exec();
}

void SessionWindow::recordAllProposals()
{
    if (QMessageBox::question(this, tr("Avis favorable sur toutes les propositions"),
                              tr("Donner un avis favorable, au montant proposé, à chaque dossier "
                                 "de l'ordre du jour qui n'a pas encore d'avis ?")) !=
        QMessageBox::Yes)
        return;
    const Result<QList<qint64>> given = m_campaign.recordAllProposals(m_session);
    if (!given) {
        QMessageBox::warning(this, tr("Avis non enregistrés"), given.error().message);
        return;
    }
    m_editing->push(
        SessionCommand::allProposals(*m_editing, m_session, Avis::Kind::Favorable, {}, *given));
    statusBar()->showMessage(tr("%n avis favorable(s) enregistré(s).", "", int(given->size())),
                             6000);
}

void SessionWindow::validate()
{
    if (QMessageBox::question(this, tr("Valider la séance"),
                              tr("Valider la séance n° %1 ? Ses avis seront verrouillés : tout "
                                 "changement ultérieur sera un amendement motivé.")
                                  .arg(m_session)) != QMessageBox::Yes)
        return;
    // A validation is not taken back: it is what locks the avis.
    if (Status status = m_campaign.validateSession(m_session); !status)
        QMessageBox::warning(this, tr("Séance non validée"), status.error().message);
    else
        statusBar()->showMessage(tr("Séance n° %1 validée.").arg(m_session), 6000);
}

void SessionWindow::removeSession()
{
    const std::optional<SessionAgenda>& agenda = m_model->agenda();
    if (!agenda)
        return;
    const Session session = agenda->session();
    if (QMessageBox::question(this, tr("Supprimer la séance"),
                              tr("Supprimer la séance n° %1 du %2 ? Elle se rétablit avec "
                                 "Édition > Annuler (Ctrl+Z).")
                                  .arg(session.number)
                                  .arg(format::date(session.date))) != QMessageBox::Yes)
        return;
    const QList<qint64> order = m_campaign.committee().agendaOrder(session.number);
    if (Status status = m_campaign.removeSession(session.number); !status) {
        QMessageBox::warning(this, tr("Séance non supprimée"), status.error().message);
        return;
    }
    m_editing->push(SessionCommand::removal(*m_editing, session, order));
    statusBar()->showMessage(tr("Séance n° %1 supprimée.").arg(session.number), 6000);
}

void SessionWindow::takeDecisions()
{
    const std::optional<SessionAgenda>& agenda = m_model->agenda();
    if (!agenda)
        return;
    if (!SessionDecisionsDialog::hasDecisionsToTake(*agenda)) {
        QMessageBox::information(
            this, tr("Aucune décision à prendre"),
            tr("Aucun avis de la séance n° %1 n'attend de décision.").arg(m_session));
        return;
    }
    int decided = 0;
    SessionDecisionsDialog dialog(
        *agenda,
        [this, &decided](SessionDecisionRequest request) -> Status {
            request.date = clock::today();
            const Result<SessionDecisionReport> taken = m_campaign.takeSessionDecisions(request);
            if (!taken)
                return taken.error();
            decided = int(taken->movements.size());
            m_editing->push(SessionCommand::decisions(*m_editing, request));
            return success();
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("%n décision(s) inscrite(s) au registre.", "", decided), 6000);
}

void SessionWindow::printAgenda()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Imprimer l'ordre du jour"), tr("ordre du jour séance %1.pdf").arg(m_session),
        tr("Documents PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status status = writeAgenda(path); !status)
        QMessageBox::warning(this, tr("Ordre du jour non imprimé"), status.error().message);
    else
        statusBar()->showMessage(tr("Ordre du jour enregistré : %1").arg(path), 8000);
}

Status SessionWindow::writeAgenda(const QString& path) const
{
    return printable_sheets::writePdf(printable_sheets::sessionAgenda(m_campaign, m_session), path);
}

void SessionWindow::saveMinutesDraft()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Projet de compte rendu"), tr("compte rendu séance %1.odt").arg(m_session),
        tr("Document ODT, modifiable (*.odt);;Document PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status status = writeMinutesDraft(path); !status)
        QMessageBox::warning(this, tr("Compte rendu non écrit"), status.error().message);
    else
        statusBar()->showMessage(tr("Projet de compte rendu enregistré : %1").arg(path), 8000);
}

Status SessionWindow::writeMinutesDraft(const QString& path) const
{
    const bool odt = path.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive);
    const auto bytes =
        minutes::draft(m_campaign, m_session, odt ? minutes::Format::Odt : minutes::Format::Pdf);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, *bytes);
}

void SessionWindow::askIssueMinutes()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Émettre le compte rendu"), tr("compte rendu séance %1.pdf").arg(m_session),
        tr("Documents PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Émettre le compte rendu"),
                              tr("Le compte rendu de la séance n° %1 sera numéroté au registre "
                                 "et figé : il ne sera plus modifiable. Émettre ?")
                                  .arg(m_session)) != QMessageBox::Yes)
        return;
    if (Status status = issueMinutes(path); !status)
        QMessageBox::warning(this, tr("Compte rendu non émis"), status.error().message);
}

Status SessionWindow::issueMinutes(const QString& path)
{
    const auto issued = minutes::issue(m_campaign, m_session);
    if (!issued)
        return issued.error();
    // Issued and registered: the file is a copy, reprinted from the register if it fails.
    if (Status status = writeFileAtomically(path, issued->content); !status)
        return status;
    statusBar()->showMessage(
        tr("Compte rendu émis : n° %1, enregistré dans %2").arg(issued->number, path), 8000);
    return success();
}

} // namespace guichet
