#pragma once

#include "common/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

// The committee's opinion on one dossier in one session. The préfet decides afterwards (the
// ledger's decisions); an avis commits nothing.
struct Avis
{
    enum class Kind
    {
        Favorable,
        FavorableSousReserve,
        Defavorable,
        Ajourne // postponed: the dossier comes back at a later session
    };
    // What made an avis depart from the instruction, each needing the reason given.
    enum Departure
    {
        NoDeparture = 0,
        RankDeparture = 1,  // a lower-ranked dossier favoured while a higher-ranked one is not
        AmountDeparture = 2 // favoured for less than the amount proposed
    };

    qint64 dossier = 0;
    Kind kind = Kind::Favorable;
    Cents amount = 0; // the amount the committee supports; 0 unless favourable
    QString observations;
    int departures = NoDeparture; // a combination of Departure
    QString reason;               // why it departs from the instruction; empty when it does not
    bool amended = false;         // changed after the session was validated
    QString amendmentReason;
    QDateTime recordedAt; // UTC
    QString recordedBy;

    bool isFavourable() const { return isFavourable(kind); }
    static bool isFavourable(Kind kind)
    {
        return kind == Kind::Favorable || kind == Kind::FavorableSousReserve;
    }
    static QString apiName(Kind kind); // "favorable", "favorable_sous_reserve", ...
    static std::optional<Kind> fromApiName(QStringView name);
    static QString label(Kind kind); // « Favorable sous réserve »
    static QStringList apiNames();
    // The departures in words: « écart au classement, montant inférieur à la proposition ».
    static QString describeDepartures(int departures);
};

// What the secretary types for one dossier (recording, or amending after validation).
struct AvisRequest
{
    qint64 dossier = 0;
    Avis::Kind kind = Avis::Kind::Favorable;
    std::optional<Cents> amount; // a favourable avis without one takes the proposed amount
    QString observations;
    QString reason; // required for a departure, and for an amendment
};

// A dossier of a session as the departure check sees it.
struct RankedAvis
{
    qint64 dossier = 0;
    int rank = 0; // overall rank; 0 when not ranked
    std::optional<Avis::Kind> avis;
};

// The departures of `avis` (with `amount`) on `dossier` from the instruction, given the other
// dossiers of the session with the avis they already have: favouring it while a better-ranked
// one has an avis that is not favourable, or refusing or postponing it while a worse-ranked one
// is favoured, departs from the ranking; favouring it for less than `proposed` departs from the
// proposal. Pure.
int departuresOf(const RankedAvis& dossier, Avis::Kind avis, Cents amount, Cents proposed,
                 const QList<RankedAvis>& session);

} // namespace guichet
