#include "ProjectionWindow.h"

#include "EnvelopeGaugePanel.h"
#include "ProjectionDossierView.h"
#include "ProjectionGridView.h"
#include "ProjectionStyle.h"
#include "campaign/Campaign.h"
#include "committee/SessionAgenda.h"

#include <QKeyEvent>
#include <QLabel>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {

using namespace projection;

namespace {
void paint(QWidget* widget, quint32 background)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, QColor::fromRgb(background));
    palette.setColor(QPalette::WindowText, QColor::fromRgb(kInk));
    widget->setPalette(palette);
    widget->setAutoFillBackground(true);
}
} // namespace

ProjectionWindow::ProjectionWindow(Campaign& campaign, int session, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_campaign(campaign)
    , m_session(session)
    , m_screen(new QStackedLayout(this))
    , m_page(new QWidget(this))
    , m_black(new QWidget(this))
    , m_heading(label(m_page, TextRole::Heading, kMutedInk))
    , m_views(new QStackedWidget(m_page))
    , m_dossier(new ProjectionDossierView(m_views))
    , m_grid(new ProjectionGridView(m_views))
    , m_envelope(new EnvelopeGaugePanel(EnvelopeGaugePanel::Form::Large, m_views))
    , m_gauge(new EnvelopeGaugePanel(EnvelopeGaugePanel::Form::Compact, m_page))
{
    setObjectName(QStringLiteral("projectionWindow"));
    setWindowTitle(tr("Projection de la séance — Guichet"));
    setFocusPolicy(Qt::StrongFocus);
    paint(m_page, kPaper);
    paint(m_black, kBlack);
    m_black->setObjectName(QStringLiteral("projectionBlack"));
    m_heading->setObjectName(QStringLiteral("projectionHeading"));
    m_gauge->setObjectName(QStringLiteral("projectionGauge"));
    m_envelope->setObjectName(QStringLiteral("projectionEnvelopeView"));

    auto* column = new QVBoxLayout(m_page);
    column->addWidget(m_heading);
    m_views->addWidget(m_dossier);
    m_views->addWidget(m_grid);
    m_views->addWidget(m_envelope);
    column->addWidget(m_views, 1);
    column->addWidget(m_gauge);
    m_screen->addWidget(m_page);
    m_screen->addWidget(m_black);
    // The window takes the projector's size, whatever the text laid out for the previous one:
    // the sizes follow the height (applySizes), the contents never widen the window past a
    // smaller screen.
    m_screen->setSizeConstraint(QLayout::SetNoConstraint);

    connect(&m_campaign, &Campaign::changed, this, &ProjectionWindow::follow);
    reload();
    setView(View::Dossier);
    resize(1280, 720);
}

bool ProjectionWindow::isBlack() const
{
    return m_screen->currentWidget() == m_black;
}

qint64 ProjectionWindow::currentDossier() const
{
    return m_slides.isEmpty() ? 0 : m_slides.at(m_current).dossier;
}

void ProjectionWindow::follow(const Change& change)
{
    // Every change of this session (an avis, the agenda's order), and whatever may move the
    // money or the instruction of its dossiers; a note or another session's work changes nothing
    // shown here.
    const bool committee = change.kind == Change::Kind::Committee;
    if ((committee && (change.session == m_session || change.session == 0)) ||
        (!committee && (change.changesMoney() || change.changesInstruction())))
        reload();
}

void ProjectionWindow::reload()
{
    const qint64 shown = currentDossier();
    const Result<SessionAgenda> agenda =
        SessionAgenda::load(m_campaign.workspace().database(), m_campaign.programme(), m_session);
    if (!agenda) {
        m_error = agenda.error().message;
        return;
    }
    m_error.clear();
    m_heading->setText(agenda->session().title());
    m_slides = projectionSlides(*agenda, m_campaign.programme());
    m_grid->setGrid(projectionGrid(*agenda, m_campaign.programme()));
    m_envelope->setGauge(agenda->gauge());
    m_gauge->setGauge(agenda->gauge());
    // The same dossier stays on screen when the agenda is reordered around it.
    m_current = 0;
    for (int i = 0; i < m_slides.size(); ++i) {
        if (m_slides.at(i).dossier == shown)
            m_current = i;
    }
    showCurrent();
    if (shown != 0 && currentDossier() != shown)
        emit currentDossierChanged(currentDossier());
}

void ProjectionWindow::showCurrent()
{
    if (!m_slides.isEmpty())
        m_dossier->setSlide(m_slides.at(m_current));
    m_grid->setCurrent(currentDossier());
    applySizes(this, height());
}

void ProjectionWindow::moveTo(int index)
{
    if (m_slides.isEmpty())
        return;
    index = std::clamp(index, 0, int(m_slides.size()) - 1);
    if (index == m_current)
        return;
    m_current = index;
    showCurrent();
    emit currentDossierChanged(currentDossier());
}

void ProjectionWindow::showDossier(qint64 dossier)
{
    for (int i = 0; i < m_slides.size(); ++i) {
        if (m_slides.at(i).dossier == dossier)
            moveTo(i);
    }
}

void ProjectionWindow::nextDossier()
{
    moveTo(m_current + 1);
}

void ProjectionWindow::previousDossier()
{
    moveTo(m_current - 1);
}

void ProjectionWindow::setView(View view)
{
    m_view = view;
    switch (view) {
    case View::Dossier:
        m_views->setCurrentWidget(m_dossier);
        break;
    case View::Grid:
        m_views->setCurrentWidget(m_grid);
        break;
    case View::Envelope:
        m_views->setCurrentWidget(m_envelope);
        break;
    }
    // The large gauge is the envelope view itself.
    m_gauge->setVisible(view != View::Envelope);
}

void ProjectionWindow::toggleBlack()
{
    m_screen->setCurrentWidget(isBlack() ? m_page : m_black);
}

void ProjectionWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        nextDossier();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previousDossier();
        break;
    case Qt::Key_G:
        setView(View::Grid);
        break;
    case Qt::Key_D:
        setView(View::Dossier);
        break;
    case Qt::Key_E:
        setView(View::Envelope);
        break;
    case Qt::Key_B:
        toggleBlack();
        break;
    case Qt::Key_Escape:
        if (isFullScreen())
            showNormal();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ProjectionWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int margin = height() / 80;
    m_page->layout()->setContentsMargins(margin, margin, margin, margin);
    applySizes(this, height());
}

} // namespace guichet
