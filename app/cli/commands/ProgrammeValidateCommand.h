#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet programme validate FICHIER.json
class ProgrammeValidateCommand final : public Command
{
public:
    ProgrammeValidateCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;
};

} // namespace guichet::cli
