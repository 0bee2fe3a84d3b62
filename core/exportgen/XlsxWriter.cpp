#include "XlsxWriter.h"

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

// Style 0 is plain; 1 a timestamp, 2 a date, 3 a header.
const QByteArray kStyles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd h:mm AM/PM"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="12"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF000000"/></patternFill></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/></cellXfs>
</styleSheet>)";

} // namespace

XlsxWriter::XlsxWriter(QString path)
    : m_path(std::move(path))
    , m_zip(std::make_unique<QuaZip>(m_path))
{}

XlsxWriter::~XlsxWriter()
{
    if (m_zip->isOpen())
        m_zip->close();
}

Status XlsxWriter::open()
{
    if (!m_zip->open(QuaZip::mdCreate))
        return Error::failure(Text::tr("Impossible d'écrire %1.").arg(m_path));
    return success();
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

void XlsxWriter::beginSheet(const QString& name)
{
    endSheet();
    m_sheetNames.append(name);
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    const QString entry = QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheetNames.size());
    if (!m_sheet->open(QIODevice::WriteOnly, QuaZipNewInfo(entry))) {
        m_failed = true;
        return;
    }
    m_sheet->write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                   "<sheetData>");
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

void XlsxWriter::addText(const QString& text)
{
    if (text.isEmpty()) {
        addEmpty();
        return;
    }
    cell(" t=\"inlineStr\"", "<is><t xml:space=\"preserve\">" + escaped(text) + "</t></is>");
}

void XlsxWriter::addHeader(const QString& text)
{
    cell(" s=\"3\" t=\"inlineStr\"", "<is><t>" + escaped(text) + "</t></is>");
}

void XlsxWriter::addNumber(double value)
{
    cell(QByteArray(), "<v>" + QByteArray::number(value, 'g', 17) + "</v>");
}

void XlsxWriter::addTimestamp(const QDateTime& wallClock)
{
    cell(" s=\"1\"",
         "<v>" + QByteArray::number(serial(wallClock.date(), wallClock.time()), 'f', 8) + "</v>");
}

void XlsxWriter::addDate(const QDate& date)
{
    cell(" s=\"2\"", "<v>" + QByteArray::number(serial(date, QTime(0, 0)), 'f', 0) + "</v>");
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
        writeEntry(QStringLiteral("xl/styles.xml"), kStyles);
    m_zip->close();
    if (!ok || m_zip->getZipError() != 0)
        return Error::failure(Text::tr("Impossible d'écrire %1.").arg(m_path));
    return success();
}

} // namespace guichet
