#pragma once

#include "cli/Command.h"

namespace guichet::cli {

// guichet eligibility decide FICHIER.guichet --dossier N --check CODE --outcome
// pass|fail|warning|to_check [--justification TEXTE] [--instructor NOM]
class EligibilityDecideCommand final : public Command
{
public:
    EligibilityDecideCommand();
    QString summary() const override;

protected:
    Status run(QTextStream& out) override;

private:
    const QCommandLineOption m_dossier;
    const QCommandLineOption m_check;
    const QCommandLineOption m_outcome;
    const QCommandLineOption m_justification;
    const QCommandLineOption m_instructor;
};

} // namespace guichet::cli
