#include "DocumentActions.h"

#include "DocumentPreviewDialog.h"
#include "LetterGenerator.h"
#include "LetterheadDialog.h"
#include "PrintableSheets.h"
#include "RegisterDialog.h"
#include "TemplateEditorDialog.h"
#include "campaign/Campaign.h"
#include "common/Clock.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

namespace guichet {

DocumentActions::DocumentActions(QMainWindow* window, Editing* editing,
                                 std::function<std::optional<Dossier>()> currentDossier)
    : QObject(window)
    , m_window(window)
    , m_editing(editing)
    , m_currentDossier(std::move(currentDossier))
    , m_letterhead(new QAction(tr("&En-tête des documents…"), this))
    , m_templates(new QAction(tr("&Modèles de documents…"), this))
    , m_preview(new QAction(tr("&Documents du dossier…"), this))
    , m_issueAll(new QAction(tr("É&mettre les documents de toutes les décisions…"), this))
    , m_printSheet(new QAction(tr("Imprimer la &fiche d'instruction…"), this))
    , m_printGrid(new QAction(tr("Imprimer la &grille de sélection…"), this))
    , m_register(new QAction(tr("&Registre des actes…"), this))
{
    m_printSheet->setObjectName(QStringLiteral("printSheetAction"));
    m_printSheet->setShortcut(QKeySequence::Print);
    m_printSheet->setStatusTip(tr("Éligibilité et motifs, notes et consolidation, proposition "
                                  "et historique du dossier affiché, en PDF"));
    m_printGrid->setObjectName(QStringLiteral("printGridAction"));
    connect(m_printSheet, &QAction::triggered, this, [this] { printSheet(); });
    connect(m_printGrid, &QAction::triggered, this, [this] { printGrid(); });
    m_preview->setObjectName(QStringLiteral("previewDocumentsAction"));
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_preview->setStatusTip(tr("Arrêté et lettres de la décision du dossier affiché : aperçu, "
                               "puis émission"));
    connect(m_letterhead, &QAction::triggered, this, &DocumentActions::editLetterhead);
    connect(m_templates, &QAction::triggered, this, &DocumentActions::editTemplates);
    connect(m_preview, &QAction::triggered, this, &DocumentActions::previewDossier);
    connect(m_issueAll, &QAction::triggered, this, [this] { issueAll(); });
    m_register->setObjectName(QStringLiteral("registerAction"));
    m_register->setStatusTip(tr("Les documents émis, dans l'ordre d'émission : réimpression "
                                "à l'identique, export"));
    connect(m_register, &QAction::triggered, this, &DocumentActions::showRegister);
    updateActions();
}

void DocumentActions::addTo(QMenu* menu)
{
    menu->addAction(m_preview);
    menu->addAction(m_issueAll);
    menu->addAction(m_register);
    menu->addSeparator();
    menu->addAction(m_printSheet);
    menu->addAction(m_printGrid);
    menu->addSeparator();
    menu->addAction(m_letterhead);
    menu->addAction(m_templates);
}

void DocumentActions::setCampaign(Campaign* campaign)
{
    if (m_registerDialog && campaign != m_campaign)
        delete m_registerDialog; // it shows the register of the workspace closed
    m_campaign = campaign;
    updateActions();
}

void DocumentActions::setWritable(bool writable)
{
    m_writable = writable;
    updateActions();
}

void DocumentActions::updateActions()
{
    const bool open = m_campaign != nullptr;
    const bool writable = open && m_writable && !m_campaign->isReadOnly();
    m_preview->setEnabled(open);
    m_printSheet->setEnabled(open);
    m_printGrid->setEnabled(open);
    m_register->setEnabled(open);
    m_letterhead->setEnabled(writable);
    m_templates->setEnabled(writable);
    m_issueAll->setEnabled(writable);
}

void DocumentActions::editLetterhead()
{
    if (!m_campaign || !m_letterhead->isEnabled())
        return;
    LetterheadDialog dialog(*m_editing, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit message(tr("En-tête des documents enregistré."), 4000);
}

void DocumentActions::editTemplates()
{
    if (!m_campaign || !m_templates->isEnabled())
        return;
    TemplateEditorDialog dialog(*m_editing, m_window);
    dialog.exec();
}

void DocumentActions::previewDossier()
{
    const std::optional<Dossier> dossier = m_currentDossier();
    if (!m_campaign || !dossier)
        return;
    DocumentPreviewDialog dialog(*m_editing, dossier->number, m_window);
    dialog.exec();
}

RegisterDialog* DocumentActions::showRegister()
{
    if (!m_campaign)
        return nullptr;
    if (!m_registerDialog) {
        m_registerDialog = new RegisterDialog(*m_campaign, m_window);
        m_registerDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_registerDialog->show();
    m_registerDialog->raise();
    m_registerDialog->activateWindow();
    return m_registerDialog;
}

void DocumentActions::issueAll(QString folder)
{
    if (!m_campaign || !m_issueAll->isEnabled())
        return;
    if (folder.isEmpty())
        folder = QFileDialog::getExistingDirectory(m_window, tr("Dossier où écrire les PDF"));
    if (folder.isEmpty())
        return;
    LetterGenerator::Batch batch;
    batch.dossiers = DecisionFacts::decidedDossiers(*m_campaign);
    batch.date = clock::today();
    batch.issue = true;
    batch.outputDir = folder;
    QProgressDialog progress(tr("Émission des documents des décisions…"), tr("Annuler"), 0,
                             int(batch.dossiers.size()), m_window);
    progress.setObjectName(QStringLiteral("issueProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    auto report = LetterGenerator(*m_campaign).run(batch, [&progress](int done, int) {
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!report) {
        QMessageBox::warning(m_window, tr("Documents"), report.error().message);
        return;
    }
    emit message(report->cancelled
                     ? tr("Émission interrompue : %n document(s) émis ; relancez pour "
                          "continuer.",
                          nullptr, report->issued)
                     : tr("%n document(s) émis.", nullptr, report->issued),
                 6000);
}

void DocumentActions::printSheet(QString path)
{
    const std::optional<Dossier> dossier = m_currentDossier();
    if (!m_campaign || !dossier)
        return;
    print(printable_sheets::instructionSheet(*m_campaign, dossier->number),
          tr("fiche d'instruction %1.pdf").arg(dossier->number), std::move(path));
}

void DocumentActions::printGrid(QString path)
{
    if (!m_campaign)
        return;
    print(printable_sheets::selectionGrid(*m_campaign, QString()), tr("grille de sélection.pdf"),
          std::move(path));
}

void DocumentActions::print(const Result<PageSource>& sheet, const QString& suggested, QString path)
{
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(m_window, tr("Imprimer en PDF"), suggested,
                                            tr("Documents PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status status = printable_sheets::writePdf(sheet, path); !status)
        QMessageBox::warning(m_window, tr("Impression impossible"), status.error().message);
    else
        emit message(tr("PDF enregistré : %1").arg(path), 6000);
}

} // namespace guichet
