#include "SessionDueLabel.h"

#include "campaign/Campaign.h"

namespace guichet {

SessionDueLabel::SessionDueLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("sessionDueLabel"));
    hide();
}

void SessionDueLabel::setCampaign(Campaign* campaign)
{
    if (m_campaign)
        disconnect(m_campaign, nullptr, this, nullptr);
    m_campaign = campaign;
    if (m_campaign)
        connect(m_campaign, &Campaign::changed, this, [this](const Change& change) {
            if (change.kind == Change::Kind::Committee || change.kind == Change::Kind::Dossiers)
                refresh();
        });
    refresh();
}

void SessionDueLabel::refresh()
{
    const Result<SessionDue> due =
        m_campaign ? m_campaign->sessionDue() : Result<SessionDue>(Error::failure({}));
    setVisible(m_campaign && due);
    if (!m_campaign || !due)
        return;
    // The status bar shows the sentence short; the whole of it is in the tooltip.
    setToolTip(due->reason);
    if (due->due) {
        setText(due->reason);
        setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    } else {
        setText(due->why == SessionDue::Why::Planned ? due->reason : tr("Pas de séance due"));
        setStyleSheet({});
    }
}

} // namespace guichet
