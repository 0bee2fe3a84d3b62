#include "SpreadsheetReader.h"

#include <QCoreApplication>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

bool isEmptyRow(const ImportRow& row)
{
    for (const ImportCell& cell : row.cells) {
        if (!cell.text.isEmpty())
            return false;
    }
    return true;
}

} // namespace

// Whether a read loop goes on. QXmlStreamReader::atEnd() stays false after a premature end of
// the document (a truncated or damaged entry, where the reader waits for more data): every
// loop over an entry's XML also stops on an error, or it spins forever (found by fuzz_ods).
bool readable(const QXmlStreamReader& xml)
{
    return !xml.atEnd() && !xml.hasError();
}

SpreadsheetReader::SpreadsheetReader(QString path)
    : m_package(std::move(path))
{}

void SpreadsheetReader::fail(qint64 row, const QString& message)
{
    if (!m_error)
        m_error = Error::badInput(Text::tr("%1, feuille « %2 », ligne %3 : %4")
                                      .arg(m_package.path(), m_sheet)
                                      .arg(row)
                                      .arg(message));
}

qint64 SpreadsheetReader::progress() const
{
    return m_xml.characterOffset();
}

bool SpreadsheetReader::readNonEmptyRow(QXmlStreamReader& xml, ImportRow& row)
{
    while (readRow(xml, row)) {
        if (!isEmptyRow(row))
            return true;
    }
    if (const auto damage = m_package.damage(); damage && !m_error)
        m_error = *damage;
    if (xml.hasError() && !m_error)
        fail(row.position, Text::tr("XML illisible (%1)").arg(xml.errorString()));
    return false;
}

Status SpreadsheetReader::readEstablishments()
{
    m_sheet = QStringLiteral("Etablissements");
    auto sheet = findSheet(m_sheet);
    if (!sheet)
        return success(); // CSV-like exports without the sheet: the Dossiers columns suffice
    auto device = m_package.openEntry(sheet->entry);
    if (!device)
        return device.error();
    QXmlStreamReader xml(device->get());
    if (!enterSheet(xml, *sheet))
        return success();
    ImportRow row;
    if (!readNonEmptyRow(xml, row))
        return m_error ? Status(*m_error) : success(); // an empty sheet: no row at all
    QStringList headers;
    for (const ImportCell& cell : std::as_const(row.cells))
        headers.append(cell.text.trimmed());
    const qsizetype idColumn = headers.indexOf(QStringLiteral("Dossier ID"));
    const qsizetype fieldColumn = headers.indexOf(QStringLiteral("Champ"));
    if (idColumn < 0)
        return success();
    const qsizetype columns[] = {
        headers.indexOf(QStringLiteral("Établissement SIRET")),
        headers.indexOf(QStringLiteral("Entreprise SIREN")),
        headers.indexOf(QStringLiteral("Entreprise raison sociale")),
        headers.indexOf(QStringLiteral("Établissement code INSEE localité"))};
    // Only these columns are decoded: the sheet has some thirty per row.
    m_wantedColumns = {int(idColumn), int(fieldColumn)};
    for (const qsizetype column : columns)
        m_wantedColumns.append(int(column));
    auto value = [&row](qsizetype column) {
        return column >= 0 && column < row.cells.size() ? row.cells.at(column).text.trimmed()
                                                        : QString();
    };
    while (readNonEmptyRow(xml, row)) {
        if (fieldColumn >= 0 && value(fieldColumn) != QLatin1String("Dossier"))
            continue; // a SIRET field of the form, not the applicant
        bool ok = false;
        const qint64 number = value(idColumn).toLongLong(&ok);
        if (ok)
            m_establishments.insert(number, {value(columns[0]), value(columns[1]),
                                             value(columns[2]), value(columns[3])});
    }
    m_wantedColumns.clear();
    return m_error ? Status(*m_error) : success();
}

Status SpreadsheetReader::open()
{
    if (Status status = m_package.open(); !status)
        return status;
    if (Status status = prepare(); !status)
        return status;
    if (Status status = readEstablishments(); !status)
        return status;
    m_sheet = QStringLiteral("Dossiers");
    auto sheet = findSheet(m_sheet);
    if (const auto damage = m_package.damage())
        return *damage;
    if (!sheet)
        return Error::badInput(Text::tr("%1 : la feuille « Dossiers » manque : est-ce bien un "
                                        "export démarches-simplifiées ?")
                                   .arg(m_package.path()));
    auto device = m_package.openEntry(sheet->entry);
    if (!device)
        return device.error();
    m_device = std::move(device.value());
    m_sheetSize = sheet->size;
    m_xml.setDevice(m_device.get());
    ImportRow row;
    if (!enterSheet(m_xml, *sheet) || !readNonEmptyRow(m_xml, row)) {
        if (m_error)
            return *m_error;
        if (const auto damage = m_package.damage())
            return *damage;
        return Error::badInput(Text::tr("%1 ne contient aucun dossier (feuille « Dossiers » vide).")
                                   .arg(m_package.path()));
    }
    for (const ImportCell& cell : std::as_const(row.cells))
        m_headers.append(cell.text.trimmed());
    while (!m_headers.isEmpty() && m_headers.constLast().isEmpty())
        m_headers.removeLast();
    return success();
}

