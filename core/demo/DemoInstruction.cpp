#include "DemoInstruction.h"

#include "common/Clock.h"
#include "instruction/InstructionStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

namespace guichet::demo {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

// The demo's instructors.
QStringList instructors()
{
    return {QStringLiteral("Claire Martin"), QStringLiteral("Julien Roux"),
            QStringLiteral("Nadia Benali")};
}
} // namespace

Status addInstruction(QSqlDatabase db, const Programme& programme, const QList<Dossier>& dossiers,
                      int maxScored)
{
    QRandomGenerator random(2021);
    const QStringList people = instructors();
    const EligibilityEvaluator evaluator(programme);
    Transaction transaction(db);
    // The demo's scores were entered over the last weeks, so their times are in the past.
    const QDateTime base = clock::now().addDays(-14);
    int scored = 0;
    for (qsizetype index = 0; index < dossiers.size() && scored < maxScored; ++index) {
        const Dossier& d = dossiers.at(index);
        const QDateTime at = base.addSecs(index * 600);
        InstructionStore lead(db, programme, people.at(index % people.size()));
        // One dossier in eight is still waiting for its manual checks.
        if (index % 8 != 5) {
            for (const EligibilityCheck& check : programme.eligibilityChecks) {
                if (evaluator.isAutomatic(check.code))
                    continue;
                const bool joint = check.code == QLatin1String("joint_project_contact");
                if (Status status =
                        lead.writeDecision({d.number, check.code, CheckResult::Outcome::Pass,
                                            joint ? Text::tr("Projet porté seul : sans objet.")
                                                  : Text::tr("Vu dans la délibération jointe."),
                                            people.at(index % people.size()), at});
                    !status)
                    return status;
            }
        }
        if (evaluator.evaluate(d).verdict == EligibilityAssessment::Verdict::NotEligible ||
            index % 6 == 4) // some eligible dossiers are not scored yet
            continue;
        ++scored;
        // Two instructors per dossier, three on one in three; each criterion has a "true"
        // level the others give and the first instructor strays from by one at most, but for
        // the occasional disagreement.
        const int panel = index % 3 == 0 ? 3 : 2;
        const bool disagreement = scored % 9 == 3;
        QList<int> truth;
        for (int c = 0; c < programme.criteria.size(); ++c)
            truth.append(random.bounded(1, 4)); // 1..3
        for (int p = 0; p < panel; ++p) {
            const QString who = people.at((index + p) % people.size());
            InstructionStore store(db, programme, who);
            for (int c = 0; c < programme.criteria.size(); ++c) {
                const Criterion& criterion = programme.criteria.at(c);
                if (!criterion.appliesTo(d.subaxis))
                    continue;
                int level = truth.at(c);
                if (disagreement && c == 0)
                    level = p == 0 ? criterion.scaleMax : criterion.scaleMin;
                else if (p == 0 && random.bounded(3) == 0) // only the lead strays: spread ≤ 1
                    level = std::clamp(level + (random.bounded(2) ? 1 : -1), criterion.scaleMin,
                                       criterion.scaleMax);
                const QString comment = level == criterion.scaleMax ? Text::tr("Très convaincant.")
                                        : level == criterion.scaleMin
                                            ? Text::tr("Insuffisamment étayé.")
                                            : QString();
                if (Status status = store.writeScore(
                        {d.number, who, criterion.code, level, comment, at.addSecs(p * 60)});
                    !status)
                    return status;
            }
            const Opinion::Stance stance =
                random.bounded(5) == 0 ? Opinion::Stance::Reserved : Opinion::Stance::Favourable;
            if (Status status =
                    store.writeOpinion({d.number, who, stance,
                                        stance == Opinion::Stance::Reserved
                                            ? Text::tr("Plan de financement à confirmer.")
                                            : QString(),
                                        at.addSecs(p * 60 + 30)});
                !status)
                return status;
        }
    }
    if (!transaction.commit())
        return Error::failure(transaction.lastError());
    return success();
}

} // namespace guichet::demo
