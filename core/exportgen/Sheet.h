#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace guichet {

// One cell of a table to export, typed: a spreadsheet gets numbers it can sum and sort, and
// dates it can filter, not texts that look like them.
struct SheetCell
{
    enum class Kind
    {
        Empty,
        Text,
        Number,
        Date
    };
    Kind kind = Kind::Empty;
    QString text;
    double number = 0;
    int decimals = 0; // the places a number is written with
    QDate date;
    std::optional<quint32> fill; // 0xRRGGBB background, in a workbook only

    static SheetCell ofText(const QString& text);
    static SheetCell ofNumber(double value, int decimals = 0);
    static SheetCell ofDate(const QDate& date);
};

// A table as the user reads it on screen: the selection grid, the dossier list.
struct Sheet
{
    QString name;
    QStringList headers;
    QList<QList<SheetCell>> rows;
};

namespace sheet {

enum class Format
{
    Xlsx,
    CsvExcel, // for a spreadsheet in French: UTF-8 BOM, ';', decimal comma, dd/mm/yyyy, CRLF
    CsvPlain  // for scripts: UTF-8, ',', decimal point, ISO dates, LF
};

// The names the command line gives the formats: "xlsx", "csv-excel", "csv".
QStringList formatNames();
std::optional<Format> formatNamed(const QString& name);

QByteArray toCsv(const Sheet& sheet, Format format);
// Writes the sheet atomically: a failed export leaves no half-written file behind.
Status write(const Sheet& sheet, const QString& path, Format format);

} // namespace sheet
} // namespace guichet
