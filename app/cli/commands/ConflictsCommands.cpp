#include "ConflictsCommands.h"

#include "common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

ConflictsDeclareCommand::ConflictsDeclareCommand()
    : Command(QStringLiteral("conflicts declare"),
              Text::tr("FICHIER.guichet --person NOM --siren SIREN --link TEXTE"),
              Text::tr("Liens d'intérêt (déport) : une personne liée à un demandeur ne peut pas "
                       "noter ses dossiers ; la déclaration est conservée pour le comité."),
              1)
    , m_person(QStringLiteral("person"), Text::tr("Personne."), Text::tr("NOM"))
    , m_siren(QStringLiteral("siren"), Text::tr("SIREN du demandeur."), QStringLiteral("SIREN"))
    , m_link(QStringLiteral("link"), Text::tr("Nature du lien (ex. : conseiller municipal)."),
             Text::tr("TEXTE"))
{
    addOptions({m_person, m_siren, m_link});
}

QString ConflictsDeclareCommand::summary() const
{
    return Text::tr("déclare un lien d'intérêt (déport)");
}

Status ConflictsDeclareCommand::run(QTextStream& out)
{
    ConflictDeclaration declaration{value(m_person).trimmed(), value(m_siren).trimmed(), QString(),
                                    value(m_link).trimmed(), QDateTime()};
    if (declaration.person.isEmpty() || declaration.applicantSiren.isEmpty() ||
        declaration.link.isEmpty())
        return badInput(Text::tr("--person, --siren et --link sont obligatoires."));
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            const auto dossiers = campaign.dossiers().loadAll();
            if (!dossiers)
                return dossiers.error();
            for (const Dossier& d : dossiers.value()) {
                if (d.applicantSiren == declaration.applicantSiren)
                    declaration.applicantName = d.applicantName;
            }
            if (declaration.applicantName.isEmpty())
                return badInput(
                    Text::tr("aucun dossier du classeur n'a pour demandeur le SIREN « %1 ».")
                        .arg(declaration.applicantSiren));
            auto withdrawn = campaign.declareConflict(declaration);
            if (!withdrawn)
                return withdrawn.error();
            said << Text::tr("Lien déclaré : %1 — %2 (%3) ; %4.\n")
                        .arg(declaration.person, declaration.applicantName, declaration.link,
                             Text::tr("%n note(s) retirée(s)", nullptr,
                                      int(withdrawn->scores.size())));
            return success();
        },
        out);
}

ConflictsListCommand::ConflictsListCommand()
    : Command(QStringLiteral("conflicts list"), Text::tr("FICHIER.guichet"),
              Text::tr("Liste en JSON les liens d'intérêt déclarés dans le classeur."), 1)
{}

QString ConflictsListCommand::summary() const
{
    return Text::tr("liste les liens d'intérêt déclarés (JSON)");
}

Status ConflictsListCommand::run(QTextStream& out)
{
    auto campaign = openReadOnly(positional().constFirst());
    if (!campaign)
        return campaign.error();
    QJsonArray list;
    for (const ConflictDeclaration& c : campaign.value()->instruction().conflicts())
        list.append(QJsonObject{{QStringLiteral("person"), c.person},
                                {QStringLiteral("applicant_siren"), c.applicantSiren},
                                {QStringLiteral("applicant_name"), c.applicantName},
                                {QStringLiteral("link"), c.link},
                                {QStringLiteral("declared_at"), clock::toText(c.declaredAt)}});
    out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    return success();
}

} // namespace guichet::cli
