#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet scores set FICHIER.guichet --dossier N --criterion CODE --level N [--comment TEXTE]
// [--instructor NOM]
class ScoresSetCommand final : public Command
{
public:
    ScoresSetCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_dossier;
    const QCommandLineOption m_criterion;
    const QCommandLineOption m_level;
    const QCommandLineOption m_comment;
    const QCommandLineOption m_instructor;
};

// guichet scores export FICHIER.guichet --instructor NOM --output PAQUET
class ScoresExportCommand final : public Command
{
public:
    ScoresExportCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_instructor;
    const QCommandLineOption m_output;
};

// guichet scores import FICHIER.guichet PAQUET [--json]
class ScoresImportCommand final : public Command
{
public:
    ScoresImportCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_json;
};

// The --instructor option of the instruction commands.
QCommandLineOption instructorOption();

} // namespace guichet::cli
