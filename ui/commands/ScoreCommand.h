#pragma once

#include "EditCommand.h"
#include "instruction/Scores.h"

namespace guichet {

// A level or a comment given on one criterion.
class ScoreCommand : public EditCommand
{
public:
    ScoreCommand(Editing& editing, Score before, Score after, const QString& criterionLabel);

protected:
    Status apply(bool forward) override;

private:
    Score m_before;
    Score m_after;
};

} // namespace guichet
