#include "DecisionDialog.h"

#include "DossierAmounts.h"
#include "campaign/Campaign.h"
#include "commands/DecisionCommand.h"
#include "commands/Editing.h"
#include "common/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

DecisionDialog::DecisionDialog(Editing& editing, Dossier dossier, QWidget* parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_campaign(*editing.campaign())
    , m_dossier(std::move(dossier))
    , m_kind(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_reference(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_guard(new QLabel(this))
    , m_justificationLabel(new QLabel(this))
    , m_justification(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Décision — dossier %1").arg(m_dossier.number));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    for (const Movement::Kind kind :
         {Movement::Kind::Attribution, Movement::Kind::Refus, Movement::Kind::SansSuite})
        m_kind->addItem(Movement::label(kind), static_cast<int>(kind));
    m_amount->setObjectName(QStringLiteral("amountLineEdit"));
    m_amount->setPlaceholderText(tr("en euros, ex. 12 500,00"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setDate(clock::today());
    m_reference->setObjectName(QStringLiteral("referenceLineEdit"));
    m_reference->setPlaceholderText(tr("n° de l'arrêté (facultatif)"));
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_guard->setObjectName(QStringLiteral("guardLabel"));
    m_guard->setWordWrap(true);
    m_guard->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_guard->hide();
    m_justificationLabel->setText(tr("&Justification écrite du dépassement (gardée au journal)"));
    m_justificationLabel->setBuddy(m_justification);
    m_justificationLabel->hide();
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setMaximumHeight(80);
    m_justification->hide();
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();

    const DossierAmounts amounts = DossierAmounts::read(m_campaign, m_dossier);
    auto* proposed = new QLabel(this);
    proposed->setWordWrap(true);
    proposed->setTextFormat(Qt::PlainText);
    if (amounts.proposal) {
        proposed->setText(
            tr("Montant proposé : %1 — %2")
                .arg(money::format(amounts.proposal->amount), amounts.proposal->basis()));
        m_amount->setText(DossierAmounts::editable(amounts.proposal->amount));
    } else {
        proposed->setText(tr("Aucun montant proposé pour ce dossier."));
    }
    const LedgerTotals totals = m_campaign.ledger().totals();
    auto* remaining =
        new QLabel(tr("Enveloppe restante : %1").arg(money::format(totals.remaining())), this);
    auto* undo = new QLabel(tr("Ctrl+Z annule la décision : une annulation est inscrite au "
                               "registre (rien n'est effacé) et les crédits reviennent à "
                               "l'enveloppe."),
                            this);
    undo->setWordWrap(true);
    undo->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Décision"), m_kind);
    form->addRow(tr("&Montant attribué"), m_amount);
    form->addRow(tr("D&ate de la décision"), m_date);
    form->addRow(tr("&Référence"), m_reference);
    form->addRow(tr("M&otif"), m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* record = buttons->addButton(tr("&Enregistrer"), QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("recordPushButton"));
    record->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* title =
        new QLabel(QStringLiteral("<b>%1</b>").arg(m_dossier.title.toHtmlEscaped()), this);
    title->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(proposed);
    layout->addWidget(remaining);
    layout->addLayout(form);
    layout->addWidget(m_guard);
    layout->addWidget(m_justificationLabel);
    layout->addWidget(m_justification);
    layout->addWidget(m_error);
    layout->addWidget(undo);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DecisionDialog::followKind);
    for (QLineEdit* edit : {m_amount, m_reason})
        connect(edit, &QLineEdit::textEdited, m_error, &QLabel::hide);
    followKind();
    setMinimumWidth(560);
}

void DecisionDialog::followKind()
{
    m_amount->setEnabled(m_kind->currentData().toInt() ==
                         static_cast<int>(Movement::Kind::Attribution));
}

void DecisionDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void DecisionDialog::accept()
{
    DecisionRequest request;
    request.dossier = m_dossier.number;
    request.kind = static_cast<Movement::Kind>(m_kind->currentData().toInt());
    request.date = m_date->date();
    request.reference = m_reference->text().trimmed();
    request.reason = m_reason->text().trimmed();
    request.justification = m_justification->toPlainText().trimmed();
    if (request.kind == Movement::Kind::Attribution) {
        const std::optional<Cents> amount = money::parse(m_amount->text().trimmed());
        if (!amount || *amount <= 0) {
            showError(tr("Le montant « %1 » n'est pas un montant en euros (ex. 12 500,00).")
                          .arg(m_amount->text()));
            m_amount->setFocus();
            return;
        }
        request.amount = *amount;
    }
    Result<Movement> written = m_campaign.decide(request);
    if (!written) {
        // The guard: the campaign's refusal said, and the justification it asks for.
        const LedgerTotals totals = m_campaign.ledger().totals();
        if (request.amount && request.justification.isEmpty() &&
            totals.committed + *request.amount > totals.envelope) {
            m_error->hide();
            m_guard->setText(written.error().message);
            m_guard->show();
            m_justificationLabel->show();
            m_justification->show();
            m_justification->setFocus();
            return;
        }
        showError(written.error().message);
        return;
    }
    m_editing.push(new DecisionCommand(m_editing, request));
    QDialog::accept();
}

} // namespace guichet
