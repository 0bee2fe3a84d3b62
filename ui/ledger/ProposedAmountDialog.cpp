#include "ProposedAmountDialog.h"

#include "DossierAmounts.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "commands/ProposedAmountCommand.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace guichet {

ProposedAmountDialog::ProposedAmountDialog(Editing& editing, Dossier dossier, QWidget* parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_campaign(*editing.campaign())
    , m_dossier(std::move(dossier))
    , m_byAmount(new QRadioButton(tr("&Montant"), this))
    , m_byRate(new QRadioButton(tr("&Taux du coût éligible"), this))
    , m_amount(new QLineEdit(this))
    , m_rate(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("proposedAmountDialog"));
    setWindowTitle(tr("Montant proposé — dossier %1").arg(m_dossier.number));
    m_byAmount->setObjectName(QStringLiteral("byAmountRadio"));
    m_byRate->setObjectName(QStringLiteral("byRateRadio"));
    m_amount->setObjectName(QStringLiteral("amountLineEdit"));
    m_amount->setPlaceholderText(tr("en euros, ex. 12 500,00"));
    m_rate->setObjectName(QStringLiteral("rateLineEdit"));
    m_rate->setPlaceholderText(tr("en %, ex. 74 ou 74,5"));
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("Pourquoi ce montant plutôt que celui des règles"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();

    const DossierAmounts amounts = DossierAmounts::read(m_campaign, m_dossier);
    auto* current = new QLabel(this);
    current->setObjectName(QStringLiteral("currentProposalLabel"));
    current->setWordWrap(true);
    current->setTextFormat(Qt::PlainText);
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

    auto* form = new QFormLayout;
    form->addRow(m_byAmount, m_amount);
    form->addRow(m_byRate, m_rate);
    auto* reasonLabel = new QLabel(tr("M&otif (obligatoire)"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProposedAmountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* title =
        new QLabel(QStringLiteral("<b>%1</b>").arg(m_dossier.title.toHtmlEscaped()), this);
    title->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(current);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_byAmount, &QRadioButton::toggled, this, &ProposedAmountDialog::followChoice);
    for (QLineEdit* edit : {m_amount, m_rate, m_reason})
        connect(edit, &QLineEdit::textEdited, m_error, &QLabel::hide);
    followChoice();
    setMinimumWidth(520);
}

void ProposedAmountDialog::followChoice()
{
    m_amount->setEnabled(m_byAmount->isChecked());
    m_rate->setEnabled(m_byRate->isChecked());
}

void ProposedAmountDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ProposedAmountDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    const std::optional<Cents> amount = money::parse(m_amount->text().trimmed());
    const std::optional<Rate> rate =
        money::parseRate(QString(m_rate->text()).remove(QLatin1Char('%')).trimmed());
    if (m_byAmount->isChecked() && (!amount || *amount <= 0)) {
        showError(tr("Le montant « %1 » n'est pas un montant en euros (ex. 12 500,00).")
                      .arg(m_amount->text()));
        m_amount->setFocus();
        return;
    }
    if (m_byRate->isChecked() && (!rate || *rate <= 0)) {
        showError(
            tr("Le taux « %1 » n'est pas un pourcentage (ex. 74 ou 74,5).").arg(m_rate->text()));
        m_rate->setFocus();
        return;
    }
    if (reason.isEmpty()) {
        showError(tr("Donnez le motif de ce montant : il est gardé au journal."));
        m_reason->setFocus();
        return;
    }
    const std::optional<Movement> before = m_campaign.ledger().dossier(m_dossier.number).proposal;
    Result<Movement> written = m_byAmount->isChecked()
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
