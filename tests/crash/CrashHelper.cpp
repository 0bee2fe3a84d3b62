// The process the crash test kills: it performs one operation on a workspace through the
// Campaign, as the window or the command line does, and is killed (SIGKILL) at a random moment.
//   crash_helper import WORKSPACE EXPORT.csv    one import of thousands of rows
//   crash_helper merge WORKSPACE PACKAGE.json   one score-package merge
//   crash_helper decide WORKSPACE               a decision on each dossier, one after another
#include "campaign/Campaign.h"
#include "ledger/LedgerStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

using namespace guichet;

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList args = application.arguments();
    if (args.size() < 3)
        return 2;
    auto campaign = Campaign::open(args.at(2));
    if (!campaign) {
        std::fprintf(stderr, "%s\n", qPrintable(campaign.error().message));
        return 1;
    }
    Campaign& c = **campaign;
    c.setActor(QStringLiteral("Crash Test"));
    const QString mode = args.at(1);
    auto done = [](const auto& result) {
        if (result.ok())
            return 0;
        std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
        return 1;
    };
    if (mode == QLatin1String("import"))
        return done(
            c.importExports({args.value(3)}, {false, DossierImporter::Absent::Mark, {}, {}}));
    if (mode == QLatin1String("merge"))
        return done(c.mergeScorePackage(args.value(3)));
    if (mode == QLatin1String("decide")) {
        QList<qint64> numbers;
        QSqlQuery query(QStringLiteral("SELECT number FROM dossiers ORDER BY number"),
                        c.workspace().database());
        while (query.next())
            numbers.append(query.value(0).toLongLong());
        for (qint64 number : std::as_const(numbers)) {
            DecisionRequest request;
            request.dossier = number;
            request.kind = Movement::Kind::Refus;
            request.reason = QStringLiteral("Dossier incomplet");
            (void)c.decide(request); // a dossier already decided is refused: the next one
        }
        return 0;
    }
    return 2;
}
