#include "OdtWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>
#include <QXmlStreamWriter>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace guichet::odt {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Odt)
};

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kMimetype = QStringLiteral("mimetype");
const QString kStyles = QStringLiteral("styles.xml");
const QString kManifest = QStringLiteral("META-INF/manifest.xml");

// The page of the ODT, as the PDF's (PdfRenderer): A4, 2,2 cm on each side.
constexpr double kPageWidthCm = 21.0;
constexpr double kSideMarginCm = 2.2;
constexpr double kPointsPerCm = 72 / 2.54;

// styles.xml, which Qt's ODF writer does not write: an A4 page whose master page carries the
// footer of the PDF, the préfecture's address and « x/y » (page number and count fields that
// LibreOffice keeps up to date as the secretary edits the minutes).
QByteArray pageStyles(const QString& footer, const QFont& body)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeNamespace(kOffice, QStringLiteral("office"));
    w.writeNamespace(kStyle, QStringLiteral("style"));
    w.writeNamespace(kText, QStringLiteral("text"));
    w.writeNamespace(kFo, QStringLiteral("fo"));
    w.writeStartElement(kOffice, QStringLiteral("document-styles"));
    w.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.2"));

    w.writeStartElement(kOffice, QStringLiteral("styles"));
    // The body text's font, which Qt's writer leaves out (LibreOffice would take its own).
    w.writeStartElement(kStyle, QStringLiteral("default-style"));
    w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    w.writeAttribute(kFo, QStringLiteral("font-family"), body.family());
    w.writeAttribute(kFo, QStringLiteral("font-size"),
                     QStringLiteral("%1pt").arg(body.pointSizeF()));
    w.writeEndElement(); // default-style
    w.writeStartElement(kStyle, QStringLiteral("style"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Footer"));
    w.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeAttribute(kStyle, QStringLiteral("class"), QStringLiteral("extra"));
    w.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
    w.writeAttribute(kFo, QStringLiteral("text-align"), QStringLiteral("center"));
    w.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    w.writeAttribute(kFo, QStringLiteral("font-size"), QStringLiteral("7.5pt"));
    w.writeEndElement(); // style
    w.writeEndElement(); // styles

    w.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    w.writeStartElement(kStyle, QStringLiteral("page-layout"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("A4"));
    w.writeEmptyElement(kStyle, QStringLiteral("page-layout-properties"));
    const QString side = QStringLiteral("%1cm").arg(kSideMarginCm);
    for (const auto& [name, value] :
         {std::pair{"page-width", QStringLiteral("%1cm").arg(kPageWidthCm)},
          {"page-height", QStringLiteral("29.7cm")},
          {"margin-top", QStringLiteral("1.5cm")},
          {"margin-bottom", QStringLiteral("1cm")},
          {"margin-left", side},
          {"margin-right", side}})
        w.writeAttribute(kFo, QLatin1String(name), value);
    w.writeStartElement(kStyle, QStringLiteral("footer-style"));
    w.writeEmptyElement(kStyle, QStringLiteral("header-footer-properties"));
    w.writeAttribute(kFo, QStringLiteral("margin-top"), QStringLiteral("0.5cm"));
    w.writeEndElement(); // footer-style
    w.writeEndElement(); // page-layout
    w.writeEndElement(); // automatic-styles

    w.writeStartElement(kOffice, QStringLiteral("master-styles"));
    w.writeStartElement(kStyle, QStringLiteral("master-page"));
    w.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    w.writeStartElement(kStyle, QStringLiteral("footer"));
    w.writeStartElement(kText, QStringLiteral("p"));
    w.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("Footer"));
    if (!footer.isEmpty()) {
        w.writeCharacters(footer);
        w.writeEmptyElement(kText, QStringLiteral("line-break"));
    }
    w.writeStartElement(kText, QStringLiteral("page-number"));
    w.writeAttribute(kText, QStringLiteral("select-page"), QStringLiteral("current"));
    w.writeCharacters(QStringLiteral("1"));
    w.writeEndElement();
    w.writeCharacters(QStringLiteral("/"));
    w.writeTextElement(kText, QStringLiteral("page-count"), QStringLiteral("1"));
    w.writeEndElement(); // p
    w.writeEndElement(); // footer
    w.writeEndElement(); // master-page
    w.writeEndElement(); // master-styles
    w.writeEndDocument();
    return xml;
}

// The manifest with styles.xml listed. Qt writes the manifest's closing tag on its own: the
// entry goes before it.
QByteArray withStylesEntry(QByteArray manifest)
{
    const QByteArray closing = "</manifest:manifest>";
    const qsizetype at = manifest.lastIndexOf(closing);
    if (at < 0 || manifest.contains("manifest:full-path=\"styles.xml\""))
        return manifest;
    return manifest.insert(at, " <manifest:file-entry manifest:media-type=\"text/xml\" "
                               "manifest:full-path=\"styles.xml\"/>\n");
}

bool addEntry(QuaZip& zip, const QString& name, const QByteArray& content)
{
    // The mimetype entry is stored (method and level 0), which also keeps QuaZip from
    // writing a data descriptor after it: ODF readers find the type at a fixed offset.
    const bool stored = name == kMimetype;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, stored ? 0 : Z_DEFLATED,
                   stored ? 0 : Z_DEFAULT_COMPRESSION))
        return false;
    const bool written = file.write(content) == content.size();
    file.close();
    return written && file.getZipError() == UNZ_OK;
}

