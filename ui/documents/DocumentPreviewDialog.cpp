#include "DocumentPreviewDialog.h"

#include "TemplateEditorDialog.h"
#include "commands/Editing.h"
#include "common/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

DocumentPreviewDialog::DocumentPreviewDialog(Editing& editing, qint64 dossier, QWidget* parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_dossier(dossier)
    , m_generator(*editing.campaign())
    , m_documents(new QComboBox(this))
    , m_date(new QDateEdit(clock::today(), this))
    , m_status(new QLabel(this))
    , m_pdf(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_edit(new QPushButton(tr("&Modifier ce document…"), this))
    , m_issue(new QPushButton(tr("É&mettre"), this))
{
    setWindowTitle(tr("Documents du dossier %1").arg(dossier));
    m_documents->setObjectName(QStringLiteral("previewDocuments"));
    m_issue->setObjectName(QStringLiteral("issueButton"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_view->setDocument(m_pdf);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_issue->setToolTip(tr("Numérote les documents au registre et en fige une copie dans le "
                           "classeur"));
    m_issue->setEnabled(!editing.campaign()->isReadOnly());
    // Issued already: what can be issued now is a correction, citing what it replaces.
    m_correction = m_generator.hasIssued(dossier);
    if (m_correction) {
        m_issue->setText(tr("É&mettre une correction"));
        m_issue->setToolTip(tr("Émet de nouveaux documents, numérotés, qui annulent et "
                               "remplacent ceux émis en dernier (ils restent au registre)"));
    }

    connect(m_documents, &QComboBox::currentIndexChanged, this,
            &DocumentPreviewDialog::showCurrent);
    connect(m_date, &QDateEdit::dateChanged, this, &DocumentPreviewDialog::refresh);
    connect(m_edit, &QPushButton::clicked, this, &DocumentPreviewDialog::editCurrent);
    connect(m_issue, &QPushButton::clicked, this, &DocumentPreviewDialog::issue);

    auto* top = new QHBoxLayout;
    top->addWidget(m_documents, 2);
    top->addWidget(new QLabel(tr("Date :"), this));
    top->addWidget(m_date);
    top->addWidget(m_edit);
    top->addWidget(m_issue);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 1000);
    refresh();
}

bool DocumentPreviewDialog::refresh()
{
    if (m_issued)
        return true;
    auto drafts = m_generator.drafts(m_dossier, m_date->date(), m_edits);
    if (!drafts) {
        m_status->setText(drafts.error().message);
        m_edit->setEnabled(false);
        m_issue->setEnabled(false);
        return false;
    }
    m_shown = *drafts;
    m_status->setText(tr("Projet : les documents ne sont numérotés et figés qu'à l'émission."));
    const int current = std::max(0, m_documents->currentIndex());
    m_documents->blockSignals(true);
    m_documents->clear();
    for (const LetterDocument& d : std::as_const(m_shown))
        m_documents->addItem(DocumentTemplate::label(d.kind));
    m_documents->setCurrentIndex(std::min(current, int(m_shown.size()) - 1));
    m_documents->blockSignals(false);
    showCurrent();
    return true;
}

void DocumentPreviewDialog::showCurrent()
{
    const int index = m_documents->currentIndex();
    if (index < 0 || index >= m_shown.size())
        return;
    m_pdf->close();
    m_bytes.close();
    m_bytes.setData(m_shown.at(index).pdf);
    m_bytes.open(QIODevice::ReadOnly);
    m_pdf->load(&m_bytes);
}

void DocumentPreviewDialog::editCurrent()
{
    const int index = m_documents->currentIndex();
    if (index < 0 || index >= m_shown.size())
        return;
    const DocumentTemplate::Kind kind = m_shown.at(index).kind;
    const QString body = m_edits.contains(kind)
                             ? m_edits.value(kind)
                             : m_editing.campaign()->templates().current(kind).body;
    TemplateEditorDialog editor(m_editing, kind, body, this);
    if (editor.exec() == QDialog::Accepted) {
        m_edits.insert(kind, editor.edited());
        refresh();
    }
}

bool DocumentPreviewDialog::issue()
{
    const QString question =
        m_correction ? tr("Émettre une correction ? Chaque document émis en dernier sera "
                          "remplacé par un nouveau document, numéroté, qui le cite.")
                     : tr("Émettre ces documents ? Ils seront numérotés au registre et "
                          "figés : une correction sera un nouveau document.");
    if (QMessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return false;
    auto issued = m_correction ? m_generator.correct(m_dossier, m_date->date(), m_edits)
                               : m_generator.issue(m_dossier, m_date->date(), m_edits);
    if (!issued) {
        QMessageBox::warning(this, windowTitle(), issued.error().message);
        return false;
    }
    m_issued = true;
    m_shown = *issued;
    QStringList numbers;
    for (const LetterDocument& d : std::as_const(m_shown))
        numbers.append(d.number);
    m_status->setText(tr("Émis : %1").arg(numbers.join(QStringLiteral(", "))));
    m_edit->setEnabled(false);
    m_issue->setEnabled(false);
    m_date->setEnabled(false);
    showCurrent();
    return true;
}

} // namespace guichet
