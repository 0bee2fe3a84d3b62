#include "WorkspaceCommands.h"

#include "demo/DemoWorkspace.h"
#include "dossier/DossierListing.h"
#include "instruction/InstructionOverview.h"
#include "ledger/EnvelopeOverview.h"
#include "ledger/LedgerStore.h"
#include "programme/ProgrammeReader.h"
#include "storage/WorkspaceCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace guichet::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Where a new workspace may be created: a .guichet name in a folder that exists.
Status checkNewWorkspacePath(const QString& path)
{
    if (!path.endsWith(QLatin1Char('.') + QLatin1String(Workspace::kExtension)))
        return Error::badInput(
            Text::tr("%1 : un classeur doit porter l'extension .guichet.").arg(path));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error::badInput(Text::tr("Le répertoire %1 n'existe pas : créez-le d'abord.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists())
        return Error::badInput(Text::tr("%1 existe déjà : choisissez un autre nom.").arg(path));
    return success();
}

} // namespace

NewCommand::NewCommand()
    : Command(QStringLiteral("new"), Text::tr("FICHIER.guichet [--programme FICHIER.json]"),
              Text::tr("Crée un classeur vide. Sans --programme, le programme de l'Ain "
                       "2021 livré avec Guichet est utilisé."),
              1)
    , m_programme(QStringLiteral("programme"), Text::tr("Document de programme (JSON) à utiliser."),
                  Text::tr("FICHIER.json"))
{
    addOptions({m_programme});
}

QString NewCommand::summary() const
{
    return Text::tr("crée un classeur vide sur un programme");
}

Status NewCommand::run(QTextStream& out)
{
    const QString path = positional().constFirst();
    if (Status status = checkNewWorkspacePath(path); !status)
        return status;
    QByteArray document = ProgrammeReader::builtinDocument();
    if (isSet(m_programme)) {
        QFile file(value(m_programme));
        if (!file.open(QIODevice::ReadOnly))
            return badInput(
                Text::tr("Impossible de lire %1 : %2").arg(value(m_programme), file.errorString()));
        document = file.readAll();
    }
    auto workspace = Workspace::create(path, document);
    if (!workspace)
        return workspace.error();
    out << Text::tr("Classeur créé : %1 (programme « %2 »)\n")
               .arg(workspace.value()->path(), workspace.value()->programme().name);
    return success();
}

DemoCommand::DemoCommand()
    : Command(QStringLiteral("demo"), Text::tr("--output FICHIER.guichet [--dossiers N]"),
              Text::tr("Crée un classeur de démonstration : le programme de l'Ain et des "
                       "dossiers réalistes de communes et EPCI de l'Ain."),
              0)
    , m_output(QStringLiteral("output"), Text::tr("Classeur à créer."), Text::tr("FICHIER.guichet"))
    , m_count(QStringLiteral("dossiers"),
              Text::tr("Nombre de dossiers (1 à 100 000 ; 40 par défaut)."), QStringLiteral("N"),
              QStringLiteral("40"))
{
    addOptions({m_output, m_count});
}

QString DemoCommand::summary() const
{
    return Text::tr("crée un classeur de démonstration (Ain)");
}

Status DemoCommand::run(QTextStream& out)
{
    const QString path = value(m_output);
    if (path.isEmpty())
        return badInput(Text::tr("--output est obligatoire."));
    bool ok = false;
    const int n = value(m_count).toInt(&ok);
    if (!ok || n < 1 || n > 100000)
        return badInput(Text::tr("--dossiers attend un nombre entre 1 et 100 000, pas « %1 ».")
                            .arg(value(m_count)));
    if (Status status = checkNewWorkspacePath(path); !status)
        return status;
    auto workspace = demo::createWorkspace(path, n);
    if (!workspace)
        return workspace.error();
    out << Text::tr("Classeur de démonstration créé : %1 (%n dossier(s))\n", nullptr, n)
               .arg(workspace.value()->path());
    return success();
}

DossiersCommand::DossiersCommand()
    : Command(QStringLiteral("dossiers"),
              Text::tr("FICHIER.guichet [--format json|csv] [--output FICHIER]"),
              Text::tr("Liste les dossiers du classeur, en JSON (par défaut) ou en CSV."), 1)
    , m_format(QStringLiteral("format"), Text::tr("json ou csv."), QStringLiteral("FORMAT"),
               QStringLiteral("json"))
    , m_output(QStringLiteral("output"), Text::tr("Fichier à écrire (sortie standard par défaut)."),
               Text::tr("FICHIER"))
{
    addOptions({m_format, m_output});
}

QString DossiersCommand::summary() const
{
    return Text::tr("liste les dossiers d'un classeur (JSON ou CSV)");
}

Status DossiersCommand::run(QTextStream& out)
{
    const QString format = value(m_format);
    if (Status status = checkChoice(QStringLiteral("format"), format,
                                    {QStringLiteral("json"), QStringLiteral("csv")});
        !status)
        return status;
    auto campaign = openReadOnly(positional().constFirst());
    if (!campaign)
        return campaign.error();
    const auto loaded = campaign.value()->dossiers().loadAll();
    if (!loaded)
        return loaded.error();
    const QList<Dossier>& dossiers = loaded.value();
    const InstructionOverview overview = InstructionOverview::load(
        dossiers, campaign.value()->programme(), campaign.value()->workspace().database());
    QHash<qint64, EligibilityAssessment::Verdict> verdicts;
    verdicts.reserve(overview.all().size());
    for (auto it = overview.all().cbegin(); it != overview.all().cend(); ++it)
        verdicts.insert(it.key(), it->eligibility.verdict);
    const EnvelopeOverview envelope = EnvelopeOverview::compute(
        dossiers, campaign.value()->programme(), verdicts, campaign.value()->ledger().state());
    const QHash<qint64, SessionAvis> avis = campaign.value()->committee().latestAvis();
    const QByteArray bytes = format == QLatin1String("json")
                                 ? listing::toJsonDocument(dossiers, overview, &envelope, &avis)
                                 : listing::toCsv(dossiers, overview, &envelope, &avis);
    if (Status status = writeOutput(value(m_output), bytes, out); !status)
        return status;
    if (!value(m_output).isEmpty())
        out << Text::tr("%1 : %n dossier(s) écrit(s).\n", nullptr, int(dossiers.size()))
                   .arg(value(m_output));
    return success();
}

BackupCommand::BackupCommand()
    : Command(QStringLiteral("backup"), Text::tr("FICHIER.guichet --output COPIE.guichet"),
              Text::tr("Écrit une copie cohérente du classeur (dossiers, instruction, journal), "
                       "même s'il est ouvert dans Guichet. La copie ne remplace jamais un "
                       "fichier existant."),
              1)
    , m_output(QStringLiteral("output"), Text::tr("Copie à écrire."), Text::tr("COPIE.guichet"))
{
    addOptions({m_output});
}

QString BackupCommand::summary() const
{
    return Text::tr("écrit une copie cohérente d'un classeur");
}

Status BackupCommand::run(QTextStream& out)
{
    const QString target = value(m_output);
    if (target.isEmpty())
        return badInput(Text::tr("--output COPIE.guichet attendu : la copie à écrire."));
    if (Status status = checkNewWorkspacePath(target); !status)
        return status;
    const QString source = positional().constFirst();
    if (Status status = workspace_copy::writeFile(source, target); !status)
        return status;
    out << Text::tr("Copie de %1 écrite : %2\n").arg(source, target);
    return success();
}

} // namespace guichet::cli
