#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet new FICHIER.guichet [--programme FICHIER.json]
class NewCommand final : public Command
{
public:
    NewCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_programme;
};

// guichet demo --output FICHIER.guichet [--dossiers N]
class DemoCommand final : public Command
{
public:
    DemoCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_output;
    const QCommandLineOption m_count;
};

// guichet dossiers FICHIER.guichet [--format json|csv] [--output FICHIER]
class DossiersCommand final : public Command
{
public:
    DossiersCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_format;
    const QCommandLineOption m_output;
};

// guichet backup FICHIER.guichet --output COPIE.guichet
class BackupCommand final : public Command
{
public:
    BackupCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_output;
};

} // namespace guichet::cli
