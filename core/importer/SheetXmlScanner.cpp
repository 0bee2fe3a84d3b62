#include "SheetXmlScanner.h"

#include <QCoreApplication>
#include <QIODevice>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr qsizetype kChunk = 1 << 18;

QByteArrayView localName(QByteArrayView name)
{
    const qsizetype colon = name.indexOf(':');
    return colon < 0 ? name : name.sliced(colon + 1);
}

// "AB12" -> 27 (0-based column index); -1 when malformed.
int columnOf(QByteArrayView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i) >= 'A' && reference.at(i) <= 'Z'; ++i) {
        column = column * 26 + (reference.at(i) - 'A' + 1);
        if (column > 16384)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

} // namespace

SheetXmlScanner::SheetXmlScanner(QIODevice* device)
    : m_device(device)
{}

bool SheetXmlScanner::fill()
{
    if (m_atEnd)
        return false;
    if (m_pos > 0) {
        m_consumed += m_pos;
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device->read(kChunk);
    if (chunk.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer += chunk;
    return true;
}

qsizetype SheetXmlScanner::nextTag(qsizetype from)
{
    for (;;) {
        const qsizetype lt = m_buffer.indexOf('<', from);
        if (lt >= 0)
            return lt;
        from = m_buffer.size();
        const qsizetype shift = m_pos;
        if (!fill())
            return -1;
        from -= shift;
    }
}

bool SheetXmlScanner::tagAt(qsizetype from, Tag& tag) const
{
    const qsizetype gt = m_buffer.indexOf('>', from);
    if (gt < 0)
        return false;
    QByteArrayView inside(m_buffer.constData() + from + 1, gt - from - 1);
    tag = Tag{};
    tag.end = gt + 1;
    if (inside.startsWith('/')) {
        tag.closing = true;
        inside = inside.sliced(1);
    }
    if (inside.endsWith('/')) {
        tag.selfClosing = true;
        inside.chop(1);
    }
    qsizetype nameEnd = 0;
    while (nameEnd < inside.size() && inside.at(nameEnd) != ' ' && inside.at(nameEnd) != '\t' &&
           inside.at(nameEnd) != '\n' && inside.at(nameEnd) != '\r')
        ++nameEnd;
    tag.name = localName(inside.first(nameEnd));
    tag.attributes = inside.sliced(nameEnd);
    return true;
}

QByteArrayView SheetXmlScanner::attribute(QByteArrayView attributes, QByteArrayView name)
{
    qsizetype at = 0;
    while ((at = attributes.indexOf(name, at)) >= 0) {
        const bool startsWord = at == 0 || attributes.at(at - 1) == ' ' ||
                                attributes.at(at - 1) == ':' || attributes.at(at - 1) == '\t' ||
                                attributes.at(at - 1) == '\n';
        const qsizetype eq = at + name.size();
        if (startsWord && eq + 1 < attributes.size() && attributes.at(eq) == '=') {
            const char quote = attributes.at(eq + 1);
            const qsizetype close = attributes.indexOf(quote, eq + 2);
            if (close > 0)
                return attributes.sliced(eq + 2, close - eq - 2);
        }
        at = eq;
    }
    return {};
}

QString SheetXmlScanner::decode(QByteArrayView text)
{
    if (!text.contains('&') && !text.contains("_x"))
        return QString::fromUtf8(text);
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '&') {
            const qsizetype semicolon = text.indexOf(';', i);
            const QByteArrayView entity =
                semicolon > i ? text.sliced(i + 1, semicolon - i - 1) : QByteArrayView();
            uint code = 0;
            bool ok = true;
            if (entity == "lt")
                code = '<';
            else if (entity == "gt")
                code = '>';
            else if (entity == "amp")
                code = '&';
            else if (entity == "quot")
                code = '"';
            else if (entity == "apos")
                code = '\'';
            else if (entity.startsWith("#x"))
                code = entity.sliced(2).toUInt(&ok, 16);
            else if (entity.startsWith('#'))
                code = entity.sliced(1).toUInt(&ok, 10);
            else
                ok = false;
            if (ok && code > 0) {
                const char32_t point = code;
                bytes += QString::fromUcs4(&point, 1).toUtf8();
                i = semicolon;
                continue;
            }
        } else if (c == '_' && i + 6 < text.size() && text.at(i + 1) == 'x' &&
                   text.at(i + 6) == '_') {
            // Spreadsheets write control characters as _xHHHH_ (e.g. _x000D_ for CR).
            bool ok = false;
            const uint code = text.sliced(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                bytes += QString(QChar(char16_t(code))).toUtf8();
                i += 6;
                continue;
            }
        }
        bytes += c;
    }
    return QString::fromUtf8(bytes);
}

bool SheetXmlScanner::enterSheetData()
{
    qsizetype at = 0;
    for (;;) {
        at = nextTag(at);
        if (at < 0)
            return false;
        Tag tag;
        while (!tagAt(at, tag)) {
            const qsizetype shift = m_pos;
            if (!fill())
                return false;
            at -= shift;
        }
        if (tag.name == "sheetData" && !tag.closing) {
            m_pos = tag.end;
            return !tag.selfClosing;
        }
        at = tag.end;
    }
}

