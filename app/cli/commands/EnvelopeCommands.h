#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet envelope FICHIER.guichet [--json]
class EnvelopeCommand final : public Command
{
public:
    EnvelopeCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_json;
};

// guichet amounts set FICHIER.guichet --dossier N (--amount-cents X | --rate-percent R)
// --reason TEXTE
class AmountsSetCommand final : public Command
{
public:
    AmountsSetCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_dossier;
    const QCommandLineOption m_amount;
    const QCommandLineOption m_rate;
    const QCommandLineOption m_reason;
};

// guichet decide FICHIER.guichet --dossier N --decision attribution|refus|sans_suite
// [--amount-cents X] [--date AAAA-MM-JJ] [--justification TEXTE]
class DecideCommand final : public Command
{
public:
    DecideCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_dossier;
    const QCommandLineOption m_decision;
    const QCommandLineOption m_amount;
    const QCommandLineOption m_date;
    const QCommandLineOption m_justification;
};

// guichet decision reduce|cancel FICHIER.guichet --dossier N [--amount-cents X] --reason TEXTE
class DecisionChangeCommand final : public Command
{
public:
    enum class Change
    {
        Reduce,
        Cancel
    };
    explicit DecisionChangeCommand(Change change);
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const Change m_change;
    const QCommandLineOption m_dossier;
    const QCommandLineOption m_amount;
    const QCommandLineOption m_reason;
};

// guichet payments add FICHIER.guichet --dossier N --kind avance|acompte|solde --amount-cents X
// --date AAAA-MM-JJ
class PaymentsAddCommand final : public Command
{
public:
    PaymentsAddCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_dossier;
    const QCommandLineOption m_kind;
    const QCommandLineOption m_amount;
    const QCommandLineOption m_date;
};

// guichet ledger counter-entry FICHIER.guichet --movement ID --reason TEXTE
class CounterEntryCommand final : public Command
{
public:
    CounterEntryCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_movement;
    const QCommandLineOption m_reason;
};

} // namespace guichet::cli
