#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet verify FICHIER.guichet [--json]: exit 0 when every check holds, 1 with each finding;
// never a write (a read-only connection, no upgrade).
class VerifyCommand final : public Command
{
public:
    VerifyCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_json;
};

} // namespace guichet::cli
