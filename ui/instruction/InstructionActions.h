#pragma once

#include "dossier/Dossier.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QTabWidget;
class QTableView;
class QThread;
class QWidget;

namespace guichet {

class DossierFilterProxy;
class DossierTableModel;
class ScoringPanel;
class SelectionGridWindow;
class Campaign;
class Editing;

// The Instruction menu of the main window and what it does: scoring and the next dossier to
// score, eligibility decisions, the selection grid, conflicts of interest, score packages;
// and the verdicts, scores and ranks of the list, computed on a worker once dossiers are in.
class InstructionActions : public QObject
{
    Q_OBJECT

public:
    // The parts of the window this works with; all outlive it.
    struct Window
    {
        QWidget* widget;
        QTableView* table;
        DossierTableModel* model;
        DossierFilterProxy* proxy;
        QTabWidget* tabs;
        ScoringPanel* scoring;
        Editing* editing;
        std::function<std::optional<Dossier>()> currentDossier;
    };

    InstructionActions(Window window, QObject* parent = nullptr);
    ~InstructionActions() override;

    void addTo(QMenu* menu);
    // Stops the computation and closes the grid of the previous campaign; follows this one's
    // changes.
    void setCampaign(Campaign* campaign);
    // Whether the workspace may be written now (not read-only, integrity checked).
    void setWritable(bool writable);
    bool isComputing() const { return m_job != nullptr; }
    void stop();

    // Recomputes every dossier's instruction (on a worker), or one dossier's after an edit.
    void refresh();
    void refresh(qint64 number);

    // The dossiers the instructor at the keyboard has still to score (F8 goes to the next).
    QSet<qint64> dossiersToScore() const;

    void scoreCurrentDossier();
    void goToNextDossierToScore();
    void decideEligibility();
    void showSelectionGrid();
    void declareConflict();
    void showConflicts();
    void exportMyScores();
    void importScores();

signals:
    void computed(); // a refresh() finished: the list shows every verdict, score and rank
    void message(const QString& text, int milliseconds);
    void errorOccurred(const QString& message);

private:
    void updateActions();

    QWidget* m_window;
    QTableView* m_table;
    DossierTableModel* m_model;
    DossierFilterProxy* m_proxy;
    QTabWidget* m_tabs;
    ScoringPanel* m_scoring;
    Editing* m_editing;
    std::function<std::optional<Dossier>()> m_currentDossier;

    Campaign* m_campaign = nullptr;
    bool m_writable = false;
    SelectionGridWindow* m_grid = nullptr;
    QThread* m_job = nullptr;
    bool m_stale = false;           // an edit came while the job ran: compute again
    QList<QAction*> m_readActions;  // need a workspace
    QList<QAction*> m_writeActions; // need it writable
};

} // namespace guichet
