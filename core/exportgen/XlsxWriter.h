#pragma once

#include "common/AtomicFile.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

class QuaZip;
class QuaZipFile;

namespace guichet {

// How a cell looks: its number format ("0.0", "dd/mm/yyyy"), weight, wrapping and background.
struct XlsxStyle
{
    QString numberFormat;
    bool bold = false;
    bool wrap = false;
    std::optional<quint32> fill; // 0xRRGGBB; text turns white on a dark one
};

// A streaming writer of Office Open XML workbooks (inline strings, numeric date cells): rows
// go straight into the zip, so memory stays flat however many there are. Sheets are written one
// after the other. The file appears whole on close(), or not at all.
class XlsxWriter
{
public:
    explicit XlsxWriter(QString path);
    ~XlsxWriter();

    Status open();
    // `widths` in characters, one per column from the first; none for the default width.
    void beginSheet(const QString& name, const QList<double>& widths = {});
    // The number of a style to give cells; the same style gives the same number.
    int style(const XlsxStyle& style);
    void beginRow();
    // Always an inline string: a text is never read as a formula.
    void addText(const QString& text, int style = 0);
    void addNumber(double value, int style = 0);
    void addTimestamp(const QDateTime& wallClock); // the serial is the time as shown
    void addDate(const QDate& date, int style = kDateStyle);
    void addEmpty();
    void addHeader(const QString& text); // bold white on black, as DS writes headers
    void endRow();
    Status close();

private:
    static constexpr int kDateStyle = 2;
    void endSheet();
    void cell(const QByteArray& attributes, const QByteArray& content);
    bool writeEntry(const QString& name, const QByteArray& content);
    QByteArray styles() const;

    QString m_path;
    AtomicFile m_file;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QStringList m_sheetNames;
    QByteArray m_buffer;
    QList<XlsxStyle> m_styles;        // after the built-in ones
    QHash<QByteArray, int> m_styleOf; // a style's key -> its number
    int m_row = 0;
    int m_column = 0;
    bool m_failed = false;
};

} // namespace guichet
