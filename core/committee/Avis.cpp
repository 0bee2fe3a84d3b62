#include "Avis.h"

#include <QCoreApplication>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Committee)
};

constexpr Avis::Kind kKinds[] = {Avis::Kind::Favorable, Avis::Kind::FavorableSousReserve,
                                 Avis::Kind::Defavorable, Avis::Kind::Ajourne};
} // namespace

QString Avis::apiName(Kind kind)
{
    switch (kind) {
    case Kind::Favorable:
        return QStringLiteral("favorable");
    case Kind::FavorableSousReserve:
        return QStringLiteral("favorable_sous_reserve");
    case Kind::Defavorable:
        return QStringLiteral("defavorable");
    case Kind::Ajourne:
        return QStringLiteral("ajourne");
    }
    return QString();
}

std::optional<Avis::Kind> Avis::fromApiName(QStringView name)
{
    for (Kind kind : kKinds) {
        if (name == apiName(kind))
            return kind;
    }
    return std::nullopt;
}

QStringList Avis::apiNames()
{
    QStringList names;
    for (Kind kind : kKinds)
        names.append(apiName(kind));
    return names;
}

QString Avis::label(Kind kind)
{
    switch (kind) {
    case Kind::Favorable:
        return Text::tr("Favorable");
    case Kind::FavorableSousReserve:
        return Text::tr("Favorable sous réserve");
    case Kind::Defavorable:
        return Text::tr("Défavorable");
    case Kind::Ajourne:
        return Text::tr("Ajourné");
    }
    return QString();
}

QString Avis::describeDepartures(int departures)
{
    QStringList parts;
    if (departures & RankDeparture)
        parts.append(Text::tr("écart au classement"));
    if (departures & AmountDeparture)
        parts.append(Text::tr("montant inférieur à la proposition"));
    return parts.join(QStringLiteral(", "));
}

int departuresOf(const RankedAvis& dossier, Avis::Kind avis, Cents amount, Cents proposed,
                 const QList<RankedAvis>& session)
{
    int departures = Avis::NoDeparture;
    const bool favoured = Avis::isFavourable(avis);
    if (favoured && amount < proposed)
        departures |= Avis::AmountDeparture;
    if (dossier.rank == 0)
        return departures;
    for (const RankedAvis& other : session) {
        if (other.dossier == dossier.dossier || other.rank == 0 || !other.avis)
            continue;
        const bool otherFavoured = Avis::isFavourable(*other.avis);
        // Favoured below a better-ranked dossier that is not, or not favoured above a
        // worse-ranked one that is.
        if ((favoured && !otherFavoured && other.rank < dossier.rank) ||
            (!favoured && otherFavoured && other.rank > dossier.rank)) {
            departures |= Avis::RankDeparture;
            break;
        }
    }
    return departures;
}

} // namespace guichet
