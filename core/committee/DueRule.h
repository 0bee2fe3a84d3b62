#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

// What the due rule reads: the programme's rule (« once a month, or as soon as N dossiers have
// been filed », programme.md) applied to the sessions and the deposits of a workspace.
struct DueInput
{
    QDate today;
    // The date of the last session held (on or before today); none before the first session.
    std::optional<QDate> lastSession;
    // The date of the next session already convened (after today), if any.
    std::optional<QDate> plannedSession;
    QList<QDate> deposits; // the DS deposit date of every dossier (Paris calendar date)
    int threshold = 0;     // committee.dossier_threshold; 0: only the monthly rule
};

// Whether a session is due and why, in words for the main window and `guichet sessions --due`.
struct SessionDue
{
    enum class Why
    {
        NothingFiled, // no session yet and no dossier filed: nothing to examine
        Planned,      // a session is already convened
        NotYet,       // neither the month nor the count is reached
        MonthElapsed, // a month since the last session (or since the first deposit)
        DossierCount  // the programme's number of dossiers filed since the last session
    };
    bool due = false;
    Why why = Why::NothingFiled;
    int filedSince = 0; // dossiers filed since the last session (since the opening before one)
    QDate dueBy;        // when the monthly rule makes a session due; invalid when it does not run
    QString reason;     // one French sentence

    static QString apiName(Why why); // "nothing_filed", "planned", "not_yet", ...
};

// The due rule, pure: due a month after the last session, or once `threshold` dossiers have been
// filed since it (deposited the day after the session or later), whichever comes first. Before
// the first session, the month runs from the first deposit and every deposit counts. A session
// already convened for a later date makes none due.
SessionDue sessionDue(const DueInput& input);

} // namespace guichet
