#pragma once

#include "committee/Avis.h"
#include "common/Result.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace guichet {

class AgendaModel;
class AvisPanel;
class Campaign;
class Editing;
class RecusalBox;
class ProjectionControl;
class SessionGauge;
struct Change;

// The secretary's and the chair's window on one committee session: the agenda in the order
// examined (dragged to reorder), the avis on the current dossier, the recusals, the envelope
// gauge, and the session's closing (validation, decisions). It follows the campaign's change
// notifications. The projection follows it through currentDossierChanged() and may drive it
// through the slots.
class SessionWindow : public QMainWindow
{
    Q_OBJECT

public:
    SessionWindow(Campaign& campaign, Editing* editing, QWidget* parent = nullptr);

    // Shows session `number` (0: the latest open one, else the latest).
    void setSession(int number);
    int session() const { return m_session; }
    // The session's agenda printed to a PDF at `path` (what Séance > Imprimer l'ordre du jour
    // writes once the file is chosen).
    Status writeAgenda(const QString& path) const;
    // The minutes: a draft (PDF, or ODT when `path` ends in .odt), or issued (numbered, frozen)
    // and written as PDF to `path`. What Séance > Compte rendu do once the file is chosen.
    Status writeMinutesDraft(const QString& path) const;
    Status issueMinutes(const QString& path);
    qint64 currentDossier() const { return m_current; }
    AvisPanel* avisPanel() const { return m_avis; }
    SessionGauge* gauge() const { return m_gauge; }
    ProjectionControl* projection() const { return m_projection; }

public slots:
    void showDossier(qint64 dossier);
    void nextDossier();
    void previousDossier();

signals:
    // The secretary moved to another dossier of the agenda of `session`.
    void currentDossierChanged(int session, qint64 dossier);

private:
    void createMenus();
    void follow(const Change& change);
    void reload();
    void updateCurrent();
    void moveBy(int step);
    void editSession();
    void recordAllProposals();
    void validate();
    void removeSession();
    int defaultSession() const;
    void takeDecisions();
    void printAgenda();
    void saveMinutesDraft();
    void askIssueMinutes();
    void fillSessions();
    bool writable() const;

    Campaign& m_campaign;
    Editing* m_editing;
    int m_session = 0;
    qint64 m_current = 0;
    QComboBox* m_sessions;
    QLabel* m_title;
    QLabel* m_quorum;
    AgendaModel* m_model;
    QTableView* m_table;
    AvisPanel* m_avis;
    RecusalBox* m_recusals;
    SessionGauge* m_gauge;
    ProjectionControl* m_projection = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_allProposals = nullptr;
    QAction* m_validate = nullptr;
    QAction* m_decide = nullptr;
    QAction* m_issueMinutes = nullptr;
    QAction* m_remove = nullptr;
    QList<QAction*> m_kindActions;
};

} // namespace guichet