bool SheetXmlScanner::nextRow(ImportRow& row, const std::function<bool(int)>& wanted,
                              const QStringList& sharedStrings)
{
    // Make sure the whole row is in the buffer, then scan it.
    for (;;) {
        const qsizetype start = nextTag(m_pos);
        if (start < 0) {
            m_error = Text::tr("la feuille s'arrête avant sa fin");
            return false;
        }
        m_pos = start;
        Tag first;
        if (!tagAt(start, first)) {
            if (!fill()) {
                m_error = Text::tr("la feuille s'arrête avant sa fin");
                return false;
            }
            continue;
        }
        if (first.name == "sheetData" && first.closing)
            return false;
        if (first.name != "row") { // e.g. an empty <row/> variant or anything else: skip it
            m_pos = first.end;
            continue;
        }
        const qint64 number = attribute(first.attributes, "r").toLongLong();
        row.position = number > 0 ? number : row.position + 1;
        row.cells.clear();
        if (first.selfClosing) {
            m_pos = first.end;
            return true;
        }
        // The row's end must be in the buffer before its cells are read.
        qsizetype rowEnd = -1;
        for (qsizetype probe = first.end;;) {
            const qsizetype close = m_buffer.indexOf("row>", probe);
            // "</row>" or "</x:row>": a '<' cannot appear in text, so this is the end tag.
            const qsizetype open = close > 0 ? m_buffer.lastIndexOf('<', close) : -1;
            if (open >= 0 && m_buffer.at(open + 1) == '/' &&
                m_buffer.indexOf('>', open) == close + 3) {
                rowEnd = close + 4;
                break;
            }
            if (close >= 0) {
                probe = close + 4;
                continue;
            }
            const qsizetype shift = m_pos;
            if (!fill()) {
                m_error = Text::tr("la feuille s'arrête au milieu d'une ligne");
                return false;
            }
            first.end -= shift;
            probe = std::max<qsizetype>(first.end, m_buffer.size() - kChunk - 8);
        }

        int next = 0;
        qsizetype at = first.end;
        while (at < rowEnd) {
            at = m_buffer.indexOf('<', at);
            if (at < 0 || at >= rowEnd)
                break;
            Tag tag;
            tagAt(at, tag);
            at = tag.end;
            if (tag.closing || tag.name != "c")
                continue;
            const QByteArrayView ref = attribute(tag.attributes, "r");
            const int column = ref.isEmpty() ? next : columnOf(ref);
            if (column < 0) {
                m_error =
                    Text::tr("référence de cellule invalide « %1 »").arg(QString::fromUtf8(ref));
                return false;
            }
            next = column + 1;
            if (tag.selfClosing)
                continue;
            // The cell's content runs to its </c>.
            qsizetype cellEnd = at;
            Tag inner;
            QByteArrayView value;
            QString inlineText;
            bool isInline = false;
            while (cellEnd < rowEnd) {
                cellEnd = m_buffer.indexOf('<', cellEnd);
                tagAt(cellEnd, inner);
                if (inner.closing && inner.name == "c") {
                    cellEnd = inner.end;
                    break;
                }
                if (!inner.closing && !inner.selfClosing &&
                    (inner.name == "v" || inner.name == "t")) {
                    const qsizetype textEnd = m_buffer.indexOf('<', inner.end);
                    const QByteArrayView text(m_buffer.constData() + inner.end,
                                              textEnd - inner.end);
                    if (inner.name == "v")
                        value = text;
                    else {
                        inlineText += wanted(column) ? decode(text) : QString();
                        isInline = true;
                    }
                    cellEnd = textEnd;
                } else if (!inner.closing && !inner.selfClosing && inner.name == "rPh") {
                    const qsizetype skip = m_buffer.indexOf("rPh>", inner.end);
                    cellEnd = skip < 0 ? rowEnd : skip + 4;
                } else {
                    if (inner.name == "is" && !inner.closing)
                        isInline = true;
                    cellEnd = inner.end;
                }
            }
            at = cellEnd;
            if (!wanted(column))
                continue;
            ImportCell cell;
            const QByteArrayView type = attribute(tag.attributes, "t");
            if (type == "s") {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= sharedStrings.size()) {
                    m_error = Text::tr("référence de texte partagé invalide « %1 »")
                                  .arg(QString::fromUtf8(value));
                    return false;
                }
                cell.text = sharedStrings.at(index);
            } else if (type == "b") {
                cell.text = value == "1" ? QStringLiteral("true") : QStringLiteral("false");
            } else if (isInline) {
                cell.text = inlineText;
            } else if (type == "str" || type == "e") {
                cell.text = decode(value);
            } else if (!value.isEmpty()) {
                cell.kind = ImportCell::Kind::Number;
                cell.text = QString::fromLatin1(value);
                cell.number = cell.text.toDouble();
            }
            if (column >= row.cells.size())
                row.cells.resize(column + 1);
            row.cells[column] = std::move(cell);
        }
        m_pos = rowEnd;
        return true;
    }
}

} // namespace guichet
