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
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_file.read(kChunk);
    if (chunk.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_hash.addData(chunk);
    m_buffer += chunk;
    return true;
}

QByteArray CsvReader::sha256() const
{
    return m_atEnd ? m_hash.result().toHex() : QByteArray();
}

QString CsvReader::decode(const QByteArray& bytes) const
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
    for (const QByteArray& field : std::as_const(m_fields))
        m_headers.append(decode(field).trimmed());
    if (m_headers.size() == 1 && m_headers.constFirst().isEmpty())
        return Error::badInput(Text::tr("%1 ne contient aucun dossier (export vide).").arg(m_path));
    return success();
}

bool CsvReader::readRecord()
{
    m_fields.clear();
    QByteArray field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field began with a quote
    bool any = false;
    m_recordLine = m_line;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                fail(m_recordLine, Text::tr("guillemet ouvert jamais refermé"));
                return false;
            }
            if (!any && field.isEmpty())
                return false;
            m_fields.append(field);
            return true;
        }
        const char* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        if (quoted) {
            // Copy up to the next quote in one go.
            const qsizetype start = i;
            while (i < size && data[i] != '"') {
                if (data[i] == '\n')
                    ++m_line;
                ++i;
            }
            field.append(data + start, i - start);
            if (i >= size) {
                m_consumed += i - m_pos;
                m_pos = i;
                continue;
            }
            if (i + 1 >= size) { // need the next byte to tell "" from a closing quote
                m_consumed += i - m_pos;
                m_pos = i;
                if (!fill()) {
                    ++m_pos;
                    ++m_consumed;
                    quoted = false;
                }
                continue;
            }
            if (data[i + 1] == '"') {
                field.append('"');
                i += 2;
            } else {
                quoted = false;
                ++i;
            }
            m_consumed += i - m_pos;
            m_pos = i;
            continue;
        }
        any = true;
        const qsizetype start = i;
        while (i < size && data[i] != m_separator && data[i] != '\n' && data[i] != '\r' &&
               data[i] != '"')
            ++i;
        field.append(data + start, i - start);
        if (i >= size) {
            m_consumed += i - m_pos;
            m_pos = i;
            continue;
        }
        const char c = data[i];
        if (c == '"') {
            if (!field.isEmpty() || wasQuoted) {
                fail(m_line, Text::tr("guillemet inattendu au milieu d'un champ"));
                return false;
            }
            quoted = wasQuoted = true;
            ++i;
        } else if (c == m_separator) {
            m_fields.append(field);
            field.clear();
            wasQuoted = false;
            ++i;
        } else { // end of line: \n, \r\n or \r
            ++i;
            if (c == '\r') {
                if (i >= size) {
                    m_consumed += i - m_pos;
                    m_pos = i;
                    fill();
                    i = m_pos;
                }
                if (m_pos < m_buffer.size() && i < m_buffer.size() && m_buffer.at(i) == '\n')
                    ++i;
            }
            ++m_line;
            m_consumed += i - m_pos;
            m_pos = i;
            m_fields.append(field);
            return true;
        }
        m_consumed += i - m_pos;
        m_pos = i;
    }
}

bool CsvReader::next(ImportRow& row)
{
    while (readRecord()) {
        // Blank lines (a final one, or a spreadsheet's padding) carry no dossier.
        if (m_fields.size() == 1 && m_fields.constFirst().isEmpty())
            continue;
        if (m_fields.size() != m_headers.size()) {
            fail(m_recordLine, Text::tr("%1 colonnes au lieu des %2 de l'en-tête")
                                   .arg(m_fields.size())
                                   .arg(m_headers.size()));
            return false;
        }
        row.position = m_recordLine;
        row.cells.resize(m_fields.size());
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            row.cells[i].kind = ImportCell::Kind::Text;
            row.cells[i].text = decode(m_fields.at(i));
        }
        return true;
    }
    return false;
}

} // namespace guichet
