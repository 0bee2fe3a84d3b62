#pragma once

#include "dossier/Dossier.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;

namespace guichet {

class Campaign;
class Editing;
class EnvelopeStatusLabel;
class EnvelopeWindow;

// What the main window offers on the envelope: the remaining envelope in its status bar and
// the « Enveloppe » window (cutoff scenarios, dashboard), both following the open campaign; the
// proposed amount, the decision, its reduction or cancellation and the payments of the dossier
// shown, each in its dialog.
class EnvelopeActions : public QObject
{
    Q_OBJECT

public:
    EnvelopeActions(QMainWindow* window, Editing* editing,
                    std::function<std::optional<Dossier>()> currentDossier);

    void addTo(QMenu* menu);
    // The campaign of a newly opened workspace (nullptr: none open).
    void setCampaign(Campaign* campaign);
    // Whether the workspace may be written now (not read-only, integrity checked).
    void setWritable(bool writable);

    void editProposedAmount();
    void recordDecision();
    void changeDecision();
    void recordPayment();

signals:
    void message(const QString& text, int milliseconds);

private:
    void showWindow();
    void updateActions();
    // The dialog `Dialog` on the dossier shown, when there is one and `action` is enabled;
    // `done` (with %1 for the dossier's number) said in the status bar once it records.
    bool currentIsDecided(bool attribution);
    template <class Dialog> void openOnCurrent(QAction* action, const QString& done);

    QMainWindow* m_window;
    Editing* m_editing;
    EnvelopeStatusLabel* m_status;
    std::function<std::optional<Dossier>()> m_currentDossier;
    QAction* m_open;
    QAction* m_proposedAmount;
    QAction* m_decision;
    QAction* m_decisionChange;
    QAction* m_payment;
    bool m_writable = false;
    QPointer<Campaign> m_campaign;
    QPointer<EnvelopeWindow> m_envelope;
};

} // namespace guichet
