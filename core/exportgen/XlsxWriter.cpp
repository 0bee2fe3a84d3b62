#include "XlsxWriter.h"

#include "common/Palette.h"

#include <QCoreApplication>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DsExport)
};

QByteArray escaped(const QString& text)
{
    QString s = text.toHtmlEscaped();
    // XML 1.0 refuses most control characters; DS replaces them with a space too.
    for (QChar& c : s) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t') &&
            c != QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return s.toUtf8();
}

QByteArray styleAttribute(int style)
{
    return style ? " s=\"" + QByteArray::number(style) + '"' : QByteArray();
}

QByteArray columnName(int column)
{
    QByteArray name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(char('A' + (column - 1) % 26));
    return name;
}

double serial(const QDate& date, const QTime& time)
{
    return double(QDate(1899, 12, 30).daysTo(date)) + time.msecsSinceStartOfDay() / 86400000.0;
}

// Styles 0 to 3 are built in: plain, a timestamp, a date, a header; style() adds the others.
const QByteArray kNumberFormats =
    R"(<numFmt numFmtId="164" formatCode="yyyy-mm-dd h:mm AM/PM"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>)";
constexpr int kFirstNumberFormat = 166;
// Fonts 2 to 5: bold or not, black or white, for the added styles.
const QByteArray kFonts =
    R"(<font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="12"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font><font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font>)";
constexpr int kFirstFill = 3;
const QByteArray kFills =
    R"(<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF000000"/></patternFill></fill>)";
const QByteArray kCellFormats =
    R"(<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>)";
constexpr int kBuiltInStyles = 4;

QByteArray argb(quint32 rgb)
{
    return "FF" + QByteArray::number(rgb & 0xFFFFFF, 16).rightJustified(6, '0').toUpper();
}

} // namespace

XlsxWriter::XlsxWriter(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
    , m_zip(std::make_unique<QuaZip>(&m_file.device()))
{
    m_zip->setAutoClose(false); // the file is committed, not closed, once the zip is whole
}

XlsxWriter::~XlsxWriter()
{
    if (m_zip->isOpen())
        m_zip->close();
}

Status XlsxWriter::open()
{
    if (Status status = m_file.open(); !status)
        return status;
    if (!m_zip->open(QuaZip::mdCreate))
        return Error::failure(Text::tr("Impossible d'écrire %1.").arg(m_path));
    return success();
}

int XlsxWriter::style(const XlsxStyle& style)
{
    const QByteArray key = style.numberFormat.toUtf8() + '|' + char('0' + style.bold) +
                           char('0' + style.wrap) + '|' +
                           (style.fill ? argb(*style.fill) : QByteArray());
    if (key == "|00|")
        return 0;
    if (const auto found = m_styleOf.constFind(key); found != m_styleOf.cend())
        return *found;
    m_styles.append(style);
    return m_styleOf[key] = kBuiltInStyles + int(m_styles.size()) - 1;
}

QByteArray XlsxWriter::styles() const
{
    QByteArray formats = kNumberFormats, fills = kFills, cells = kCellFormats;
    QStringList formatCodes;
    int fillCount = kFirstFill;
    for (const XlsxStyle& style : m_styles) {
        int format = 0;
        if (!style.numberFormat.isEmpty()) {
            if (!formatCodes.contains(style.numberFormat)) {
                formatCodes.append(style.numberFormat);
                formats += "<numFmt numFmtId=\"" +
                           QByteArray::number(kFirstNumberFormat + formatCodes.size() - 1) +
                           "\" formatCode=\"" + escaped(style.numberFormat) + "\"/>";
            }
            format = kFirstNumberFormat + int(formatCodes.indexOf(style.numberFormat));
        }
        int fill = 0;
        if (style.fill) {
            fills += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"" +
                     argb(*style.fill) + "\"/></patternFill></fill>";
            fill = fillCount++;
        }
        const int font =
            2 + (style.bold ? 1 : 0) + (style.fill && palette::isDark(*style.fill) ? 2 : 0);
        cells += "<xf numFmtId=\"" + QByteArray::number(format) + "\" fontId=\"" +
                 QByteArray::number(font) + "\" fillId=\"" + QByteArray::number(fill) +
                 "\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" "
                 "applyFill=\"1\"" +
                 (style.wrap ? QByteArray(" applyAlignment=\"1\"><alignment wrapText=\"1\" "
                                          "vertical=\"top\"/></xf>")
                             : QByteArray("/>"));
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<numFmts count=\"" +
           QByteArray::number(2 + formatCodes.size()) + "\">" + formats +
           "</numFmts><fonts count=\"6\">" + kFonts + "</fonts><fills count=\"" +
           QByteArray::number(fillCount) + "\">" + fills +
           "</fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf "
           "numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs "
           "count=\"" +
           QByteArray::number(kBuiltInStyles + m_styles.size()) + "\">" + cells +
           "</cellXfs></styleSheet>";
}

bool XlsxWriter::writeEntry(const QString& name, const QByteArray& content)
{
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool ok = file.write(content) == content.size();
    file.close();
    return ok && file.getZipError() == 0;
}

void XlsxWriter::beginSheet(const QString& name, const QList<double>& widths)
{
    endSheet();
    m_sheetNames.append(name);
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    const QString entry = QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheetNames.size());
    if (!m_sheet->open(QIODevice::WriteOnly, QuaZipNewInfo(entry))) {
        m_failed = true;
        return;
    }
    QByteArray start = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<worksheet "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    if (!widths.isEmpty()) {
        // Sized columns come with a frozen header row: the reader scrolls, the headers stay.
        start += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" "
                 "topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                 "</sheetView></sheetViews><cols>";
        for (qsizetype i = 0; i < widths.size(); ++i)
            start += "<col min=\"" + QByteArray::number(i + 1) + "\" max=\"" +
                     QByteArray::number(i + 1) + "\" width=\"" +
                     QByteArray::number(widths.at(i), 'f', 1) + "\" customWidth=\"1\"/>";
        start += "</cols>";
    }
    m_sheet->write(start + "<sheetData>");
    m_row = 0;
}

