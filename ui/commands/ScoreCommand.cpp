#include "ScoreCommand.h"

#include "campaign/Campaign.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace guichet {

namespace {
QString describe(const Score& before, const Score& after, const QString& label)
{
    if (after.level != before.level)
        return QCoreApplication::translate("ScoreCommand", "Note du dossier %1, « %2 » : %3")
            .arg(after.dossier)
            .arg(label, after.level ? QString::number(*after.level)
                                    : QCoreApplication::translate("ScoreCommand", "aucune"));
    return QCoreApplication::translate("ScoreCommand", "Commentaire du dossier %1, « %2 »")
        .arg(after.dossier)
        .arg(label);
}
} // namespace

ScoreCommand::ScoreCommand(Editing& editing, Score before, Score after,
                           const QString& criterionLabel)
    : EditCommand(editing, after.dossier, Editing::Place::Scoring,
                  describe(before, after, criterionLabel))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status ScoreCommand::apply(bool forward)
{
    Score score = forward ? m_after : m_before;
    score.updatedAt = clock::now(); // an undo is a new edit: it wins a later package merge
    return campaign().setScore(score);
}

} // namespace guichet
