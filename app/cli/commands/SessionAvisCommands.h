#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet session avis FICHIER.guichet --session N (--dossier D | --all-proposed)
// --avis favorable|favorable_sous_reserve|defavorable|ajourne [--amount-cents X]
// [--observations TEXTE] [--reason TEXTE]
// guichet session amend FICHIER.guichet --session N --dossier D --avis … [--amount-cents X]
// --reason TEXTE
class SessionAvisCommand final : public Command
{
public:
    enum class Mode
    {
        Record, // during the session
        Amend   // after its validation
    };
    explicit SessionAvisCommand(Mode mode);
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const Mode m_mode;
    const QCommandLineOption m_session;
    const QCommandLineOption m_dossier;
    const QCommandLineOption m_allProposed;
    const QCommandLineOption m_avis;
    const QCommandLineOption m_amount;
    const QCommandLineOption m_observations;
    const QCommandLineOption m_reason;
};

// guichet session recuse FICHIER.guichet --session N --dossier D --member NOM [--returns]
class SessionRecuseCommand final : public Command
{
public:
    SessionRecuseCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_session;
    const QCommandLineOption m_dossier;
    const QCommandLineOption m_member;
    const QCommandLineOption m_returns;
};

// guichet session close|delete FICHIER.guichet --session N: the chair validates the session,
// or a session created by mistake (the latest, open, without avis or recusal) is deleted.
class SessionStepCommand final : public Command
{
public:
    enum class Step
    {
        Close,
        Delete
    };
    explicit SessionStepCommand(Step step);
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const Step m_step;
    const QCommandLineOption m_session;
};

// guichet session decide FICHIER.guichet --session N [--justification TEXTE]
// [--date AAAA-MM-JJ] [--differs "DOSSIER;attribution|refus|sans_suite;[CENTIMES];MOTIF"]...
class SessionDecideCommand final : public Command
{
public:
    SessionDecideCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_session;
    const QCommandLineOption m_justification;
    const QCommandLineOption m_date;
    const QCommandLineOption m_differs;
};

} // namespace guichet::cli
