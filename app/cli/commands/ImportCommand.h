#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet import FICHIER.guichet EXPORT... [--dry-run] [--json] [--partial | --mark-absent]
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
    const QCommandLineOption m_partial;
    const QCommandLineOption m_markAbsent;
};

} // namespace guichet::cli
