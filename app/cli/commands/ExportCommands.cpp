#include "ExportCommands.h"

#include "demo/DemoBuilder.h"
#include "documents/DocumentSheets.h"
#include "exportgen/DsExportWriter.h"
#include "exportgen/ListExport.h"
#include "instruction/InstructionOverview.h"
#include "instruction/SelectionGrid.h"
#include "ledger/LedgerExport.h"
#include "ledger/LedgerStore.h"
#include "programme/ProgrammeReader.h"
#include "referential/Referential.h"

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

using Verdict = EligibilityAssessment::Verdict;
constexpr Verdict kVerdicts[] = {Verdict::Eligible, Verdict::NotEligible, Verdict::Incomplete};

QStringList verdictNames()
{
    QStringList names;
    for (const Verdict verdict : kVerdicts)
        names.append(EligibilityAssessment::apiName(verdict));
    return names;
}

std::optional<Verdict> verdictNamed(const QString& name)
{
    const qsizetype index = verdictNames().indexOf(name);
    return index < 0 ? std::nullopt : std::optional<Verdict>(kVerdicts[index]);
}
} // namespace

ExportCommand::ExportCommand()
    : Command(
          QStringLiteral("export"),
          Text::tr("FICHIER.guichet --what grid|list|ledger|decisions --format csv|csv-excel|xlsx "
                   "--output FICHIER [--subaxis CODE] [--eligibility VERDICT]"),
          Text::tr("Exporte la grille de sélection (grid : dossiers dans l'ordre du "
                   "classement, moyenne, min et max par critère, note pondérée, rang, "
                   "désaccords), la liste des dossiers (list : colonnes et ordre de la liste à "
                   "l'ouverture, par date de dépôt) ou le registre de l'enveloppe (ledger : un "
                   "mouvement par ligne) ou les décisions (decisions : un dossier décidé par "
                   "ligne, pour démarches-simplifiées). csv : CSV UTF-8 à virgules et point "
                   "décimal, pour les "
                   "scripts ; csv-excel : CSV pour un tableur en français (BOM UTF-8, "
                   "point-virgule, virgule décimale) ; xlsx : classeur, nombres en cellules "
                   "numériques."),
          1)
    , m_what(QStringLiteral("what"),
             Text::tr("grid (la grille), list (la liste), ledger (le registre) ou "
                      "decisions (les décisions)."),
             QStringLiteral("WHAT"), QStringLiteral("grid"))
    , m_format(QStringLiteral("format"), Text::tr("csv, csv-excel ou xlsx."),
               QStringLiteral("FORMAT"), QStringLiteral("csv"))
    , m_output(QStringLiteral("output"), Text::tr("Fichier à écrire."), Text::tr("FICHIER"))
    , m_subaxis(QStringLiteral("subaxis"), Text::tr("Seulement ce sous-axe (ex. : 3a)."),
                QStringLiteral("CODE"))
    , m_eligibility(QStringLiteral("eligibility"),
                    Text::tr("Liste : seulement les dossiers de ce verdict (eligible, "
                             "not_eligible, incomplete)."),
                    QStringLiteral("VERDICT"))
{
    addOptions({m_what, m_format, m_output, m_subaxis, m_eligibility});
}

QString ExportCommand::summary() const
{
    return Text::tr("exporte la grille de sélection, la liste des dossiers ou le registre "
                    "(CSV ou XLSX)");
}

