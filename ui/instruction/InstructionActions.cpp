#include "InstructionActions.h"

#include "EligibilityDialog.h"
#include "ScoringPanel.h"
#include "campaign/Campaign.h"
#include "commands/ConflictCommand.h"
#include "dossiers/DossierFilterProxy.h"
#include "dossiers/DossierTableModel.h"
#include "grid/SelectionGridWindow.h"
#include "instruction/ScorePackage.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

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
    // The next dossier in the list's order that this instructor has not scored on every
    // criterion, that is not set apart as ineligible, and that no declared link bars.
    const QString me = m_campaign->actor();
    const InstructionStore& store = m_campaign->instruction();
    QHash<qint64, int> levelsGiven;
    for (const Score& s : store.scoresBy(me)) {
        if (s.level)
            ++levelsGiven[s.dossier];
    }
    QSet<QString> barred; // SIRENs of applicants this instructor declared a link with
    for (const ConflictDeclaration& c : store.conflicts()) {
        if (c.person == me)
            barred.insert(c.applicantSiren);
    }
    const int rows = m_proxy->rowCount();
    const int start = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = (start + step) % rows;
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        const DossierInstruction* i = m_model->instruction(source);
        const Dossier& d = m_model->dossier(source);
        if (!i || i->eligibility.verdict == EligibilityAssessment::Verdict::NotEligible ||
            levelsGiven.value(d.number) >= i->consolidation.criteria.size() ||
            barred.contains(d.applicantSiren))
            continue;
        m_table->selectRow(row);
        m_table->scrollTo(m_proxy->index(row, 0));
        scoreCurrentDossier();
        return;
    }
    emit message(tr("Plus aucun dossier à noter dans cette liste."), 5000);
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
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Déclarer un lien d'intérêt"));
    auto* form = new QFormLayout(&dialog);
    auto* person = new QLineEdit(m_campaign->actor(), &dialog);
    auto* applicant = new QComboBox(&dialog);
    // Keyed by SIREN: several communes share a name. Sorted by name, the SIREN shown.
    QMap<QString, QString> applicants; // SIREN → name
    for (const Dossier& d : m_model->dossiers()) {
        if (!d.applicantSiren.isEmpty())
            applicants.insert(d.applicantSiren, d.applicantName);
    }
    QList<std::pair<QString, QString>> byName;
    for (auto it = applicants.cbegin(); it != applicants.cend(); ++it)
        byName.append({it.value(), it.key()});
    std::sort(byName.begin(), byName.end());
    for (const auto& [name, siren] : byName)
        applicant->addItem(tr("%1 — SIREN %2").arg(name, siren), siren);
    if (const auto current = m_currentDossier())
        applicant->setCurrentIndex(applicant->findData(current->applicantSiren));
    auto* link = new QLineEdit(&dialog);
    link->setPlaceholderText(tr("ex. : conseiller municipal, conjoint d'un élu"));
    form->addRow(tr("&Personne :"), person);
    form->addRow(tr("&Demandeur :"), applicant);
    form->addRow(tr("&Lien :"), link);
    auto* note = new QLabel(tr("Ses notes sur les dossiers de ce demandeur seront retirées et "
                               "refusées ; la déclaration est conservée pour le comité."),
                            &dialog);
    note->setWordWrap(true);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString siren = applicant->currentData().toString();
    auto withdrawn = m_campaign->declareConflict(
        {person->text(), siren, applicants.value(siren), link->text(), {}});
    if (!withdrawn) {
        emit errorOccurred(withdrawn.error().message);
        return;
    }
    const int count = int(withdrawn->scores.size());
    m_editing->push(new ConflictCommand(*m_editing, std::move(withdrawn.value())));
    emit message(tr("Lien déclaré ; %n note(s) retirée(s).", nullptr, count), 5000);
}

void InstructionActions::showConflicts()
{
    if (!m_campaign)
        return;
    const QList<ConflictDeclaration> conflicts = m_campaign->instruction().conflicts();
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Liens d'intérêt déclarés"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(int(conflicts.size()), 4, &dialog);
    table->setHorizontalHeaderLabels(
        {tr("Personne"), tr("Demandeur"), tr("Lien"), tr("Déclaré le")});
    for (int row = 0; row < conflicts.size(); ++row) {
        const ConflictDeclaration& c = conflicts.at(row);
        const QStringList cells = {
            c.person, c.applicantName, c.link,
            QLocale(QLocale::French)
                .toString(c.declaredAt.toLocalTime(), QStringLiteral("dd/MM/yyyy"))};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 320);
    dialog.exec();
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
    QMessageBox::information(m_window, tr("Exporter mes notes"),
                             tr("%1 : %2 note(s), %3 avis et %4 décision(s) d'éligibilité "
                                "exportés.")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(summary->scores)
                                 .arg(summary->opinions)
                                 .arg(summary->decisions));
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
