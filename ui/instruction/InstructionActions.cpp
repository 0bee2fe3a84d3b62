#include "InstructionActions.h"

#include "ConflictDialog.h"
#include "ConflictListDialog.h"
#include "EligibilityDialog.h"
#include "ScoringPanel.h"
#include "campaign/Campaign.h"
#include "dossiers/DossierFilterProxy.h"
#include "dossiers/DossierTableModel.h"
#include "grid/SelectionGridWindow.h"
#include "instruction/ScorePackage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

#include <memory>
#include <utility>

namespace guichet {

InstructionActions::InstructionActions(Window window, QObject* parent)
    : QObject(parent)
    , m_window(window.widget)
    , m_table(window.table)
    , m_model(window.model)
    , m_proxy(window.proxy)
    , m_tabs(window.tabs)
    , m_scoring(window.scoring)
    , m_editing(window.editing)
    , m_currentDossier(std::move(window.currentDossier))
{}

InstructionActions::~InstructionActions()
{
    stop();
}

void InstructionActions::addTo(QMenu* menu)
{
    auto add = [&](const QString& text, void (InstructionActions::*slot)(),
                   const QKeySequence& shortcut, bool writes) {
        QAction* action = menu->addAction(text, this, slot);
        action->setShortcut(shortcut);
        (writes ? m_writeActions : m_readActions).append(action);
    };
    add(tr("&Noter le dossier"), &InstructionActions::scoreCurrentDossier, QKeySequence(Qt::Key_F2),
        false);
    add(tr("Dossier &suivant à noter"), &InstructionActions::goToNextDossierToScore,
        QKeySequence(Qt::Key_F8), false);
    add(tr("&Éligibilité du dossier…"), &InstructionActions::decideEligibility,
        QKeySequence(Qt::CTRL | Qt::Key_E), false);
    menu->addSeparator();
    add(tr("&Grille de sélection"), &InstructionActions::showSelectionGrid,
        QKeySequence(Qt::CTRL | Qt::Key_G), false);
    menu->addSeparator();
    add(tr("&Déclarer un lien d'intérêt…"), &InstructionActions::declareConflict, QKeySequence(),
        true);
    add(tr("&Liens d'intérêt déclarés…"), &InstructionActions::showConflicts, QKeySequence(),
        false);
    menu->addSeparator();
    add(tr("E&xporter mes notes…"), &InstructionActions::exportMyScores, QKeySequence(), false);
    add(tr("&Importer des notes…"), &InstructionActions::importScores, QKeySequence(), true);
    updateActions();
}

void InstructionActions::setCampaign(Campaign* campaign)
{
    stop();
    if (m_grid)
        m_grid->close();
    if (m_campaign)
        disconnect(m_campaign, nullptr, this, nullptr);
    m_campaign = campaign;
    if (m_campaign) {
        // Verdicts, scores and ranks follow every change to instruction data, whoever made it.
        connect(m_campaign, &Campaign::changed, this, [this](const Change& change) {
            if (!change.changesInstruction() || change.kind == Change::Kind::Dossiers)
                return; // an import reloads the whole list, and this with it
            if (change.dossiers.isEmpty()) {
                refresh();
                return;
            }
            for (qint64 number : change.dossiers)
                refresh(number);
        });
    }
    m_writable = false;
    updateActions();
}

void InstructionActions::setWritable(bool writable)
{
    m_writable = writable;
    updateActions();
}

void InstructionActions::updateActions()
{
    for (QAction* action : std::as_const(m_readActions))
        action->setEnabled(m_campaign != nullptr);
    for (QAction* action : std::as_const(m_writeActions))
        action->setEnabled(m_campaign && m_writable);
}

void InstructionActions::stop()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->wait();
        delete m_job;
        m_job = nullptr;
    }
    m_stale = false;
}

void InstructionActions::refresh()
{
    if (!m_campaign)
        return;
    if (m_job) {
        m_stale = true;
        return;
    }
    // The scores and decisions are read here (small tables, this thread's connection); the
    // verdicts, consolidations and ranks of every dossier are computed on a worker: at 100 000
    // dossiers that takes about half a second the window should not freeze for.
    const InstructionStore& store = m_campaign->instruction();
    auto result = std::make_shared<InstructionOverview>();
    m_job = QThread::create([result, dossiers = m_model->dossiers(),
                             programme = m_campaign->programme(), scores = store.allScores(),
                             decisions = store.allDecisions()] {
        *result = InstructionOverview::compute(dossiers, programme, scores, decisions);
    });
    QThread* job = m_job;
    connect(job, &QThread::finished, this, [this, job, result] {
        // A job stopped with its workspace may still deliver a queued finished(): ignore it.
        if (job != m_job)
            return;
        job->deleteLater();
        m_job = nullptr;
        m_model->setInstruction(std::move(*result));
        m_proxy->instructionChanged();
        if (std::exchange(m_stale, false))
            refresh();
        else
            emit computed();
    });
    m_job->start(QThread::LowPriority);
}

