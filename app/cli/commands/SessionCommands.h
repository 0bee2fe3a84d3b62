#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet session new FICHIER.guichet --date AAAA-MM-JJ --chair NOM [--time HH:MM]
// [--place TEXTE] [--secretary NOM] [--member "NOM;QUALITÉ;present|excuse|represente[;PAR]"]...
// Prints the new session's number alone on a line.
class SessionNewCommand final : public Command
{
public:
    SessionNewCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_date;
    const QCommandLineOption m_time;
    const QCommandLineOption m_place;
    const QCommandLineOption m_chair;
    const QCommandLineOption m_secretary;
    const QCommandLineOption m_member;
};

// guichet session agenda FICHIER.guichet --session N [--json]
class SessionAgendaCommand final : public Command
{
public:
    SessionAgendaCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_session;
    const QCommandLineOption m_json;
};

// guichet sessions FICHIER.guichet [--json] [--due]
class SessionsCommand final : public Command
{
public:
    SessionsCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_json;
    const QCommandLineOption m_due;
};

} // namespace guichet::cli
