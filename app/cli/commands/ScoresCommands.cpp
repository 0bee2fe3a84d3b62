#include "ScoresCommands.h"

#include "instruction/ScoringGrid.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QStringList criterionCodes(const Programme& programme)
{
    QStringList codes;
    for (const Criterion& criterion : programme.criteria)
        codes.append(criterion.code);
    return codes;
}
} // namespace

QCommandLineOption instructorOption()
{
    return QCommandLineOption(QStringLiteral("instructor"),
                              Text::tr("Instructeur (par défaut : celui des réglages)."),
                              Text::tr("NOM"));
}

ScoresSetCommand::ScoresSetCommand()
    : Command(QStringLiteral("scores set"),
              Text::tr("FICHIER.guichet --dossier N --criterion CODE --level N "
                       "[--comment TEXTE] [--instructor NOM]"),
              Text::tr("Note un critère d'un dossier."), 1)
    , m_dossier(QStringLiteral("dossier"), Text::tr("Numéro DS."), QStringLiteral("N"))
    , m_criterion(QStringLiteral("criterion"), Text::tr("Code du critère."), QStringLiteral("CODE"))
    , m_level(QStringLiteral("level"), Text::tr("Niveau sur l'échelle du critère (vide : aucun)."),
              QStringLiteral("N"))
    , m_comment(QStringLiteral("comment"), Text::tr("Commentaire."), Text::tr("TEXTE"))
    , m_instructor(instructorOption())
{
    addOptions({m_dossier, m_criterion, m_level, m_comment, m_instructor});
}

QString ScoresSetCommand::summary() const
{
    return Text::tr("note un critère d'un dossier");
}

Status ScoresSetCommand::run(QTextStream& out)
{
    Score score;
    const auto number = dossierNumber(value(m_dossier));
    if (!number)
        return number.error();
    score.dossier = *number;
    score.criterion = value(m_criterion);
    if (!value(m_level).isEmpty()) {
        bool ok = false;
        score.level = value(m_level).toInt(&ok);
        if (!ok)
            return badInput(Text::tr("--level attend un nombre entier."));
    }
    score.comment = value(m_comment);

    const QString path = positional().constFirst();
    const auto programme = programmeOf(path);
    if (!programme)
        return programme.error();
    const Criterion* criterion = ScoringGrid(*programme).criterion(score.criterion);
    if (!criterion)
        return badInput(
            Text::tr("Critère inconnu : « %1 ». Critères du programme : %2.")
                .arg(score.criterion, criterionCodes(*programme).join(QStringLiteral(", "))));
    if (score.level && (*score.level < criterion->scaleMin || *score.level > criterion->scaleMax))
        return badInput(Text::tr("Niveau %1 hors de l'échelle du critère « %2 » (%3 à %4).")
                            .arg(*score.level)
                            .arg(criterion->label)
                            .arg(criterion->scaleMin)
                            .arg(criterion->scaleMax));

    return write(
        path, value(m_instructor),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            score.instructor = campaign.actor();
            if (Status status = campaign.setScore(score); !status)
                return status;
            said << Text::tr("Note enregistrée : dossier %1, critère « %2 », niveau %3, par %4.\n")
                        .arg(score.dossier)
                        .arg(score.criterion,
                             score.level ? QString::number(*score.level) : Text::tr("aucun"),
                             score.instructor);
            return success();
        },
        out);
}

ScoresExportCommand::ScoresExportCommand()
    : Command(QStringLiteral("scores export"),
              Text::tr("FICHIER.guichet --instructor NOM --output PAQUET"),
              Text::tr("Écrit les notes, avis et décisions d'éligibilité d'un "
                       "instructeur dans un paquet (JSON avec son empreinte "
                       "SHA-256)."),
              1)
    , m_instructor(QStringLiteral("instructor"), Text::tr("Instructeur dont le paquet est écrit."),
                   Text::tr("NOM"))
    , m_output(QStringLiteral("output"), Text::tr("Paquet à écrire."), Text::tr("PAQUET"))
{
    addOptions({m_instructor, m_output});
}

QString ScoresExportCommand::summary() const
{
    return Text::tr("écrit les notes d'un instructeur dans un paquet");
}

Status ScoresExportCommand::run(QTextStream& out)
{
    const QString who = value(m_instructor).trimmed();
    if (who.isEmpty())
        return badInput(Text::tr("--instructor est obligatoire : le paquet est celui d'un "
                                 "instructeur."));
    const QString output = value(m_output);
    if (output.isEmpty())
        return badInput(Text::tr("--output est obligatoire."));
    auto campaign = openReadOnly(positional().constFirst());
    if (!campaign)
        return campaign.error();
    auto summary = score_package::write(campaign.value()->workspace().database(),
                                        campaign.value()->programme(), who, output);
    if (!summary)
        return summary.error();
    out << Text::tr("%1 : %2 de %3.\n").arg(output, summary->toText(), who);
    return success();
}

ScoresImportCommand::ScoresImportCommand()
    : Command(QStringLiteral("scores import"), Text::tr("FICHIER.guichet PAQUET [--json]"),
              Text::tr("Fusionne le paquet de notes d'un collègue : nouvelles notes "
                       "ajoutées, identiques ignorées, la modification la plus "
                       "récente l'emporte. Tout ou rien."),
              2)
    , m_json(QStringLiteral("json"), Text::tr("Rapport en JSON."))
{
    addOptions({m_json});
}

QString ScoresImportCommand::summary() const
{
    return Text::tr("fusionne le paquet de notes d'un collègue");
}

Status ScoresImportCommand::run(QTextStream& out)
{
    const QString package = positional().at(1);
    if (!QFileInfo(package).isFile())
        return badInput(Text::tr("Le fichier %1 n'existe pas.").arg(package));
    const bool json = isSet(m_json);
    return write(
        positional().constFirst(), QString(),
        [&](Campaign& campaign, QTextStream& said) -> Status {
            auto report = campaign.mergeScorePackage(package);
            if (!report)
                return report.error();
            said << (json ? QString::fromUtf8(
                                QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented))
                          : report->toText() + QLatin1Char('\n'));
            return success();
        },
        out);
}

} // namespace guichet::cli