bool SpreadsheetReader::next(ImportRow& row)
{
    if (m_error || !readNonEmptyRow(m_xml, row))
        return false;
    row.cells.resize(std::max<qsizetype>(row.cells.size(), m_headers.size()));
    for (qsizetype c = m_headers.size(); c < row.cells.size(); ++c) {
        if (!row.cells.at(c).text.isEmpty()) {
            fail(
                row.position,
                Text::tr("valeur « %1 » hors des colonnes de l'en-tête").arg(row.cells.at(c).text));
            return false;
        }
    }
    row.cells.resize(m_headers.size());
    return true;
}

// ---- XLSX ----

namespace {

const auto kRelationshipsNs =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// Text of the current element, joining every <t> inside it (rich text runs), skipping
// phonetic runs.
QString innerText(QXmlStreamReader& xml)
{
    // <is> or <si>: one <t> (most often), or rich-text runs <r><t>…</t></r>; phonetic
    // guides (<rPh>) are not part of the text.
    QString text;
    int depth = 1;
    while (depth > 0 && readable(xml)) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText(); // consumes </t>
            else if (xml.name() == QLatin1String("rPh"))
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text;
}

} // namespace

Status XlsxReader::prepare()
{
    auto workbook = package().readEntry(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return Error::badInput(Text::tr("%1 n'est pas un classeur XLSX (xl/workbook.xml manque).")
                                   .arg(package().path()));
    auto rels = package().readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels)
        return rels.error();
    QHash<QString, QString> targets;
    QXmlStreamReader relXml(*rels);
    while (readable(relXml)) {
        relXml.readNext();
        if (relXml.isStartElement() && relXml.name() == QLatin1String("Relationship")) {
            QString target = relXml.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                         : QStringLiteral("xl/") + target;
            targets.insert(relXml.attributes().value(QLatin1String("Id")).toString(), target);
        }
    }
    QXmlStreamReader bookXml(*workbook);
    while (readable(bookXml)) {
        bookXml.readNext();
        if (bookXml.isStartElement() && bookXml.name() == QLatin1String("sheet")) {
            const QXmlStreamAttributes a = bookXml.attributes();
            m_sheetEntries.insert(
                a.value(QLatin1String("name")).toString(),
                targets.value(a.value(kRelationshipsNs, QLatin1String("id")).toString()));
        }
    }
    if (bookXml.hasError())
        return Error::badInput(Text::tr("%1 : xl/workbook.xml est illisible (%2).")
                                   .arg(package().path(), bookXml.errorString()));
    if (package().contains(QStringLiteral("xl/sharedStrings.xml"))) {
        auto device = package().openEntry(QStringLiteral("xl/sharedStrings.xml"));
        if (!device)
            return device.error();
        QXmlStreamReader xml(device->get());
        while (readable(xml)) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                m_sharedStrings.append(innerText(xml));
        }
        if (xml.hasError())
            return Error::badInput(Text::tr("%1 : xl/sharedStrings.xml est illisible (%2).")
                                       .arg(package().path(), xml.errorString()));
    }
    return success();
}

Result<SpreadsheetReader::SheetRef> XlsxReader::findSheet(const QString& name)
{
    const QString entry = m_sheetEntries.value(name);
    if (entry.isEmpty() || !package().contains(entry))
        return Error::badInput(QString());
    return SheetRef{entry, name, package().entrySize(entry)};
}

bool XlsxReader::enterSheet(QXmlStreamReader& xml, const SheetRef&)
{
    // The stream reader only lends its device: the scanner reads the sheet.
    m_scanner.emplace(xml.device());
    return m_scanner->enterSheetData();
}

bool XlsxReader::readRow(QXmlStreamReader&, ImportRow& row)
{
    if (m_scanner->nextRow(
            row, [this](int column) { return wantsColumn(column); }, m_sharedStrings))
        return true;
    if (!m_scanner->error().isEmpty())
        fail(row.position, m_scanner->error());
    return false;
}

