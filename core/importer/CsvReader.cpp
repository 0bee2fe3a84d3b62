#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr qsizetype kChunk = 1 << 20;

// Windows-1252 differs from Latin-1 in 0x80-0x9F only.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool isValidUtf8(QByteArrayView sample)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(sample);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

} // namespace

CsvReader::CsvReader(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{}

void CsvReader::fail(qint64 line, const QString& message)
{
    if (!m_error)
        m_error = Error::badInput(Text::tr("%1, ligne %2 : %3").arg(m_path).arg(line).arg(message));
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    // Keep the record being read: its fields are spans of the buffer.
    if (m_recordStart > 0) {
        const qsizetype shift = m_recordStart;
        m_buffer.remove(0, shift);
        m_pos -= shift;
        m_recordStart = 0;
        for (Span& span : m_spans)
            span.start -= shift;
        m_shifted += shift;
    }
    const QByteArray chunk = m_file.read(kChunk);
    if (chunk.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer += chunk;
    return true;
}

QString CsvReader::decode(QByteArrayView bytes) const
{
    if (m_encoding == Encoding::Utf8)
        return QString::fromUtf8(bytes);
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = QChar(b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

Status CsvReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return Error::badInput(
            Text::tr("Impossible de lire %1 : %2").arg(m_path, m_file.errorString()));
    fill();
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_encoding = Encoding::Utf8;
    } else {
        // Cut the sample at a line end so that no character is split.
        QByteArrayView sample(m_buffer);
        const qsizetype lastLine = sample.lastIndexOf('\n');
        if (lastLine > 0 && m_buffer.size() >= kChunk)
            sample = sample.first(lastLine);
        m_encoding = isValidUtf8(sample) ? Encoding::Utf8 : Encoding::Windows1252;
    }
    if (m_buffer.size() == m_pos)
        return Error::badInput(Text::tr("%1 est vide.").arg(m_path));

    // The separator is whichever of ',' and ';' the header line uses (outside quotes).
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    m_separator = semicolons > commas ? ';' : ',';

    if (!readRecord()) {
        if (m_error)
            return *m_error;
        return Error::badInput(Text::tr("%1 est vide.").arg(m_path));
    }
    for (int i = 0; i < m_spans.size(); ++i)
        m_headers.append(field(i).trimmed());
    if (m_headers.size() == 1 && m_headers.constFirst().isEmpty())
        return Error::badInput(Text::tr("%1 ne contient aucun dossier (export vide).").arg(m_path));
    return success();
}

bool CsvReader::readRecord()
{
    m_spans.clear();
    m_unescaped.clear();
    m_recordStart = m_pos;
    m_recordLine = m_line;
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    for (;;) {
        // One field: quoted, or up to the next separator or line end.
        if (m_pos >= m_buffer.size() && !fill()) {
            m_spans.append({m_pos, 0, -1}); // an empty last field
            return true;
        }
        if (m_buffer.at(m_pos) == '"') {
            ++m_pos;
            qsizetype contentStart = m_pos;
            QByteArray unescaped;
            bool escapes = false;
            for (;;) {
                const qsizetype quote = m_buffer.indexOf('"', m_pos);
                if (quote < 0) {
                    m_line += std::count(m_buffer.cbegin() + m_pos, m_buffer.cend(), '\n');
                    m_pos = m_buffer.size();
                    const qsizetype before = m_shifted;
                    if (!fill()) {
                        fail(m_recordLine, Text::tr("guillemet ouvert jamais refermé"));
                        return false;
                    }
                    contentStart -= m_shifted - before;
                    continue;
                }
                if (quote + 1 >= m_buffer.size()) { // "" or a closing quote? read on
                    m_line +=
                        std::count(m_buffer.cbegin() + m_pos, m_buffer.cbegin() + quote, '\n');
                    m_pos = quote;
                    const qsizetype before = m_shifted;
                    if (fill()) {
                        contentStart -= m_shifted - before;
                        continue;
                    }
                }
                m_line += std::count(m_buffer.cbegin() + m_pos, m_buffer.cbegin() + quote, '\n');
                if (quote + 1 < m_buffer.size() && m_buffer.at(quote + 1) == '"') {
                    unescaped.append(m_buffer.constData() + contentStart, quote + 1 - contentStart);
                    escapes = true;
                    m_pos = contentStart = quote + 2;
                    continue;
                }
                if (escapes) {
                    unescaped.append(m_buffer.constData() + contentStart, quote - contentStart);
                    m_unescaped.append(unescaped);
                    m_spans.append({0, 0, int(m_unescaped.size() - 1)});
                } else {
                    m_spans.append({contentStart, quote - contentStart, -1});
                }
                m_pos = quote + 1;
                break;
            }
        } else {
            const char* data = m_buffer.constData();
            qsizetype i = m_pos;
            for (;;) {
                while (i < m_buffer.size() && data[i] != m_separator && data[i] != '\n' &&
                       data[i] != '\r' && data[i] != '"')
                    ++i;
                if (i < m_buffer.size())
                    break;
                const qsizetype before = m_shifted;
                if (!fill())
                    break;
                i -= m_shifted - before;
                data = m_buffer.constData();
            }
            if (i < m_buffer.size() && data[i] == '"') {
                fail(m_line, Text::tr("guillemet inattendu au milieu d'un champ"));
                return false;
            }
            m_spans.append({m_pos, i - m_pos, -1});
            m_pos = i;
        }
        // After the field: a separator, a line end, or the end of the file.
        if (m_pos >= m_buffer.size() && !fill())
            return true;
        const char c = m_buffer.at(m_pos);
        if (c == m_separator) {
            ++m_pos;
            continue;
        }
        if (c == '\n' || c == '\r') {
            ++m_pos;
            if (c == '\r' && (m_pos < m_buffer.size() || fill()) && m_pos < m_buffer.size() &&
                m_buffer.at(m_pos) == '\n')
                ++m_pos;
            ++m_line;
            return true;
        }
        fail(m_line, Text::tr("caractère inattendu après un champ entre guillemets"));
        return false;
    }
}

QString CsvReader::field(int index) const
{
    const Span& span = m_spans.at(index);
    return decode(span.unescaped >= 0
                      ? QByteArrayView(m_unescaped.at(span.unescaped))
                      : QByteArrayView(m_buffer.constData() + span.start, span.length));
}

bool CsvReader::next(ImportRow& row)
{
    while (readRecord()) {
        // Blank lines (a final one, or a spreadsheet's padding) carry no dossier.
        if (m_spans.size() == 1 && m_spans.constFirst().length == 0 &&
            m_spans.constFirst().unescaped < 0)
            continue;
        if (m_spans.size() != m_headers.size()) {
            fail(m_recordLine, Text::tr("%1 colonnes au lieu des %2 de l'en-tête")
                                   .arg(m_spans.size())
                                   .arg(m_headers.size()));
            return false;
        }
        row.position = m_recordLine;
        row.cells.resize(m_spans.size());
        for (int i = 0; i < m_spans.size(); ++i) {
            row.cells[i].kind = ImportCell::Kind::Text;
            row.cells[i].text = field(i);
        }
        m_consumed = m_shifted + m_pos;
        return true;
    }
    return false;
}

} // namespace guichet
