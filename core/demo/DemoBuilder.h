#pragma once

#include "dossier/Dossier.h"

#include <QList>

namespace guichet {

class Referential;

// Makes realistic dossiers for the Ain window from real communes and EPCI of the referential:
// titles, costs and dates that look like a 2021 campaign, spread over the sub-axes and the DS
// states. Deterministic for a given seed, so demos and benchmarks are reproducible.
class DemoBuilder
{
public:
    explicit DemoBuilder(const Referential& referential, quint32 seed = 2021);

    QList<Dossier> build(int count) const;

private:
    const Referential& m_referential;
    quint32 m_seed;
};

} // namespace guichet
