#include "Programme.h"

namespace guichet {

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