void InstructionActions::refresh(qint64 number)
{
    const int row = m_model->rowOfNumber(number);
    if (!m_campaign || row < 0)
        return;
    if (m_job) {
        m_stale = true; // the job's result would miss this change
        return;
    }
    const InstructionStore& store = m_campaign->instruction();
    m_model->updateInstruction(row, m_campaign->programme(), store.scores(number),
                               store.decisions(number));
    m_proxy->instructionChanged();
}

void InstructionActions::scoreCurrentDossier()
{
    if (!m_currentDossier())
        return;
    m_tabs->setCurrentWidget(m_scoring);
    m_scoring->focusFirstCriterion();
}

void InstructionActions::goToNextDossierToScore()
{
    if (!m_campaign)
        return;
    // The next dossier in the list's order that this instructor has still to score.
    const QSet<qint64> todo = dossiersToScore();
    const int rows = m_proxy->rowCount();
    const int start = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = (start + step) % rows;
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        if (!todo.contains(m_model->dossier(source).number))
            continue;
        m_table->selectRow(row);
        m_table->scrollTo(m_proxy->index(row, 0));
        scoreCurrentDossier();
        return;
    }
    emit message(tr("Plus aucun dossier à noter dans cette liste."), 5000);
}

QSet<qint64> InstructionActions::dossiersToScore() const
{
    if (!m_campaign)
        return {};
    const QString me = m_campaign->actor();
    const InstructionStore& store = m_campaign->instruction();
    return m_model->instruction().toScoreBy(me, m_model->dossiers(), store.scoresBy(me),
                                            store.conflicts());
}

void InstructionActions::decideEligibility()
{
    const std::optional<Dossier> dossier = m_currentDossier();
    if (!m_campaign || !dossier)
        return;
    EligibilityDialog dialog(*m_editing, *dossier, m_writable, m_window);
    connect(&dialog, &EligibilityDialog::decisionsSaved, this, [this](qint64 number) {
        emit message(tr("Éligibilité du dossier %1 enregistrée.").arg(number), 4000);
    });
    dialog.exec();
}

void InstructionActions::showSelectionGrid()
{
    if (!m_campaign)
        return;
    if (!m_grid) {
        m_grid = new SelectionGridWindow(m_window);
        connect(m_grid, &SelectionGridWindow::errorOccurred, this,
                &InstructionActions::errorOccurred);
    }
    m_grid->follow(m_campaign->programme(), m_model);
    m_grid->show();
    m_grid->raise();
    m_grid->activateWindow();
}

void InstructionActions::declareConflict()
{
    if (!m_campaign)
        return;
    const auto current = m_currentDossier();
    ConflictDialog dialog(*m_editing, m_model->dossiers(),
                          current ? current->applicantSiren : QString(), m_window);
    connect(&dialog, &ConflictDialog::declared, this, [this](int withdrawn) {
        emit message(tr("Lien déclaré ; %n note(s) retirée(s).", nullptr, withdrawn), 5000);
    });
    dialog.exec();
}

void InstructionActions::showConflicts()
{
    if (!m_campaign)
        return;
    ConflictListDialog(*m_editing, m_writable, m_window).exec();
}

void InstructionActions::exportMyScores()
{
    if (!m_campaign)
        return;
    const QString me = m_campaign->actor();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Exporter mes notes"),
        tr("notes-%1.json").arg(me.simplified().replace(QLatin1Char(' '), QLatin1Char('-'))),
        tr("Paquets de notes (*.json)"));
    if (path.isEmpty())
        return;
    const auto summary =
        score_package::write(m_campaign->workspace().database(), m_campaign->programme(), me, path);
    if (!summary) {
        emit errorOccurred(summary.error().message);
        return;
    }
    QMessageBox::information(
        m_window, tr("Exporter mes notes"),
        tr("%1 : %2 exportés.").arg(QFileInfo(path).fileName(), summary->toText()));
}

void InstructionActions::importScores()
{
    if (!m_campaign)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Importer des notes"), QString(),
                                                      tr("Paquets de notes (*.json)"));
    if (path.isEmpty())
        return;
    const auto report = m_campaign->mergeScorePackage(path);
    if (!report) {
        emit errorOccurred(report.error().message);
        return;
    }
    // Not undoable (a colleague's work), and the instructor's own edits stay undoable.
    QMessageBox::information(m_window, tr("Importer des notes"), report->toText());
}

} // namespace guichet
