#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet conflicts declare FICHIER.guichet --person NOM --siren SIREN --link TEXTE
class ConflictsDeclareCommand final : public Command
{
public:
    ConflictsDeclareCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_person;
    const QCommandLineOption m_siren;
    const QCommandLineOption m_link;
};

// guichet conflicts list FICHIER.guichet
class ConflictsListCommand final : public Command
{
public:
    ConflictsListCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;
};

} // namespace guichet::cli
