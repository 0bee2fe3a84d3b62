#pragma once

#include "EditCommand.h"
#include "instruction/Scores.h"

namespace guichet {

// An instructor's overall opinion on a dossier: its stance and its reason.
class OpinionCommand : public EditCommand
{
public:
    OpinionCommand(Editing& editing, Opinion before, Opinion after);

protected:
    Status apply(bool forward) override;

private:
    Opinion m_before;
    Opinion m_after;
};

} // namespace guichet
