#include "ExportCommands.h"

#include "demo/DemoBuilder.h"
#include "exportgen/DsExportWriter.h"
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
} // namespace

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"),
              Text::tr("FICHIER.guichet --what grid|ledger --format csv|xlsx --output FICHIER "
                       "[--subaxis CODE]"),
              Text::tr("Exporte la grille de sélection (grid : dossiers dans l'ordre du "
                       "classement, moyennes par critère, note pondérée, rang, désaccords) ou le "
                       "registre de l'enveloppe (ledger : un mouvement par ligne)."),
              1)
    , m_what(QStringLiteral("what"), Text::tr("grid ou ledger."), QStringLiteral("WHAT"),
             QStringLiteral("grid"))
    , m_format(QStringLiteral("format"), Text::tr("csv ou xlsx."), QStringLiteral("FORMAT"),
               QStringLiteral("csv"))
    , m_output(QStringLiteral("output"), Text::tr("Fichier à écrire."), Text::tr("FICHIER"))
    , m_subaxis(QStringLiteral("subaxis"), Text::tr("Seulement ce sous-axe (ex. : 3a)."),
                QStringLiteral("CODE"))
{
    addOptions({m_what, m_format, m_output, m_subaxis});
}

QString ExportCommand::summary() const
{
    return Text::tr("exporte la grille de sélection ou le registre (CSV ou XLSX)");
}

Status ExportCommand::run(QTextStream& out)
{
    const QString what = value(m_what);
    if (Status status = checkChoice(QStringLiteral("what"), what,
                                    {QStringLiteral("grid"), QStringLiteral("ledger")});
        !status)
        return status;
    const QString format = value(m_format);
    if (Status status = checkChoice(QStringLiteral("format"), format,
                                    {QStringLiteral("csv"), QStringLiteral("xlsx")});
        !status)
        return status;
    const QString path = value(m_output);
    if (path.isEmpty())
        return badInput(Text::tr("--output est obligatoire."));
    const QString workspace = positional().constFirst();
    const QString subaxis = value(m_subaxis);
    if (what == QLatin1String("ledger")) {
        if (!subaxis.isEmpty())
            return badInput(Text::tr("--subaxis ne s'emploie qu'avec --what grid."));
        auto campaign = openReadOnly(workspace);
        if (!campaign)
            return campaign.error();
        if (Status status =
                ledger_export::write(campaign.value()->ledger(), path,
                                     format == QLatin1String("csv") ? ledger_export::Format::Csv
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
    SelectionGrid grid(programme, std::move(dossiers), std::move(overview));
    grid.setSubaxis(subaxis);
    const Status status =
        format == QLatin1String("csv") ? grid.writeCsv(path) : grid.writeXlsx(path);
    if (!status)
        return status;
    out << Text::tr("Grille de sélection écrite : %1\n").arg(path);
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
