#pragma once

#include "TableReader.h"

#include <QFile>

namespace guichet {

// Reads a DS CSV export as DS writes it (comma, UTF-8, LF) and as a French desktop spreadsheet
// re-saves it (semicolon, Windows-1252 or UTF-8 with BOM, CRLF), detected from the content.
// Streams the file: memory does not grow with it.
class CsvReader : public TableReader
{
public:
    enum class Encoding
    {
        Utf8,
        Windows1252
    };

    explicit CsvReader(QString path);

    Status open() override;
    QStringList headers() const override { return m_headers; }
    bool next(ImportRow& row) override;
    std::optional<Error> error() const override { return m_error; }
    qint64 progress() const override { return m_consumed; }
    qint64 size() const override { return m_file.size(); }
    QString formatName() const override { return QStringLiteral("csv"); }

    Encoding encoding() const { return m_encoding; }
    char separator() const { return m_separator; }

private:
    // Reads one record into m_spans; false at the end of the file or on error.
    bool readRecord();
    bool fill();
    QString field(int index) const;
    QString decode(QByteArrayView bytes) const;
    void fail(qint64 line, const QString& message);

    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_atEnd = false;
    qint64 m_line = 1;       // physical line of the next byte
    qint64 m_recordLine = 1; // line where the current record starts
    Encoding m_encoding = Encoding::Utf8;
    char m_separator = ',';
    QStringList m_headers;
    // A record's fields are spans of the buffer, decoded once; only fields with "" escapes
    // are copied (into m_unescaped).
    struct Span
    {
        qsizetype start;
        qsizetype length;
        int unescaped; // index in m_unescaped, or -1
    };
    QList<Span> m_spans;
    QList<QByteArray> m_unescaped;
    qsizetype m_recordStart = 0; // offset of the current record in the buffer
    qint64 m_shifted = 0;        // bytes dropped from the buffer's front so far
    std::optional<Error> m_error;
};

} // namespace guichet
