#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace guichet {

class Campaign;
class Editing;
class EnvelopeStatusLabel;
class EnvelopeWindow;

// What the main window offers on the envelope: the remaining envelope in its status bar and
// the « Enveloppe » window (cutoff scenarios, dashboard), both following the open campaign.
class EnvelopeActions : public QObject
{
    Q_OBJECT

public:
    EnvelopeActions(QMainWindow* window, Editing* editing);

    void addTo(QMenu* menu);
    // The campaign of a newly opened workspace (nullptr: none open).
    void setCampaign(Campaign* campaign);

private:
    void showWindow();

    QMainWindow* m_window;
    Editing* m_editing;
    EnvelopeStatusLabel* m_status;
    QAction* m_open;
    QPointer<Campaign> m_campaign;
    QPointer<EnvelopeWindow> m_envelope;
};

} // namespace guichet
