#pragma once

#include "committee/ProjectionSlide.h"

#include <QWidget>

class QLabel;
class QStackedLayout;
class QStackedWidget;

namespace guichet {

class Campaign;
class EnvelopeGaugePanel;
class ProjectionDossierView;
class ProjectionGridView;
struct Change;

// What the chair projects during a committee session: the current dossier, the session's grid
// or the envelope, with the envelope gauge under the first two; a black screen on demand.
// Read-only, built only from the projection's value types (ProjectionSlide, ProjectionGrid), so
// that nothing private reaches the projector. It follows the campaign's changes: an avis the
// secretary records shows at once. Driven by the chair's window through its slots, or by keys
// when it has the focus itself (→ PgDown Space: next; ← PgUp: previous; G D E: the views;
// B: black; Esc: leaves full screen).
class ProjectionWindow : public QWidget
{
    Q_OBJECT

public:
    enum class View
    {
        Dossier,
        Grid,
        Envelope
    };
    Q_ENUM(View)

    ProjectionWindow(Campaign& campaign, int session, QWidget* parent = nullptr);

    int session() const { return m_session; }
    View view() const { return m_view; }
    bool isBlack() const;
    qint64 currentDossier() const;
    // The error of the last reading of the session, empty when it read.
    QString error() const { return m_error; }

public slots:
    void showDossier(qint64 dossier);
    void nextDossier();
    void previousDossier();
    void setView(guichet::ProjectionWindow::View view);
    void toggleBlack();

signals:
    void currentDossierChanged(qint64 dossier);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void reload();
    void follow(const Change& change);
    void showCurrent();
    void moveTo(int index);

    Campaign& m_campaign;
    int m_session;
    View m_view = View::Dossier;
    QList<ProjectionSlide> m_slides;
    int m_current = 0;
    QString m_error;

    QStackedLayout* m_screen; // the page, or black
    QWidget* m_page;          // margins against a projector's overscan
    QWidget* m_black;
    QLabel* m_heading; // the session's title
    QStackedWidget* m_views;
    ProjectionDossierView* m_dossier;
    ProjectionGridView* m_grid;
    EnvelopeGaugePanel* m_envelope;
    EnvelopeGaugePanel* m_gauge; // under the dossier and the grid
};

} // namespace guichet