Status ExportCommand::run(QTextStream& out)
{
    const QString what = value(m_what);
    if (Status status = checkChoice(QStringLiteral("what"), what,
                                    {QStringLiteral("grid"), QStringLiteral("list"),
                                     QStringLiteral("ledger"), QStringLiteral("decisions")});
        !status)
        return status;
    const QString formatName = value(m_format);
    if (Status status = checkChoice(QStringLiteral("format"), formatName, sheet::formatNames());
        !status)
        return status;
    const std::optional<EligibilityAssessment::Verdict> verdict =
        verdictNamed(value(m_eligibility));
    if (isSet(m_eligibility)) {
        if (what != QLatin1String("list"))
            return badInput(Text::tr("--eligibility ne vaut que pour --what list."));
        if (!verdict)
            return checkChoice(QStringLiteral("eligibility"), value(m_eligibility), verdictNames());
    }
    const QString path = value(m_output);
    if (path.isEmpty())
        return badInput(Text::tr("--output est obligatoire."));
    const QString workspace = positional().constFirst();
    const QString subaxis = value(m_subaxis);
    if (what == QLatin1String("decisions")) {
        if (!subaxis.isEmpty())
            return badInput(Text::tr("--subaxis ne s'emploie pas avec --what decisions."));
        if (formatName != QLatin1String("csv") && formatName != QLatin1String("xlsx"))
            return badInput(Text::tr("les décisions s'exportent en csv ou en xlsx."));
        auto campaign = openReadOnly(workspace);
        if (!campaign)
            return campaign.error();
        const Sheet decisions = document_sheets::decisionsSheet(**campaign);
        if (Status status = sheet::write(
                decisions, path,
                formatName == QLatin1String("csv") ? sheet::Format::CsvPlain : sheet::Format::Xlsx);
            !status)
            return status;
        out << Text::tr("Décisions écrites : %1 (%n dossier(s))\n", nullptr,
                        int(decisions.rows.size()))
                   .arg(path);
        return success();
    }
    if (what == QLatin1String("ledger")) {
        if (!subaxis.isEmpty())
            return badInput(Text::tr("--subaxis ne s'emploie pas avec --what ledger."));
        if (formatName != QLatin1String("csv") && formatName != QLatin1String("xlsx"))
            return badInput(Text::tr("le registre s'exporte en csv ou en xlsx."));
        auto campaign = openReadOnly(workspace);
        if (!campaign)
            return campaign.error();
        if (Status status = ledger_export::write(campaign.value()->ledger(), path,
                                                 formatName == QLatin1String("csv")
                                                     ? ledger_export::Format::Csv
                                                     : ledger_export::Format::Xlsx);
            !status)
            return status;
        out << Text::tr("Registre écrit : %1\n").arg(path);
        return success();
    }
    if (!subaxis.isEmpty()) {
        const auto programme = programmeOf(workspace);
        if (!programme)
            return programme.error();
        if (!programme->subaxis(subaxis)) {
            QStringList codes;
            for (const SubAxis& s : programme->subaxes)
                codes.append(s.code);
            return badInput(Text::tr("sous-axe inconnu : « %1 ». Sous-axes du programme : %2.")
                                .arg(subaxis, codes.join(QStringLiteral(", "))));
        }
    }
    auto campaign = openReadOnly(workspace);
    if (!campaign)
        return campaign.error();
    const Programme& programme = campaign.value()->programme();
    auto loaded = campaign.value()->dossiers().loadAll();
    if (!loaded)
        return loaded.error();
    QList<Dossier> dossiers = std::move(loaded.value());
    InstructionOverview overview =
        InstructionOverview::load(dossiers, programme, campaign.value()->workspace().database());
    Sheet table;
    if (what == QLatin1String("list")) {
        table = list_export::sheet(list_export::defaultRows(dossiers, overview, subaxis, verdict),
                                   overview, list_export::defaultColumns());
    } else {
        SelectionGrid grid(programme, std::move(dossiers), std::move(overview));
        grid.setSubaxis(subaxis);
        table = grid.sheet();
    }
    if (Status status = sheet::write(table, path, *sheet::formatNamed(formatName)); !status)
        return status;
    out << (what == QLatin1String("list")
                ? Text::tr("Liste des dossiers écrite : %1 (%n dossier)\n", nullptr,
                           int(table.rows.size()))
                : Text::tr("Grille de sélection écrite : %1\n"))
               .arg(path);
    return success();
}

GenerateExportCommand::GenerateExportCommand()
    : Command(
          QStringLiteral("generate-export"),
          Text::tr("--rows N --format csv|xlsx --output FICHIER [--era 2021|2025] [--seed N]"),
          Text::tr(
              "Écrit un export démarches-simplifiées synthétique du formulaire de l'Ain, au format "
              "réel (pour les démonstrations, les tests et les mesures)."),
          0)
    , m_rows(QStringLiteral("rows"), Text::tr("Nombre de dossiers (1 à 1 000 000)."),
             QStringLiteral("N"))
    , m_format(QStringLiteral("format"), Text::tr("csv ou xlsx."), QStringLiteral("FORMAT"))
    , m_output(QStringLiteral("output"), Text::tr("Fichier à écrire."), Text::tr("FICHIER"))
    , m_era(QStringLiteral("era"),
            Text::tr("Colonnes d'export de 2021 (« Archivé ») ou de 2025 (« À "
                     "archiver », colonnes de 2024) ; 2021 par défaut."),
            QStringLiteral("ANNÉE"), QStringLiteral("2021"))
    , m_seed(QStringLiteral("seed"), Text::tr("Graine du générateur."), QStringLiteral("N"),
             QStringLiteral("2021"))
{
    addOptions({m_rows, m_format, m_output, m_era, m_seed});
}

QString GenerateExportCommand::summary() const
{
    return Text::tr("écrit un export démarches-simplifiées synthétique");
}

Status GenerateExportCommand::run(QTextStream& out)
{
    bool ok = false;
    const int rows = value(m_rows).toInt(&ok);
    if (!ok || rows < 1 || rows > 1000000)
        return badInput(Text::tr("--rows attend un nombre entre 1 et 1 000 000, pas « %1 ».")
                            .arg(value(m_rows)));
    const QString format = value(m_format);
    if (Status status = checkChoice(QStringLiteral("format"), format,
                                    {QStringLiteral("csv"), QStringLiteral("xlsx")});
        !status)
        return status;
    const QString era = value(m_era);
    if (Status status = checkChoice(QStringLiteral("era"), era,
                                    {QStringLiteral("2021"), QStringLiteral("2025")});
        !status)
        return status;
    const quint32 seed = value(m_seed).toUInt(&ok);
    if (!ok)
        return badInput(Text::tr("--seed attend un entier positif."));
    const QString path = value(m_output);
    if (path.isEmpty())
        return badInput(Text::tr("--output est obligatoire."));

    const QList<Dossier> dossiers = DemoBuilder(Referential::instance(), seed).build(rows);
    const Status status = ds_export::write(
        path, format == QLatin1String("csv") ? ds_export::Format::Csv : ds_export::Format::Xlsx,
        era == QLatin1String("2021") ? DsExportTable::Era::Y2021 : DsExportTable::Era::Y2025,
        ProgrammeReader::builtin(), dossiers);
    if (!status)
        return status;
    out << Text::tr("Export démarches-simplifiées écrit : %1 (%n dossier(s))\n", nullptr, rows)
               .arg(path);
    return success();
}

} // namespace guichet::cli
