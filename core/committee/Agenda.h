#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace guichet {

// A dossier ready for the committee, as the agenda orders it.
struct AgendaCandidate
{
    qint64 dossier = 0;
    int rank = 0; // overall rank (1 = best)
    QString applicantSiren;
};

// The links a person seated at the session declared (conflicts of interest, by SIREN).
struct SeatedLinks
{
    QString member; // the member's name as the session lists it
    QSet<QString> sirens;
};

// One line of a session's agenda.
struct AgendaItem
{
    qint64 dossier = 0;
    int rank = 0;
    int position = 0;       // 1-based, in the order the committee examines the dossiers
    QStringList conflicted; // seated members who declared a link: out of the room for it
    QStringList leaving;    // members who leave the room before this dossier
    QStringList returning;  // members who come back after it
};

// The agenda's order, pure. Without a stored order: rank order, except that the dossiers on
// which a seated member declared a link are brought together after the best ranked of them, so
// that the member leaves the room once (HotCRP's conflict-grouped discussion order; a dossier
// pulled forward also pulls the dossiers of its other linked members). With a stored order (the
// chair's drag and drop): that order, then any dossier not in it in the order above.
// `candidates` in rank order.
QList<AgendaItem> arrangeAgenda(const QList<AgendaCandidate>& candidates,
                                const QList<SeatedLinks>& links,
                                const QList<qint64>& storedOrder = {});

} // namespace guichet
