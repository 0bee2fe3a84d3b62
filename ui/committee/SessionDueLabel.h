#pragma once

#include <QLabel>
#include <QPointer>

namespace guichet {

class Campaign;

// Whether a committee session is due and why (the programme's rule), in the main window's
// status bar: in bold when one is due, plainly when one is convened or none is due yet. It
// follows the campaign's changes (a session created, dossiers imported).
class SessionDueLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SessionDueLabel(QWidget* parent = nullptr);

    void setCampaign(Campaign* campaign);

private:
    void refresh();

    QPointer<Campaign> m_campaign;
};

} // namespace guichet
