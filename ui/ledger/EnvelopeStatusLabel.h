#pragma once

#include <QLabel>
#include <QPointer>

namespace guichet {

class Campaign;
struct Change;

// The remaining envelope in the main window's status bar, always in view: red, naming the
// overrun, when the decisions go beyond the envelope. It follows the campaign's changes.
class EnvelopeStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit EnvelopeStatusLabel(QWidget* parent = nullptr);

    void setCampaign(Campaign* campaign);

private:
    void refresh();

    QPointer<Campaign> m_campaign; // the window replaces it when another workspace opens
};

} // namespace guichet
