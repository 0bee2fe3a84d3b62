#include "Programme.h"

namespace guichet {

namespace {
// A band with an unknown population matches only when it has no bounds at all.
bool inBand(std::optional<int> population, int min, std::optional<int> max)
{
    if (!population)
        return min == 0 && !max;
    return *population >= min && (!max || *population <= *max);
}
} // namespace

bool Forfait::matches(const QString& kind, std::optional<int> population) const
{
    return applicantKinds.contains(kind) && inBand(population, populationMin, populationMax);
}

bool FundingRate::matches(const QString& kind, std::optional<int> population) const
{
    return applicantKinds.contains(kind) && inBand(population, populationMin, populationMax);
}

const Forfait* Programme::forfaitFor(const QString& code, const QString& kind,
                                     std::optional<int> population) const
{
    for (const Forfait& forfait : forfaits) {
        if (forfait.subaxis == code && forfait.matches(kind, population))
            return &forfait;
    }
    return nullptr;
}

const FundingRate* Programme::rateFor(const QString& kind, std::optional<int> population) const
{
    for (const FundingRate& rate : rates) {
        if (rate.matches(kind, population))
            return &rate;
    }
    return nullptr;
}

const SubAxis* Programme::subaxis(const QString& code) const
{
    for (const SubAxis& axis : subaxes) {
        if (axis.code == code)
            return &axis;
    }
    return nullptr;
}

QList<Criterion> Programme::criteriaFor(const QString& code) const
{
    QList<Criterion> result;
    for (const Criterion& criterion : criteria) {
        if (criterion.appliesTo(code))
            result.append(criterion);
    }
    return result;
}

} // namespace guichet
