#include "Sheet.h"

#include "XlsxWriter.h"
#include "common/AtomicFile.h"
#include "common/Csv.h"

#include <algorithm>

namespace guichet {

namespace {

// A cell a spreadsheet would read as a formula (=, +, -, @) or that it would strip (tab,
// carriage return) is written as text: a dossier's title must never run as a formula.
QString neutralised(const QString& text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && triggers.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QString csvField(const SheetCell& cell, sheet::Format format)
{
    const bool excel = format == sheet::Format::CsvExcel;
    switch (cell.kind) {
    case SheetCell::Kind::Empty:
        return {};
    case SheetCell::Kind::Text:
        return neutralised(cell.text);
    case SheetCell::Kind::Number: {
        // No thousands separator: a spreadsheet would read "1 234,5" as text.
        const QString number = QString::number(cell.number, 'f', cell.decimals);
        return excel ? QString(number).replace(QLatin1Char('.'), QLatin1Char(',')) : number;
    }
    case SheetCell::Kind::Date:
        return cell.date.toString(excel ? QStringLiteral("dd/MM/yyyy")
                                        : QStringLiteral("yyyy-MM-dd"));
    }
    return {};
}

// Columns wide enough for their values, and for their header on a few wrapped lines.
QList<double> columnWidths(const Sheet& sheet)
{
    QList<double> widths;
    for (qsizetype column = 0; column < sheet.headers.size(); ++column) {
        qsizetype width = std::min<qsizetype>(sheet.headers.at(column).size(), 16);
        for (const QList<SheetCell>& row : sheet.rows) {
            if (column < row.size())
                width = std::max(width, csvField(row.at(column), sheet::Format::CsvExcel).size());
        }
        widths.append(double(std::clamp<qsizetype>(width + 2, 8, 60)));
    }
    return widths;
}

Status writeXlsx(const Sheet& sheet, const QString& path)
{
    XlsxWriter writer(path);
    if (Status status = writer.open(); !status)
        return status;
    writer.beginSheet(sheet.name, columnWidths(sheet));
    XlsxStyle headerStyle;
    headerStyle.bold = headerStyle.wrap = true;
    headerStyle.fill = 0xD9D9D9;
    const int header = writer.style(headerStyle);
    const int date = writer.style(XlsxStyle{QStringLiteral("dd/mm/yyyy"), false, false, {}});
    writer.beginRow();
    for (const QString& text : sheet.headers)
        writer.addText(text, header);
    writer.endRow();
    for (const QList<SheetCell>& row : sheet.rows) {
        writer.beginRow();
        for (const SheetCell& cell : row) {
            switch (cell.kind) {
            case SheetCell::Kind::Empty:
                writer.addEmpty();
                break;
            case SheetCell::Kind::Text:
                writer.addText(cell.text,
                               writer.style(XlsxStyle{QString(), false, false, cell.fill}));
                break;
            case SheetCell::Kind::Number: {
                const QString format = cell.decimals > 0
                                           ? QStringLiteral("0.") + QString(cell.decimals, u'0')
                                           : QStringLiteral("0");
                writer.addNumber(cell.number,
                                 writer.style(XlsxStyle{format, false, false, cell.fill}));
                break;
            }
            case SheetCell::Kind::Date:
                writer.addDate(cell.date, date);
                break;
            }
        }
        writer.endRow();
    }
    return writer.close();
}

} // namespace

SheetCell SheetCell::ofText(const QString& text)
{
    SheetCell cell;
    cell.kind = text.isEmpty() ? Kind::Empty : Kind::Text;
    cell.text = text;
    return cell;
}

SheetCell SheetCell::ofNumber(double value, int decimals)
{
    SheetCell cell;
    cell.kind = Kind::Number;
    cell.number = value;
    cell.decimals = decimals;
    return cell;
}

SheetCell SheetCell::ofDate(const QDate& date)
{
    SheetCell cell;
    cell.kind = date.isValid() ? Kind::Date : Kind::Empty;
    cell.date = date;
    return cell;
}

namespace sheet {

QStringList formatNames()
{
    return {QStringLiteral("csv"), QStringLiteral("csv-excel"), QStringLiteral("xlsx")};
}

std::optional<Format> formatNamed(const QString& name)
{
    const Format formats[] = {Format::CsvPlain, Format::CsvExcel, Format::Xlsx};
    const qsizetype index = formatNames().indexOf(name);
    return index < 0 ? std::nullopt : std::optional<Format>(formats[index]);
}

QByteArray toCsv(const Sheet& sheet, Format format)
{
    const bool excel = format == Format::CsvExcel;
    const csv::Dialect dialect = excel ? csv::Dialect{';', "\r\n"} : csv::Dialect{};
    QByteArray out = excel ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    QStringList headers;
    for (const QString& header : sheet.headers)
        headers.append(neutralised(header));
    csv::appendRow(out, headers, dialect);
    for (const QList<SheetCell>& row : sheet.rows) {
        QStringList fields;
        for (const SheetCell& cell : row)
            fields.append(csvField(cell, format));
        csv::appendRow(out, fields, dialect);
    }
    return out;
}

Status write(const Sheet& sheet, const QString& path, Format format)
{
    if (format == Format::Xlsx)
        return writeXlsx(sheet, path);
    return writeFileAtomically(path, toCsv(sheet, format));
}

} // namespace sheet
} // namespace guichet
