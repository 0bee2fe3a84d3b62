#include "TableReader.h"

#include "CsvReader.h"
#include "SpreadsheetReader.h"

#include <QCoreApplication>
#include <QFile>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};
} // namespace

Result<std::unique_ptr<TableReader>> TableReader::forFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            Text::tr("Impossible de lire %1 : %2").arg(path, file.errorString()));
    const QByteArray magic = file.read(4);
    file.close();
    if (magic != QByteArray("PK\x03\x04", 4))
        return std::unique_ptr<TableReader>(std::make_unique<CsvReader>(path));
    // A zip: an OpenDocument package names its type in its first entry.
    ZipPackage probe(path);
    if (Status status = probe.open(); !status)
        return status.error();
    if (probe.contains(QStringLiteral("xl/workbook.xml")))
        return std::unique_ptr<TableReader>(std::make_unique<XlsxReader>(path));
    if (probe.contains(QStringLiteral("content.xml")))
        return std::unique_ptr<TableReader>(std::make_unique<OdsReader>(path));
    return Error::badInput(Text::tr("%1 est une archive, mais ni un classeur XLSX ni un "
                                    "classeur ODS.")
                               .arg(path));
}

} // namespace guichet
