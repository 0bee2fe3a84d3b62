#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace guichet {

// A streaming writer of Office Open XML workbooks (inline strings, numeric date cells): rows
// go straight into the zip, so memory stays flat however many there are. Sheets are written one
// after the other.
class XlsxWriter
{
public:
    explicit XlsxWriter(QString path);
    ~XlsxWriter();

    Status open();
    void beginSheet(const QString& name);
    void beginRow();
    void addText(const QString& text);
    void addNumber(double value);
    void addTimestamp(const QDateTime& wallClock); // the serial is the time as shown
    void addDate(const QDate& date);
    void addEmpty();
    void addHeader(const QString& text); // bold white on black, as DS writes headers
    void endRow();
    Status close();

private:
    void endSheet();
    void cell(const QByteArray& attributes, const QByteArray& content);
    bool writeEntry(const QString& name, const QByteArray& content);

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QStringList m_sheetNames;
    QByteArray m_buffer;
    int m_row = 0;
    int m_column = 0;
    bool m_failed = false;
};

} // namespace guichet
