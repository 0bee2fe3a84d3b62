#pragma once

#include "Avis.h"
#include "SessionAgenda.h"
#include "common/Money.h"
#include "programme/Programme.h"

#include <QList>
#include <QString>

#include <optional>

namespace guichet {

// What the projection window may show, and nothing else: these value types hold only the
// public facts of a dossier (the collectivity, its population, the project, its money, its
// instruction consolidated across instructors). They have no field for an e-mail address, a
// phone number, a contact's name, an instructor's name, a comment, a note, an observation or
// a conflict declaration, so a view built on them cannot show one. Build them only here.

// One criterion of the grid as the committee sees it for a dossier.
struct ProjectedCriterion
{
    QString label;
    int weight = 1;
    std::optional<double> level; // the mean across instructors; none while unscored
    int scaleMin = 0;
    int scaleMax = 3;
    QString descriptor; // the grid's words for the level the mean rounds to
    int spread = 0;     // highest minus lowest level given
};

// The current dossier on the projector.
struct ProjectionSlide
{
    qint64 dossier = 0; // the DS number: the committee's common reference
    int position = 0;   // on the agenda
    int agendaSize = 0;
    QString collectivity;
    std::optional<int> population;
    QString title;
    QString subaxis;      // code
    QString subaxisTitle; // « Formation au numérique des agents »
    Cents totalCost = 0;
    Cents requested = 0;
    std::optional<Cents> proposed;
    QString basis; // the proposal's basis in words
    QList<ProjectedCriterion> criteria;
    std::optional<double> score; // out of 100
    bool disagreement = false;
    int rank = 0;
    int rankInSubaxis = 0;
    std::optional<Avis::Kind> avis; // the avis once recorded (its observations stay private)
    Cents avisAmount = 0;
    bool amended = false;
};

// One row of the session's grid (rank × criteria), with the running total.
struct ProjectionGridRow
{
    int rank = 0;
    qint64 dossier = 0;
    QString collectivity;
    QString subaxis;
    QList<std::optional<double>> levels; // in the order of ProjectionGrid::criteria
    std::optional<double> score;
    Cents amount = 0;       // the avis' amount when favourable, else the proposal
    Cents runningTotal = 0; // committed before the session plus the amounts down to this row
    std::optional<Avis::Kind> avis;
};

struct ProjectionGrid
{
    QStringList criteria;          // the labels of every criterion the rows' sub-axes use
    QList<ProjectionGridRow> rows; // in rank order
    int cutoff = 0; // rows [0, cutoff) fit in the envelope; the line is drawn after them
    EnvelopeGauge gauge;
};

// The slides of a session's agenda, in its order.
QList<ProjectionSlide> projectionSlides(const SessionAgenda& agenda, const Programme& programme);
// The session's grid.
ProjectionGrid projectionGrid(const SessionAgenda& agenda, const Programme& programme);

} // namespace guichet
