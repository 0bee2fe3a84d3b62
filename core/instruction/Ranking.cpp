#include "Ranking.h"

#include <algorithm>

namespace guichet {

QHash<qint64, Rank> rankDossiers(QList<RankCandidate> candidates)
{
    candidates.removeIf([](const RankCandidate& c) { return !c.eligible || !c.score; });
    std::sort(candidates.begin(), candidates.end(),
              [](const RankCandidate& a, const RankCandidate& b) {
                  if (*a.score != *b.score)
                      return *a.score > *b.score;
                  if (a.depositedAt != b.depositedAt)
                      return a.depositedAt < b.depositedAt;
                  return a.dossier < b.dossier;
              });
    QHash<qint64, Rank> ranks;
    QHash<QString, int> perSubaxis;
    int overall = 0;
    for (const RankCandidate& c : std::as_const(candidates))
        ranks.insert(c.dossier, Rank{++overall, ++perSubaxis[c.subaxis]});
    return ranks;
}

} // namespace guichet
