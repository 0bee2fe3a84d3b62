#include "DsExportWriter.h"

#include "common/Csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failure(
            Text::tr("Impossible d'écrire %1 : %2").arg(path, file.errorString()));
    QByteArray buffer;
    csv::appendRow(buffer, table.dossierHeaders());
    for (const Dossier& d : dossiers) {
        csv::appendRow(buffer, csvRow(table.dossierRow(d)));
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    if (!file.commit())
        return Error::failure(
            Text::tr("Impossible d'écrire %1 : %2").arg(path, file.errorString()));
    return success();
}

class XlsxWriter
{
public:
    explicit XlsxWriter(const QByteArray& path)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // rows are streamed: memory stays flat
        m_book = workbook_new_opt(path.constData(), &options);
        if (!m_book)
            return;
        m_timestamp = workbook_add_format(m_book);
        format_set_num_format(m_timestamp, "yyyy-mm-dd h:mm AM/PM");
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_font_color(m_header, LXW_COLOR_WHITE);
        format_set_bg_color(m_header, LXW_COLOR_BLACK);
        format_set_font_size(m_header, 12);
    }
    ~XlsxWriter()
    {
        if (m_book)
            workbook_close(m_book);
    }

    bool isValid() const { return m_book != nullptr; }
    lxw_worksheet* addSheet(const char* name) { return workbook_add_worksheet(m_book, name); }

    void header(lxw_worksheet* sheet, const QStringList& headers)
    {
        for (qsizetype c = 0; c < headers.size(); ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(),
                                   m_header);
    }

    void row(lxw_worksheet* sheet, lxw_row_t r, const QList<DsCell>& cells)
    {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const DsCell& cell = cells.at(c);
            const auto col = lxw_col_t(c);
            switch (cell.type) {
            case DsCell::Type::Empty:
                break;
            case DsCell::Type::Text:
                if (!cell.value.toString().isEmpty())
                    worksheet_write_string(sheet, r, col,
                                           cell.value.toString().toUtf8().constData(), nullptr);
                break;
            case DsCell::Type::Number:
                worksheet_write_number(sheet, r, col, cell.value.toDouble(), nullptr);
                break;
            case DsCell::Type::Boolean:
                worksheet_write_string(sheet, r, col, cell.value.toBool() ? "true" : "false",
                                       nullptr);
                break;
            case DsCell::Type::Timestamp: {
                // The serial is the Paris wall-clock time, as caxlsx writes it.
                const QDateTime t = cell.value.toDateTime();
                lxw_datetime dt{t.date().year(), t.date().month(),  t.date().day(),
                                t.time().hour(), t.time().minute(), double(t.time().second())};
                worksheet_write_datetime(sheet, r, col, &dt, m_timestamp);
                break;
            }
            case DsCell::Type::Date: {
                const QDate d = cell.value.toDate();
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, r, col, &dt, m_date);
                break;
            }
            }
        }
    }

    lxw_error close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        return error;
    }

private:
    lxw_workbook* m_book = nullptr;
    lxw_format* m_timestamp = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_header = nullptr;
};

Status writeXlsx(const QString& path, const DsExportTable& table, const QList<Dossier>& dossiers)
{
    const QString partial = path + QStringLiteral(".part");
    {
        XlsxWriter writer(QFile::encodeName(partial));
        if (!writer.isValid())
            return Error::failure(Text::tr("Impossible d'écrire %1.").arg(path));
        lxw_worksheet* sheet = writer.addSheet("Dossiers");
        writer.header(sheet, table.dossierHeaders());
        lxw_row_t r = 1;
        for (const Dossier& d : dossiers)
            writer.row(sheet, r++, table.dossierRow(d));
        sheet = writer.addSheet("Etablissements");
        writer.header(sheet, DsExportTable::etablissementHeaders());
        r = 1;
        for (const Dossier& d : dossiers)
            writer.row(sheet, r++, table.etablissementRow(d));
        writer.addSheet("Avis"); // no avis: DS leaves the sheet with an empty first row
        if (writer.close() != LXW_NO_ERROR) {
            QFile::remove(partial);
            return Error::failure(Text::tr("Impossible d'écrire %1.").arg(path));
        }
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return Error::failure(Text::tr("Impossible d'écrire %1.").arg(path));
    return success();
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