qint64 XlsxReader::progress() const
{
    return m_scanner ? m_scanner->bytesRead() : 0;
}

// ---- ODS ----

Result<SpreadsheetReader::SheetRef> OdsReader::findSheet(const QString& name)
{
    const QString entry = QStringLiteral("content.xml");
    if (!package().contains(entry))
        return Error::badInput(QString());
    // Whether the table exists is known only by reading content.xml: scan for its start.
    auto device = package().openEntry(entry);
    if (!device)
        return device.error();
    QXmlStreamReader xml(device->get());
    while (readable(xml)) {
        xml.readNext();
        if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("table:table") &&
            xml.attributes().value(QLatin1String("table:name")) == name)
            return SheetRef{entry, name, package().entrySize(entry)};
    }
    return Error::badInput(QString());
}

bool OdsReader::enterSheet(QXmlStreamReader& xml, const SheetRef& sheet)
{
    m_rowNumber = 0;
    while (readable(xml)) {
        xml.readNext();
        if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("table:table") &&
            xml.attributes().value(QLatin1String("table:name")) == sheet.table)
            return true;
    }
    return false;
}

namespace {

// The text of a table cell: its paragraphs joined by line breaks, with ODF's encoded spaces.
QString odsCellText(QXmlStreamReader& xml)
{
    QString text;
    int paragraphs = 0;
    int depth = 1;
    while (depth > 0 && readable(xml)) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView name = xml.qualifiedName();
            if (name == QLatin1String("text:p") && paragraphs++ > 0)
                text += QLatin1Char('\n');
            else if (name == QLatin1String("text:s"))
                text +=
                    QString(std::max(1, xml.attributes().value(QLatin1String("text:c")).toInt()),
                            QLatin1Char(' '));
            else if (name == QLatin1String("text:tab"))
                text += QLatin1Char('\t');
            else if (name == QLatin1String("text:line-break"))
                text += QLatin1Char('\n');
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters()) {
            text += xml.text();
        }
    }
    return text;
}

} // namespace

bool OdsReader::readRow(QXmlStreamReader& xml, ImportRow& row)
{
    if (m_pendingRepeats > 0) {
        --m_pendingRepeats;
        row = m_repeated;
        row.position = ++m_rowNumber;
        return true;
    }
    while (readable(xml)) {
        xml.readNext();
        if (xml.isEndElement() && xml.qualifiedName() == QLatin1String("table:table"))
            return false;
        if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("table:table-row"))
            break;
    }
    if (!readable(xml))
        return false;
    const qint64 rowRepeats = std::max(
        1LL, xml.attributes().value(QLatin1String("table:number-rows-repeated")).toLongLong());
    row.position = ++m_rowNumber;
    row.cells.clear();
    while (readable(xml)) {
        xml.readNext();
        if (xml.isEndElement() && xml.qualifiedName() == QLatin1String("table:table-row"))
            break;
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.qualifiedName();
        if (name != QLatin1String("table:table-cell") &&
            name != QLatin1String("table:covered-table-cell"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        // Padding cells repeat thousands of times: only their first few can matter.
        const int repeats = int(std::clamp<qint64>(
            a.value(QLatin1String("table:number-columns-repeated")).toLongLong(), 1, 1024));
        const QStringView type = a.value(QLatin1String("office:value-type"));
        ImportCell cell;
        const QString content = odsCellText(xml);
        if (type == QLatin1String("float") || type == QLatin1String("currency") ||
            type == QLatin1String("percentage")) {
            cell.text = a.value(QLatin1String("office:value")).toString();
            cell.number = cell.text.toDouble();
        } else if (type == QLatin1String("date")) {
            cell.text = a.value(QLatin1String("office:date-value")).toString();
        } else if (type == QLatin1String("boolean")) {
            cell.text = a.value(QLatin1String("office:boolean-value")).toString();
        } else {
            cell.text = content;
        }
        for (int r = 0; r < repeats; ++r)
            row.cells.append(cell);
    }
    while (!row.cells.isEmpty() && row.cells.constLast().text.isEmpty())
        row.cells.removeLast();
    // Repeated rows are padding when empty (skipped by the caller); a repeated non-empty row
    // is rare but honoured, within reason.
    if (rowRepeats > 1 && !row.cells.isEmpty()) {
        m_repeated = row;
        m_pendingRepeats = std::min<qint64>(rowRepeats, 100000) - 1;
    } else if (rowRepeats > 1) {
        m_rowNumber += rowRepeats - 1;
    }
    return true;
}

} // namespace guichet
