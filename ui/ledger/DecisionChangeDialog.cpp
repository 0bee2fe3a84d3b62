#include "DecisionChangeDialog.h"

#include "campaign/Campaign.h"
#include "commands/CancellationCommand.h"
#include "commands/Editing.h"
#include "commands/LedgerEntryCommand.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace guichet {

DecisionChangeDialog::DecisionChangeDialog(Editing& editing, Dossier dossier, QWidget* parent)
    : DossierDialog(editing, std::move(dossier), tr("&Enregistrer"), parent)
    , m_before(m_campaign.ledger().dossier(m_dossier.number))
    , m_reduce(new QRadioButton(tr("&Réduire l'attribution de"), this))
    , m_cancel(new QRadioButton(tr("&Annuler la décision"), this))
    , m_amount(newAmountField("amountLineEdit"))
    , m_date(newDateField())
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("decisionChangeDialog"));
    setWindowTitle(tr("Réduire ou annuler la décision — dossier %1").arg(m_dossier.number));
    m_reduce->setObjectName(QStringLiteral("reduceRadio"));
    m_cancel->setObjectName(QStringLiteral("cancelRadio"));
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("Pourquoi : gardé au registre"));

    const bool attribution = m_before.decision == DossierLedger::Decision::Attribution;
    const QString decidedOn = m_before.decidedOn.toString(QStringLiteral("dd/MM/yyyy"));
    if (attribution) {
        addSummary(tr("Attribution du %1 : %2 attribués, %3 engagés, %4 versés.")
                       .arg(decidedOn, money::format(m_before.attributed),
                            money::format(m_before.committed), money::format(m_before.paid())));
    } else {
        addSummary(tr("%1 du %2.").arg(DossierLedger::label(m_before.decision), decidedOn));
    }
    if (m_before.paid() > 0)
        addSummary(tr("Des versements ont été faits : l'attribution ne peut être réduite en "
                      "dessous de %1, ni annulée.")
                       .arg(money::format(m_before.paid())));
    m_reduce->setEnabled(attribution);
    m_cancel->setEnabled(m_before.paid() == 0);
    (attribution ? m_reduce : m_cancel)->setChecked(true);

    form()->addRow(m_reduce, m_amount);
    form()->addRow(m_cancel, new QLabel(tr("les crédits engagés reviennent à l'enveloppe"), this));
    form()->addRow(tr("&Date"), m_date);
    auto* reasonLabel = new QLabel(tr("M&otif (obligatoire)"), this);
    reasonLabel->setBuddy(m_reason);
    form()->addRow(reasonLabel, m_reason);
    finish();

    connect(m_reduce, &QRadioButton::toggled, this, &DecisionChangeDialog::followChoice);
    followChoice();
}

void DecisionChangeDialog::followChoice()
{
    m_amount->setEnabled(m_reduce->isChecked());
}

void DecisionChangeDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    std::optional<Cents> reduction;
    if (m_reduce->isChecked()) {
        reduction = readAmount(m_amount);
        if (!reduction)
            return;
    }
    if (reason.isEmpty()) {
        showError(tr("Donnez le motif : il est gardé au registre."));
        m_reason->setFocus();
        return;
    }
    Result<Movement> written =
        reduction ? m_campaign.reduceDecision(m_dossier.number, *reduction, reason, m_date->date())
                  : m_campaign.cancelDecision(m_dossier.number, reason, m_date->date());
    if (!written) {
        showError(written.error().message);
        return;
    }
    if (reduction)
        m_editing.push(new LedgerEntryCommand(m_editing, *written));
    else
        m_editing.push(new CancellationCommand(m_editing, m_before, *written));
    QDialog::accept();
}

} // namespace guichet
