#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet import FICHIER.guichet EXPORT... [--dry-run] [--json]
class ImportCommand final : public Command
{
public:
    ImportCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_json;
};

} // namespace guichet::cli