// Qt's package again, entry for entry and the mimetype first, with styles.xml added.
Result<QByteArray> repack(const QByteArray& package, const QByteArray& styles)
{
    QBuffer in;
    in.setData(package);
    QuaZip source(&in);
    if (!source.open(QuaZip::mdUnzip))
        return Error::failure(Text::tr("Écriture du document OpenDocument impossible."));
    QByteArray bytes;
    QBuffer out(&bytes);
    QuaZip target(&out);
    target.setDataDescriptorWritingEnabled(false);
    if (!target.open(QuaZip::mdCreate))
        return Error::failure(Text::tr("Écriture du document OpenDocument impossible."));
    QStringList names = source.getFileNameList();
    names.removeAll(kStyles);
    names.removeAll(kMimetype);
    names.prepend(kMimetype);
    bool ok = true;
    for (const QString& name : std::as_const(names)) {
        source.setCurrentFile(name);
        QuaZipFile entry(&source);
        if (!entry.open(QIODevice::ReadOnly)) {
            ok = false;
            break;
        }
        const QByteArray content = entry.readAll();
        ok = addEntry(target, name, name == kManifest ? withStylesEntry(content) : content);
        if (!ok)
            break;
    }
    ok = ok && addEntry(target, kStyles, styles);
    target.close();
    if (!ok || target.getZipError() != UNZ_OK)
        return Error::failure(Text::tr("Écriture du document OpenDocument impossible."));
    return bytes;
}

// Qt 6.4's ODF writer follows a length in percent with « pt » for a table (« 100pt » for the
// whole width) and with « % » for a column, which ODF does not allow: LibreOffice then spreads
// the columns evenly, a narrow « N° » as wide as the project's title. Lengths in points are
// written right, so the top-level tables are given theirs, out of the text width of the page.
void giveTablesTheirWidths(QTextDocument& document)
{
    const double textWidth = (kPageWidthCm - 2 * kSideMarginCm) * kPointsPerCm;
    auto points = [](const QTextLength& length, double whole) {
        return length.type() == QTextLength::PercentageLength ? whole * length.rawValue() / 100
                                                              : length.rawValue();
    };
    const QList<QTextFrame*> frames = document.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        const double tableWidth = format.width().type() == QTextLength::VariableLength
                                      ? textWidth
                                      : points(format.width(), textWidth);
        format.setWidth(QTextLength(QTextLength::FixedLength, tableWidth));
        // The columns the rich text gave no width share what the others leave.
        QList<QTextLength> columns = format.columnWidthConstraints();
        columns.resize(table->columns());
        double given = 0;
        qsizetype free = 0;
        for (const QTextLength& column : std::as_const(columns)) {
            given += points(column, tableWidth);
            free += column.type() == QTextLength::VariableLength;
        }
        const double share = free ? std::max(0.0, tableWidth - given) / double(free) : 0;
        for (QTextLength& column : columns)
            column = QTextLength(
                QTextLength::FixedLength,
                column.type() == QTextLength::VariableLength ? share : points(column, tableWidth));
        format.setColumnWidthConstraints(columns);
        table->setFormat(format);
    }
}

// Qt 6.4's writer names « Sans » as the family of a character unless its format has the
// property Qt 6.1 replaced by FontFamilies, and then writes the first of FontFamilies: every
// character is given the documents' family under both.
void nameTheFamily(QTextDocument& document)
{
    const QString name = document.defaultFont().family();
    QTextCursor everything(&document);
    everything.select(QTextCursor::Document);
    QTextCharFormat family;
    family.setFontFamilies({name});
    family.setProperty(QTextFormat::FontFamily, name);
    everything.mergeCharFormat(family);
}

} // namespace

Result<QByteArray> write(QTextDocument& document, const QString& footer)
{
    giveTablesTheirWidths(document);
    nameTheFamily(document);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("ODF"));
    if (!writer.write(&document))
        return Error::failure(Text::tr("Écriture du document OpenDocument impossible."));
    return repack(bytes, pageStyles(footer, document.defaultFont()));
}

} // namespace guichet::odt
