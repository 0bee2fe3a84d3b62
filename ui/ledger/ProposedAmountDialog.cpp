#include "ProposedAmountDialog.h"

#include "DossierAmounts.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "commands/ProposedAmountCommand.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace guichet {

ProposedAmountDialog::ProposedAmountDialog(Editing& editing, Dossier dossier, QWidget* parent)
    : DossierDialog(editing, std::move(dossier), tr("&Enregistrer"), parent)
    , m_byAmount(new QRadioButton(tr("&Montant"), this))
    , m_byRate(new QRadioButton(tr("&Taux du coût éligible"), this))
    , m_amount(newAmountField("amountLineEdit"))
    , m_rate(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("proposedAmountDialog"));
    setWindowTitle(tr("Montant proposé — dossier %1").arg(m_dossier.number));
    m_byAmount->setObjectName(QStringLiteral("byAmountRadio"));
    m_byRate->setObjectName(QStringLiteral("byRateRadio"));
    m_rate->setObjectName(QStringLiteral("rateLineEdit"));
    m_rate->setPlaceholderText(tr("en %, ex. 74 ou 74,5"));
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("Pourquoi ce montant plutôt que celui des règles"));

    const DossierAmounts amounts = DossierAmounts::read(m_campaign, m_dossier);
    QLabel* current = addSummary(QString());
    current->setObjectName(QStringLiteral("currentProposalLabel"));
    if (amounts.proposal) {
        current->setText(
            tr("Proposé actuellement : %1 — %2")
                .arg(money::format(amounts.proposal->amount), amounts.proposal->basis()));
        m_amount->setText(DossierAmounts::editable(amounts.proposal->amount));
        if (amounts.proposal->rate > 0)
            m_rate->setText(
                money::formatRate(amounts.proposal->rate).remove(QLatin1Char('%')).trimmed());
    } else {
        current->setText(amounts.eligible ? tr("Aucun montant proposé par les règles.")
                                          : tr("Pas de proposition : dossier non éligible."));
    }
    m_byAmount->setChecked(true);

    form()->addRow(m_byAmount, m_amount);
    form()->addRow(m_byRate, m_rate);
    auto* reasonLabel = new QLabel(tr("M&otif (obligatoire)"), this);
    reasonLabel->setBuddy(m_reason);
    form()->addRow(reasonLabel, m_reason);
    finish();

    connect(m_byAmount, &QRadioButton::toggled, this, &ProposedAmountDialog::followChoice);
    followChoice();
}

void ProposedAmountDialog::followChoice()
{
    m_amount->setEnabled(m_byAmount->isChecked());
    m_rate->setEnabled(m_byRate->isChecked());
}

void ProposedAmountDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    std::optional<Cents> amount;
    std::optional<Rate> rate;
    if (m_byAmount->isChecked()) {
        amount = readAmount(m_amount);
        if (!amount)
            return;
    } else {
        rate = money::parseRate(QString(m_rate->text()).remove(QLatin1Char('%')).trimmed());
        if (!rate || *rate <= 0) {
            showError(tr("Le taux « %1 » n'est pas un pourcentage (ex. 74 ou 74,5).")
                          .arg(m_rate->text()));
            m_rate->setFocus();
            return;
        }
    }
    if (reason.isEmpty()) {
        showError(tr("Donnez le motif de ce montant : il est gardé au journal."));
        m_reason->setFocus();
        return;
    }
    const std::optional<Movement> before = m_campaign.ledger().dossier(m_dossier.number).proposal;
    Result<Movement> written = amount
                                   ? m_campaign.setProposedAmount(m_dossier.number, *amount, reason)
                                   : m_campaign.setProposedRate(m_dossier.number, *rate, reason);
    if (!written) {
        showError(written.error().message);
        return;
    }
    m_editing.push(new ProposedAmountCommand(m_editing, m_dossier.number, before, *written));
    QDialog::accept();
}

} // namespace guichet
