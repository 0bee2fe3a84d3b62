#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet letterhead FICHIER.guichet [--json] [--set CLÉ=VALEUR]...
class LetterheadCommand final : public Command
{
public:
    LetterheadCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_json;
    const QCommandLineOption m_set;
};

// guichet letters FICHIER.guichet (--session N | --dossier D...) --output DOSSIER
// [--combined FICHIER.pdf] [--issue] [--date AAAA-MM-JJ]
class LettersCommand final : public Command
{
public:
    LettersCommand();
    QString summary() const override;
    bool rendersDocuments() const override { return true; }

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_session;
    const QCommandLineOption m_dossier;
    const QCommandLineOption m_output;
    const QCommandLineOption m_combined;
    const QCommandLineOption m_issue;
    const QCommandLineOption m_date;
    const QCommandLineOption m_correct;
};

// guichet register FICHIER.guichet [--json] [--format csv|xlsx --output FICHIER]
class RegisterCommand final : public Command
{
public:
    RegisterCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_json;
    const QCommandLineOption m_format;
    const QCommandLineOption m_output;
};

// guichet documents reprint FICHIER.guichet --number NUM --output FICHIER
class DocumentsReprintCommand final : public Command
{
public:
    DocumentsReprintCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_number;
    const QCommandLineOption m_output;
};

// guichet minutes FICHIER.guichet --session N --output FICHIER.pdf|FICHIER.odt [--issue]
class MinutesCommand final : public Command
{
public:
    MinutesCommand();
    QString summary() const override;
    bool rendersDocuments() const override { return true; }

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_session;
    const QCommandLineOption m_output;
    const QCommandLineOption m_issue;
};

// guichet print FICHIER.guichet (--dossier D | --grid [--subaxis CODE]) --output FICHIER.pdf
class PrintCommand final : public Command
{
public:
    PrintCommand();
    QString summary() const override;
    bool rendersDocuments() const override { return true; }

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_dossier;
    const QCommandLineOption m_grid;
    const QCommandLineOption m_subaxis;
    const QCommandLineOption m_session;
    const QCommandLineOption m_output;
};

} // namespace guichet::cli
