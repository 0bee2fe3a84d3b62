#include "EnvelopeStatusLabel.h"

#include "campaign/Campaign.h"
#include "common/Money.h"

namespace guichet {

EnvelopeStatusLabel::EnvelopeStatusLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("envelopeStatusLabel"));
    hide();
}

void EnvelopeStatusLabel::setCampaign(Campaign* campaign)
{
    if (m_campaign)
        disconnect(m_campaign, nullptr, this, nullptr);
    m_campaign = campaign;
    if (m_campaign)
        connect(m_campaign, &Campaign::changed, this, [this](const Change& change) {
            if (change.changesMoney())
                refresh();
        });
    refresh();
}

void EnvelopeStatusLabel::refresh()
{
    setVisible(m_campaign != nullptr);
    if (!m_campaign)
        return;
    // The totals only: no dossier is read.
    const Cents remaining = m_campaign->ledger().totals().remaining();
    if (remaining >= 0) {
        setText(tr("Enveloppe restante : %1").arg(money::format(remaining)));
        setStyleSheet({});
    } else {
        setText(tr("Enveloppe restante : %1 (dépassement de %2)")
                    .arg(money::format(remaining), money::format(-remaining)));
        setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    }
}

} // namespace guichet