void XlsxWriter::endSheet()
{
    if (!m_sheet)
        return;
    m_sheet->write(m_buffer + "</sheetData></worksheet>");
    m_buffer.clear();
    m_sheet->close();
    if (m_sheet->getZipError() != 0)
        m_failed = true;
    m_sheet.reset();
}

void XlsxWriter::beginRow()
{
    ++m_row;
    m_column = 0;
    m_buffer += "<row r=\"" + QByteArray::number(m_row) + "\">";
}

void XlsxWriter::cell(const QByteArray& attributes, const QByteArray& content)
{
    m_buffer += "<c r=\"" + columnName(m_column) + QByteArray::number(m_row) + '"' + attributes +
                '>' + content + "</c>";
    ++m_column;
}

void XlsxWriter::addText(const QString& text, int style)
{
    if (text.isEmpty()) {
        addEmpty();
        return;
    }
    cell(styleAttribute(style) + " t=\"inlineStr\"",
         "<is><t xml:space=\"preserve\">" + escaped(text) + "</t></is>");
}

void XlsxWriter::addHeader(const QString& text)
{
    cell(" s=\"3\" t=\"inlineStr\"", "<is><t>" + escaped(text) + "</t></is>");
}

void XlsxWriter::addNumber(double value, int style)
{
    cell(styleAttribute(style), "<v>" + QByteArray::number(value, 'g', 17) + "</v>");
}

void XlsxWriter::addTimestamp(const QDateTime& wallClock)
{
    cell(" s=\"1\"",
         "<v>" + QByteArray::number(serial(wallClock.date(), wallClock.time()), 'f', 8) + "</v>");
}

void XlsxWriter::addDate(const QDate& date, int style)
{
    cell(styleAttribute(style),
         "<v>" + QByteArray::number(serial(date, QTime(0, 0)), 'f', 0) + "</v>");
}

void XlsxWriter::addEmpty()
{
    ++m_column;
}

void XlsxWriter::endRow()
{
    m_buffer += "</row>";
    if (m_buffer.size() > (1 << 20) && m_sheet) {
        if (m_sheet->write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
}

Status XlsxWriter::close()
{
    endSheet();
    QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    QByteArray sheets, rels;
    for (int i = 1; i <= m_sheetNames.size(); ++i) {
        const QByteArray n = QByteArray::number(i);
        types += "<Override PartName=\"/xl/worksheets/sheet" + n +
                 ".xml\" "
                 "ContentType=\"application/"
                 "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        sheets += "<sheet name=\"" + escaped(m_sheetNames.at(i - 1)) + "\" sheetId=\"" + n +
                  "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "worksheet\" Target=\"worksheets/sheet" +
                n + ".xml\"/>";
    }
    types += "</Types>";
    rels +=
        "<Relationship Id=\"rId" + QByteArray::number(m_sheetNames.size() + 1) +
        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/>";
    const bool ok =
        !m_failed && writeEntry(QStringLiteral("[Content_Types].xml"), types) &&
        writeEntry(
            QStringLiteral("_rels/.rels"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "officeDocument\" Target=\"xl/workbook.xml\"/>"
            "</Relationships>") &&
        writeEntry(QStringLiteral("xl/workbook.xml"),
                   "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships\"><sheets>" +
                       sheets + "</sheets></workbook>") &&
        writeEntry(QStringLiteral("xl/_rels/workbook.xml.rels"),
                   "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<Relationships "
                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                       rels + "</Relationships>") &&
        writeEntry(QStringLiteral("xl/styles.xml"), styles());
    m_zip->close();
    if (!ok || m_zip->getZipError() != 0)
        return Error::failure(Text::tr("Impossible d'écrire %1.").arg(m_path));
    return m_file.commit();
}

} // namespace guichet
