#pragma once

#include "TableReader.h"

#include <QByteArray>

#include <functional>

class QIODevice;

namespace guichet {

// A streaming reader of the <sheetData> of an XLSX worksheet, on the raw UTF-8 bytes. Sheet
// XML is machine-written and regular (rows of cells with <v> or inline <is><t>), so a small
// scanner reads it several times faster than a general XML parser: the difference between
// seconds and tens of seconds on a 100 000-row export. Entities and the _xHHHH_ escapes of
// spreadsheet text are decoded; anything it does not understand is an error, never a guess.
class SheetXmlScanner
{
public:
    explicit SheetXmlScanner(QIODevice* device);

    // Positions the scanner after <sheetData>; false if the sheet has none.
    bool enterSheetData();
    // The next <row>; false at </sheetData> or on error (then error() is set). Cells whose
    // column `wanted` refuses are skipped without being decoded.
    bool nextRow(ImportRow& row, const std::function<bool(int)>& wanted,
                 const QStringList& sharedStrings);
    QString error() const { return m_error; }
    qint64 bytesRead() const { return m_consumed; }

private:
    struct Tag
    {
        QByteArrayView name; // local name, without prefix
        QByteArrayView attributes;
        bool closing = false;
        bool selfClosing = false;
        qsizetype end = 0; // offset just past '>'
    };

    bool fill();
    // Reads the tag starting at `from` ('<'); false if the buffer ends first.
    bool tagAt(qsizetype from, Tag& tag) const;
    // The offset of the next '<' at or after `from`, reading more if needed; -1 at the end.
    qsizetype nextTag(qsizetype from);
    static QByteArrayView attribute(QByteArrayView attributes, QByteArrayView name);
    static QString decode(QByteArrayView text);

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace guichet
