// The export subcommands: generate-export.
#include "CliSupport.h"
#include "demo/DemoBuilder.h"
#include "exportgen/DsExportWriter.h"
#include "programme/ProgrammeReader.h"
#include "referential/Referential.h"

#include <QCoreApplication>

namespace guichet::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runGenerateExport(const QStringList& arguments)
{
    CommandContext context(
        QStringLiteral("generate-export"),
        Text::tr("--rows N --format csv|xlsx --output FICHIER [--era 2021|2025] [--seed N]"),
        Text::tr(
            "Écrit un export démarches-simplifiées synthétique du formulaire de l'Ain, au format "
            "réel (pour les démonstrations, les tests et les mesures)."));
    const QCommandLineOption rows(QStringLiteral("rows"),
                                  Text::tr("Nombre de dossiers (1 à 1 000 000)."),
                                  QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("csv ou xlsx."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"), Text::tr("Fichier à écrire."),
                                    Text::tr("FICHIER"));
    const QCommandLineOption era(QStringLiteral("era"),
                                 Text::tr("Colonnes d'export de 2021 (« Archivé ») ou de 2025 (« À "
                                          "archiver », colonnes de 2024) ; 2021 par défaut."),
                                 QStringLiteral("ANNÉE"), QStringLiteral("2021"));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("Graine du générateur."),
                                  QStringLiteral("N"), QStringLiteral("2021"));
    for (const QCommandLineOption& option : {rows, format, output, era, seed})
        context.parser().addOption(option);
    int exitCode = Success;
    if (!context.parse(arguments, 0, exitCode))
        return exitCode;
    const QCommandLineParser& parser = context.parser();
    bool ok = false;
    const int rowCount = parser.value(rows).toInt(&ok);
    if (!ok || rowCount < 1 || rowCount > 1000000)
        return CommandContext::badInput(
            Text::tr("--rows attend un nombre entre 1 et 1 000 000, pas « %1 ».")
                .arg(parser.value(rows)));
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("xlsx"))
        return CommandContext::badInput(
            Text::tr("--format attend csv ou xlsx, pas « %1 ».").arg(formatName));
    const QString eraName = parser.value(era);
    if (eraName != QLatin1String("2021") && eraName != QLatin1String("2025"))
        return CommandContext::badInput(
            Text::tr("--era attend 2021 ou 2025, pas « %1 ».").arg(eraName));
    const quint32 seedValue = parser.value(seed).toUInt(&ok);
    if (!ok)
        return CommandContext::badInput(Text::tr("--seed attend un entier positif."));
    if (parser.value(output).isEmpty())
        return CommandContext::badInput(Text::tr("--output est obligatoire."));

    const QList<Dossier> dossiers = DemoBuilder(Referential::instance(), seedValue).build(rowCount);
    const Status status = ds_export::write(
        parser.value(output),
        formatName == QLatin1String("csv") ? ds_export::Format::Csv : ds_export::Format::Xlsx,
        eraName == QLatin1String("2021") ? DsExportTable::Era::Y2021 : DsExportTable::Era::Y2025,
        ProgrammeReader::builtin(), dossiers);
    if (!status)
        return CommandContext::fail(status.error());
    return Success;
}

} // namespace guichet::cli
