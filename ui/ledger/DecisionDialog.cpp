#include "DecisionDialog.h"

#include "DossierAmounts.h"
#include "campaign/Campaign.h"
#include "commands/DecisionCommand.h"
#include "commands/Editing.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace guichet {

DecisionDialog::DecisionDialog(Editing& editing, Dossier dossier, QWidget* parent)
    : DossierDialog(editing, std::move(dossier), tr("&Enregistrer"), parent)
    , m_kind(newKindBox(
          {Movement::Kind::Attribution, Movement::Kind::Refus, Movement::Kind::SansSuite}))
    , m_amount(newAmountField("amountLineEdit"))
    , m_date(newDateField())
    , m_reference(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_guard(new QLabel(this))
    , m_justificationLabel(new QLabel(this))
    , m_justification(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Décision — dossier %1").arg(m_dossier.number));
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

    const DossierAmounts amounts = DossierAmounts::read(m_campaign, m_dossier);
    if (amounts.proposal) {
        addSummary(tr("Montant proposé : %1 — %2")
                       .arg(money::format(amounts.proposal->amount), amounts.proposal->basis()));
        m_amount->setText(DossierAmounts::editable(amounts.proposal->amount));
    } else {
        addSummary(tr("Aucun montant proposé pour ce dossier."));
    }
    const LedgerTotals totals = m_campaign.ledger().totals();
    addSummary(tr("Enveloppe restante : %1").arg(money::format(totals.remaining())));
    auto* undo = new QLabel(tr("Ctrl+Z annule la décision : une annulation est inscrite au "
                               "registre (rien n'est effacé) et les crédits reviennent à "
                               "l'enveloppe."),
                            this);
    undo->setWordWrap(true);
    undo->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));

    form()->addRow(tr("&Décision"), m_kind);
    form()->addRow(tr("&Montant attribué"), m_amount);
    form()->addRow(tr("D&ate de la décision"), m_date);
    form()->addRow(tr("&Référence"), m_reference);
    form()->addRow(tr("M&otif"), m_reason);
    finish({m_guard, m_justificationLabel, m_justification, undo});

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DecisionDialog::followKind);
    followKind();
}

void DecisionDialog::followKind()
{
    m_amount->setEnabled(m_kind->currentData().toInt() ==
                         static_cast<int>(Movement::Kind::Attribution));
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
        request.amount = readAmount(m_amount);
        if (!request.amount)
            return;
    }
    Result<Movement> written = m_campaign.decide(request);
    if (!written) {
        // The guard: the campaign's refusal said, and the justification it asks for.
        const LedgerTotals totals = m_campaign.ledger().totals();
        if (request.amount && request.justification.isEmpty() &&
            totals.committed + *request.amount > totals.envelope) {
            clearError();
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
