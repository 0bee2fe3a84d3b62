#include "DossierDialog.h"

#include "commands/Editing.h"
#include "common/Clock.h"
#include "common/Money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

DossierDialog::DossierDialog(Editing& editing, Dossier dossier, const QString& recordText,
                             QWidget* parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_campaign(*editing.campaign())
    , m_dossier(std::move(dossier))
    , m_error(new QLabel(this))
    , m_form(new QFormLayout)
    , m_summaries(new QVBoxLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    QPushButton* record = m_buttons->addButton(recordText, QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("recordPushButton"));
    record->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLabel* DossierDialog::addSummary(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    m_summaries->addWidget(label);
    return label;
}

void DossierDialog::finish(const QList<QWidget*>& extra)
{
    auto* title =
        new QLabel(QStringLiteral("<b>%1</b>").arg(m_dossier.title.toHtmlEscaped()), this);
    title->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(m_summaries);
    layout->addLayout(m_form);
    for (QWidget* widget : extra)
        layout->addWidget(widget);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // A correction of what was typed hides the refusal it answers.
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, m_error, &QLabel::hide);
    setMinimumWidth(540);
}

void DossierDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void DossierDialog::clearError()
{
    m_error->hide();
}

QLineEdit* DossierDialog::newAmountField(const char* objectName)
{
    auto* field = new QLineEdit(this);
    field->setObjectName(QLatin1String(objectName));
    field->setPlaceholderText(tr("en euros, ex. 12 500,00"));
    return field;
}

QDateEdit* DossierDialog::newDateField()
{
    auto* date = new QDateEdit(clock::today(), this);
    date->setObjectName(QStringLiteral("dateEdit"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return date;
}

QComboBox* DossierDialog::newKindBox(std::initializer_list<Movement::Kind> kinds)
{
    auto* box = new QComboBox(this);
    box->setObjectName(QStringLiteral("kindComboBox"));
    for (const Movement::Kind kind : kinds)
        box->addItem(Movement::label(kind), static_cast<int>(kind));
    return box;
}

std::optional<Cents> DossierDialog::readAmount(QLineEdit* field)
{
    const std::optional<Cents> amount = money::parse(field->text().trimmed());
    if (amount && *amount > 0)
        return amount;
    showError(
        tr("Le montant « %1 » n'est pas un montant en euros (ex. 12 500,00).").arg(field->text()));
    field->setFocus();
    return std::nullopt;
}

} // namespace guichet
