#include "PaymentDialog.h"

#include "DossierAmounts.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "commands/LedgerEntryCommand.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace guichet {

PaymentDialog::PaymentDialog(Editing& editing, Dossier dossier, QWidget* parent)
    : DossierDialog(editing, std::move(dossier), tr("&Enregistrer"), parent)
    , m_ledger(m_campaign.ledger().dossier(m_dossier.number))
    , m_kind(newKindBox({Movement::Kind::Avance, Movement::Kind::Acompte, Movement::Kind::Solde}))
    , m_amount(newAmountField("amountLineEdit"))
    , m_date(newDateField())
    , m_reference(new QLineEdit(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Versement — dossier %1").arg(m_dossier.number));
    m_reference->setObjectName(QStringLiteral("referenceLineEdit"));
    m_reference->setPlaceholderText(tr("n° du mandat ou de l'ordre de paiement (facultatif)"));

    addSummary(tr("Attribution de %1 ; versé : %2 (avance %3, acomptes %4, solde %5).")
                   .arg(money::format(m_ledger.committed), money::format(m_ledger.paid()),
                        money::format(m_ledger.advances), money::format(m_ledger.instalments),
                        money::format(m_ledger.balancePaid)));
    addSummary(tr("Encore possible (décret 2018-514) : avance %1, acompte %2, solde %3.")
                   .arg(money::format(m_ledger.paymentRoom(Movement::Kind::Avance)),
                        money::format(m_ledger.paymentRoom(Movement::Kind::Acompte)),
                        money::format(m_ledger.paymentRoom(Movement::Kind::Solde))));
    // The kind a bureau pays next: the avance first, the solde once the 80 % are reached.
    for (int i = 0; i < m_kind->count(); ++i) {
        if (m_ledger.paymentRoom(static_cast<Movement::Kind>(m_kind->itemData(i).toInt())) > 0) {
            m_kind->setCurrentIndex(i);
            break;
        }
    }

    form()->addRow(tr("&Nature"), m_kind);
    form()->addRow(tr("&Montant"), m_amount);
    form()->addRow(tr("&Date du versement"), m_date);
    form()->addRow(tr("&Référence"), m_reference);
    finish();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PaymentDialog::followKind);
    followKind();
}

void PaymentDialog::followKind()
{
    const Cents room =
        m_ledger.paymentRoom(static_cast<Movement::Kind>(m_kind->currentData().toInt()));
    m_amount->setText(room > 0 ? DossierAmounts::editable(room) : QString());
    clearError();
}

void PaymentDialog::accept()
{
    const std::optional<Cents> amount = readAmount(m_amount);
    if (!amount)
        return;
    Result<Movement> written = m_campaign.addPayment(
        m_dossier.number, static_cast<Movement::Kind>(m_kind->currentData().toInt()), *amount,
        m_date->date(), m_reference->text().trimmed());
    if (!written) {
        showError(written.error().message);
        return;
    }
    m_editing.push(new LedgerEntryCommand(m_editing, *written));
    QDialog::accept();
}

} // namespace guichet
