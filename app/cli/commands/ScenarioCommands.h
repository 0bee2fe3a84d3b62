#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet scenario save FICHIER.guichet --name NOM --cutoff-rank N [--subaxis CODE]
// [--partial-last]
class ScenarioSaveCommand final : public Command
{
public:
    ScenarioSaveCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_name;
    const QCommandLineOption m_cutoff;
    const QCommandLineOption m_subaxis;
    const QCommandLineOption m_partial;
};

// guichet scenario list FICHIER.guichet [--json]
// guichet scenario show FICHIER.guichet NOM [--json]
// guichet scenario compare FICHIER.guichet NOM1 NOM2 [--json]
class ScenarioReadCommand final : public Command
{
public:
    enum class What
    {
        List,
        Show,
        Compare
    };
    explicit ScenarioReadCommand(What what);
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const What m_what;
    const QCommandLineOption m_json;
};

// guichet scenario adopt FICHIER.guichet NOM
class ScenarioAdoptCommand final : public Command
{
public:
    ScenarioAdoptCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;
};

} // namespace guichet::cli
