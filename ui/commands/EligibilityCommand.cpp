#include "EligibilityCommand.h"

#include "campaign/Campaign.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace guichet {

namespace {
// How many checks the save changed: what the entry's name counts.
int changedCount(const QList<EligibilityDecision>& before, const QList<EligibilityDecision>& after)
{
    int count = 0;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const bool same = after.at(i).outcome == before.at(i).outcome &&
                          after.at(i).justification == before.at(i).justification;
        if (!same)
            ++count;
    }
    return count;
}

QString describe(qint64 dossier, int changed)
{
    return QCoreApplication::translate(
               "EligibilityCommand", "Éligibilité du dossier %1 (%n décision(s))", nullptr, changed)
        .arg(dossier);
}
} // namespace

EligibilityCommand::EligibilityCommand(Editing& editing, qint64 dossier,
                                       QList<EligibilityDecision> before,
                                       QList<EligibilityDecision> after)
    : EditCommand(editing, dossier, Editing::Place::Detail,
                  describe(dossier, changedCount(before, after)))
    , m_dossier(dossier)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status EligibilityCommand::apply(bool forward)
{
    QList<EligibilityDecision> decisions = forward ? m_after : m_before;
    for (EligibilityDecision& decision : decisions)
        decision.decidedAt = clock::now();
    return campaign().decideEligibility(m_dossier, decisions);
}

} // namespace guichet
