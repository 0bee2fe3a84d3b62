#include "TemplateEditorDialog.h"

#include "DocumentSettingCommand.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "common/Format.h"
#include "documents/Placeholders.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextEdit>
#include <QVBoxLayout>

namespace guichet {

TemplateEditorDialog::TemplateEditorDialog(Editing& editing, QWidget* parent)
    : QDialog(parent)
    , m_editing(editing)
{
    build();
    setWindowTitle(tr("Modèles de documents"));
    for (const DocumentTemplate::Kind kind : DocumentTemplate::kinds())
        m_kinds->addItem(DocumentTemplate::label(kind), int(kind));
    connect(m_kinds, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::showTemplate);
    showTemplate();
}

TemplateEditorDialog::TemplateEditorDialog(Editing& editing, DocumentTemplate::Kind kind,
                                           const QString& body, QWidget* parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_oneDocument(true)
{
    build();
    setWindowTitle(tr("Modifier ce document avant émission"));
    m_kinds->addItem(DocumentTemplate::label(kind), int(kind));
    m_kinds->setEnabled(false);
    m_version->setText(tr("Ce texte ne vaut que pour ce dossier ; le modèle ne change pas."));
    m_editor->setHtml(body);
    m_loaded = m_editor->toHtml();
}

void TemplateEditorDialog::build()
{
    m_kinds = new QComboBox(this);
    m_kinds->setObjectName(QStringLiteral("templateKinds"));
    m_version = new QLabel(this);
    m_editor = new QTextEdit(this);
    m_editor->setObjectName(QStringLiteral("templateEditor"));
    m_editor->setAcceptRichText(true);
    m_placeholders = new QListWidget(this);
    m_placeholders->setObjectName(QStringLiteral("placeholderList"));
    m_placeholders->setToolTip(tr("Double-cliquez pour insérer à l'emplacement du curseur"));
    for (const placeholders::Placeholder& p : placeholders::all()) {
        auto* item = new QListWidgetItem(p.label, m_placeholders);
        item->setData(Qt::UserRole, p.key);
        item->setToolTip(placeholders::token(p.key));
    }
    connect(m_placeholders, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        insertPlaceholder(item->data(Qt::UserRole).toString());
    });

    auto* pick = new QWidget(this);
    auto* pickLayout = new QVBoxLayout(pick);
    pickLayout->setContentsMargins(0, 0, 0, 0);
    pickLayout->addWidget(new QLabel(tr("Champs à insérer :"), pick));
    pickLayout->addWidget(m_placeholders);
    auto* split = new QSplitter(this);
    split->addWidget(m_editor);
    split->addWidget(pick);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    if (m_oneDocument)
        buttons->button(QDialogButtonBox::Save)->setText(tr("Utiliser ce texte"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_oneDocument)
            accept();
        else
            save();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_oneDocument) {
        // A workspace keeps the version it saved; the text shipped with this version of
        // Guichet is one click away, saved only with Enregistrer (and undone like any save).
        QPushButton* shipped =
            buttons->addButton(tr("Reprendre le modèle &fourni"), QDialogButtonBox::ResetRole);
        shipped->setObjectName(QStringLiteral("shippedTemplateButton"));
        connect(shipped, &QPushButton::clicked, this, [this] {
            m_editor->setHtml(
                DocumentTemplate::shipped(DocumentTemplate::Kind(m_kinds->currentData().toInt())));
        });
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_kinds, 1);
    top->addWidget(m_version, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1000, 700);
}

void TemplateEditorDialog::selectTemplate(DocumentTemplate::Kind kind)
{
    m_kinds->setCurrentIndex(m_kinds->findData(int(kind)));
}

void TemplateEditorDialog::showTemplate()
{
    Campaign* campaign = m_editing.campaign();
    if (!campaign || m_kinds->currentIndex() < 0)
        return;
    const auto kind = DocumentTemplate::Kind(m_kinds->currentData().toInt());
    const DocumentTemplate current = campaign->templates().current(kind);
    m_version->setText(
        current.version == 0
            ? tr("Modèle fourni avec l'application")
            : tr("Version %1, enregistrée le %2 par %3")
                  .arg(current.version)
                  .arg(format::dateTime(current.savedAt.toLocalTime()), current.savedBy));
    m_editor->setHtml(current.body);
    m_loaded = m_editor->toHtml();
}

void TemplateEditorDialog::insertPlaceholder(const QString& key)
{
    m_editor->textCursor().insertText(placeholders::token(key));
    m_editor->setFocus();
}

// The editor writes a whole HTML page with its own font: a template keeps only the body's
// content, and the documents' font applies.
QString TemplateEditorDialog::edited() const
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression font(QStringLiteral("\\s*font-(family|size):[^;\"]*;?"));
    const QString html = m_editor->toHtml();
    const QRegularExpressionMatch match = body.match(html);
    QString fragment = match.hasMatch() ? match.captured(1) : html;
    return fragment.remove(font).trimmed();
}

bool TemplateEditorDialog::save()
{
    Campaign* campaign = m_editing.campaign();
    if (!campaign)
        return false;
    if (m_editor->toHtml() == m_loaded)
        return true;
    const QString body = edited();
    const QStringList unknown = placeholders::unknownKeys(body);
    if (!unknown.isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Champs inconnus dans le texte : %1. Choisissez les champs dans "
                                "la liste.")
                                 .arg(unknown.join(QStringLiteral(", "))));
        return false;
    }
    const auto kind = DocumentTemplate::Kind(m_kinds->currentData().toInt());
    const QString before = campaign->templates().current(kind).body;
    auto saved = campaign->saveTemplate(kind, body);
    if (!saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return false;
    }
    m_editing.push(DocumentSettingCommand::templateText(m_editing, kind, before, body));
    showTemplate();
    return true;
}

} // namespace guichet
