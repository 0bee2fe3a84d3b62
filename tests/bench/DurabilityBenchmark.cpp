// The cost of durable commits on one user edit: a score set through the Campaign (one
// transaction and its audit row), as shipped (synchronous = FULL), then with NORMAL on the same
// connection for comparison only. Median of 200 edits each, in milliseconds.
#include "TestWorkspace.h"
#include "campaign/Campaign.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace guichet;

namespace {

constexpr int kEdits = 200;

double medianEdit(Campaign& campaign, qint64 dossier)
{
    std::vector<double> times;
    for (int i = 0; i < kEdits; ++i) {
        Score score;
        score.dossier = dossier;
        score.instructor = campaign.actor();
        score.criterion = QStringLiteral("impact");
        score.level = 1 + i % 3;
        QElapsedTimer timer;
        timer.start();
        if (!campaign.setScore(score)) {
            std::fprintf(stderr, "the score edit was refused\n");
            return -1;
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    testing::TestDir dir;
    const QString path = dir.path(QStringLiteral("durability.guichet"));
    if (!testing::createDemoWorkspace(path, 300))
        return 1;
    auto campaign = Campaign::open(path);
    if (!campaign)
        return 1;
    QSqlQuery first(QStringLiteral("SELECT MIN(number) FROM dossiers"),
                    campaign.value()->workspace().database());
    const qint64 dossier = first.next() ? first.value(0).toLongLong() : 0;
    const double full = medianEdit(**campaign, dossier);
    QSqlQuery(QStringLiteral("PRAGMA synchronous = NORMAL"),
              campaign.value()->workspace().database());
    const double normal = medianEdit(**campaign, dossier);
    std::printf("one score edit (median of %d): synchronous FULL %.2f ms, NORMAL %.2f ms\n", kEdits,
                full, normal);
    return 0;
}
