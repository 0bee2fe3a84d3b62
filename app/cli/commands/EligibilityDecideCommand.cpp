#include "EligibilityDecideCommand.h"

#include "ScoresCommands.h"
#include "instruction/Eligibility.h"

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

EligibilityDecideCommand::EligibilityDecideCommand()
    : Command(QStringLiteral("eligibility decide"),
              Text::tr("FICHIER.guichet --dossier N --check CODE --outcome "
                       "pass|fail|warning|to_check [--justification TEXTE] [--instructor NOM]"),
              Text::tr("Enregistre le résultat d'une vérification manuelle, ou modifie un résultat "
                       "automatique (justification obligatoire). to_check efface la décision."),
              1)
    , m_dossier(QStringLiteral("dossier"), Text::tr("Numéro DS."), QStringLiteral("N"))
    , m_check(QStringLiteral("check"), Text::tr("Code de la vérification."), QStringLiteral("CODE"))
    , m_outcome(QStringLiteral("outcome"), Text::tr("pass, fail, warning ou to_check."),
                QStringLiteral("OUTCOME"))
    , m_justification(QStringLiteral("justification"), Text::tr("Justification écrite."),
                      Text::tr("TEXTE"))
    , m_instructor(instructorOption())
{
    addOptions({m_dossier, m_check, m_outcome, m_justification, m_instructor});
}

QString EligibilityDecideCommand::summary() const
{
    return Text::tr("enregistre une décision d'éligibilité");
}

Status EligibilityDecideCommand::run(QTextStream& out)
{
    EligibilityDecision decision;
    const auto number = dossierNumber(value(m_dossier));
    if (!number)
        return number.error();
    decision.dossier = *number;
    const auto outcome = CheckResult::fromApiName(value(m_outcome));
    if (!outcome)
        return badInput(Text::tr("--outcome attend pass, fail, warning ou to_check."));
    decision.outcome = *outcome;
    decision.check = value(m_check);
    decision.justification = value(m_justification);

    const QString path = positional().constFirst();
    const auto programme = programmeOf(path);
    if (!programme)
        return programme.error();
    QStringList codes;
    for (const EligibilityCheck& check : programme->eligibilityChecks)
        codes.append(check.code);
    if (!codes.contains(decision.check))
        return badInput(Text::tr("Vérification inconnue : « %1 ». Vérifications du programme : %2.")
                            .arg(decision.check, codes.join(QStringLiteral(", "))));
    if (decision.outcome != CheckResult::Outcome::ToCheck &&
        EligibilityEvaluator(*programme).isAutomatic(decision.check) &&
        decision.justification.trimmed().isEmpty())
        return badInput(Text::tr("Modifier le résultat automatique de « %1 » demande une "
                                 "justification écrite (--justification).")
                            .arg(decision.check));

    return write(
        path, value(m_instructor),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            decision.instructor = campaign.actor();
            if (Status status = campaign.decideEligibility(decision.dossier, {decision}); !status)
                return status;
            if (decision.outcome == CheckResult::Outcome::ToCheck)
                said << Text::tr("Décision effacée : dossier %1, vérification « %2 », par %3.\n")
                            .arg(decision.dossier)
                            .arg(decision.check, decision.instructor);
            else
                said
                    << Text::tr(
                           "Décision enregistrée : dossier %1, vérification « %2 » : %3, par %4.\n")
                           .arg(decision.dossier)
                           .arg(decision.check, CheckResult::outcomeLabel(decision.outcome),
                                decision.instructor);
            return success();
        },
        out);
}

} // namespace guichet::cli
