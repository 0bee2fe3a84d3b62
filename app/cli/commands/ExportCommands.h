#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet export FICHIER.guichet --what grid|list|ledger --format csv|csv-excel|xlsx
// --output FICHIER [--subaxis CODE] [--eligibility VERDICT]
class ExportCommand final : public Command
{
public:
    ExportCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_what;
    const QCommandLineOption m_format;
    const QCommandLineOption m_output;
    const QCommandLineOption m_subaxis;
    const QCommandLineOption m_eligibility;
};

// guichet generate-export --rows N --format csv|xlsx --output FICHIER [--era 2021|2025]
// [--seed N]
class GenerateExportCommand final : public Command
{
public:
    GenerateExportCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_rows;
    const QCommandLineOption m_format;
    const QCommandLineOption m_output;
    const QCommandLineOption m_era;
    const QCommandLineOption m_seed;
};

} // namespace guichet::cli
