#include "DsExportWriter.h"

#include "XlsxWriter.h"
#include "common/AtomicFile.h"
#include "common/Csv.h"

#include <QCoreApplication>

namespace guichet::ds_export {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DsExport)
};

QString csvNumber(const QVariant& value)
{
    if (value.typeId() != QMetaType::Double)
        return value.toString();
    // Ruby's Float#to_s: "16400.0", "12345.67".
    QString s = QString::number(value.toDouble(), 'f', 2);
    while (s.endsWith(QLatin1Char('0')) && !s.endsWith(QStringLiteral(".0")))
        s.chop(1);
    return s;
}

QString csvValue(const DsCell& cell)
{
    switch (cell.type) {
    case DsCell::Type::Empty:
        return {};
    case DsCell::Type::Text:
        return cell.value.toString();
    case DsCell::Type::Number:
        return csvNumber(cell.value);
    case DsCell::Type::Timestamp: {
        // Ruby's Time#to_s: "2021-03-15 14:52:35 +0100".
        const QDateTime t = cell.value.toDateTime();
        const int offset = t.offsetFromUtc() / 60;
        return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) +
               (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
               QStringLiteral("%1%2")
                   .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                   .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    }
    case DsCell::Type::Date:
        return cell.value.toDate().toString(Qt::ISODate);
    case DsCell::Type::Boolean:
        return cell.value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

QStringList csvRow(const QList<DsCell>& cells)
{
    QStringList row;
    row.reserve(cells.size());
    for (const DsCell& cell : cells)
        row.append(csvValue(cell));
    return row;
}

Status writeCsv(const QString& path, const DsExportTable& table, const QList<Dossier>& dossiers)
{
    AtomicFile file(path);
    if (Status status = file.open(); !status)
        return status;
    QByteArray buffer;
    csv::appendRow(buffer, table.dossierHeaders());
    for (const Dossier& d : dossiers) {
        csv::appendRow(buffer, csvRow(table.dossierRow(d)));
        if (buffer.size() > (1 << 20)) {
            file.device().write(buffer);
            buffer.clear();
        }
    }
    file.device().write(buffer);
    return file.commit();
}

void writeCells(XlsxWriter& writer, const QList<DsCell>& cells)
{
    writer.beginRow();
    for (const DsCell& cell : cells) {
        switch (cell.type) {
        case DsCell::Type::Empty:
            writer.addEmpty();
            break;
        case DsCell::Type::Text:
            writer.addText(cell.value.toString());
            break;
        case DsCell::Type::Number:
            writer.addNumber(cell.value.toDouble());
            break;
        case DsCell::Type::Boolean:
            writer.addText(cell.value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        case DsCell::Type::Timestamp:
            writer.addTimestamp(cell.value.toDateTime()); // the Paris wall clock, as caxlsx
            break;
        case DsCell::Type::Date:
            writer.addDate(cell.value.toDate());
            break;
        }
    }
    writer.endRow();
}

void writeHeader(XlsxWriter& writer, const QStringList& headers)
{
    writer.beginRow();
    for (const QString& header : headers)
        writer.addHeader(header);
    writer.endRow();
}

Status writeXlsx(const QString& path, const DsExportTable& table, const QList<Dossier>& dossiers)
{
    XlsxWriter writer(path); // atomic: the file appears whole or not at all
    if (Status status = writer.open(); !status)
        return status;
    writer.beginSheet(QStringLiteral("Dossiers"));
    writeHeader(writer, table.dossierHeaders());
    for (const Dossier& d : dossiers)
        writeCells(writer, table.dossierRow(d));
    writer.beginSheet(QStringLiteral("Etablissements"));
    writeHeader(writer, DsExportTable::etablissementHeaders());
    for (const Dossier& d : dossiers)
        writeCells(writer, table.etablissementRow(d));
    writer.beginSheet(QStringLiteral("Avis")); // no avis: DS leaves the sheet empty
    return writer.close();
}

} // namespace

Status write(const QString& path, Format format, DsExportTable::Era era, const Programme& programme,
             const QList<Dossier>& dossiers)
{
    if (format == Format::Csv)
        return writeCsv(path, DsExportTable(programme, era, DsExportTable::Layout::Csv), dossiers);
    return writeXlsx(path, DsExportTable(programme, era, DsExportTable::Layout::Spreadsheet),
                     dossiers);
}

} // namespace guichet::ds_export
