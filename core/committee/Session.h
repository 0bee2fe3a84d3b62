#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace guichet {

// One member of a committee session, as the attendance sheet lists them.
struct SessionMember
{
    enum class Attendance
    {
        Present,
        Excused,    // excusé
        Represented // représenté par `representedBy`
    };
    QString name;
    QString quality; // « Sous-préfet de Belley », « Maire de Nantua »…
    Attendance attendance = Attendance::Present;
    QString representedBy; // who sits for a represented member; may be unknown (empty)

    // Who is in the room for this member: the member, their representative, or nobody.
    QString seated() const;

    static QString apiName(Attendance attendance); // "present", "excuse", "represente"
    static std::optional<Attendance> fromApiName(QStringView name);
    static QString label(Attendance attendance); // « présent », « excusé », « représenté »
};

// The quorum of a session by the programme's rule (committee.quorum): met, not met, or « sans
// objet » when the programme sets none.
struct Quorum
{
    std::optional<int> required; // members present or represented; none: sans objet
    int seated = 0;              // members present or represented
    bool isMet() const { return !required || seated >= *required; }
    QString describe() const; // « sans objet », « atteint (5 sur 4 requis) »…
};

// A session of the selection committee: when and where it sits, who chairs it, who keeps the
// minutes, who attends. Prepared first (agenda, attendance), then held (avis recorded), then
// validated by the chair: its avis are locked, a later change is an amendment.
struct Session
{
    int number = 0; // 1, 2, … in the order created
    QDate date;
    QTime time; // invalid when not given
    QString place;
    QString chair;
    QString secretary;
    QList<SessionMember> members;
    QDateTime validatedAt; // UTC; invalid while the session is open
    QString validatedBy;

    bool isValidated() const { return validatedAt.isValid(); }
    const SessionMember* member(const QString& name) const; // by name, ignoring case and accents
    Quorum quorum(std::optional<int> required) const;
    // « Séance n° 3 du 14/09/2021 à 14:30 — Salle des commissions »
    QString title() const;
};

} // namespace guichet
