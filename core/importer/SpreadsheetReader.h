#pragma once

#include "SheetXmlScanner.h"
#include "TableReader.h"
#include "ZipPackage.h"

#include <QHash>
#include <QXmlStreamReader>

#include <memory>

namespace guichet {

// Whether a loop reading `xml` may go on: neither at the end nor stopped by an error.
bool readable(const QXmlStreamReader& xml);

// What XLSX and ODS share: a zip package, a "Dossiers" sheet streamed row by row, and the
// "Etablissements" sheet read first to join each dossier's applicant.
class SpreadsheetReader : public TableReader
{
public:
    explicit SpreadsheetReader(QString path);

    Status open() override;
    QStringList headers() const override { return m_headers; }
    bool next(ImportRow& row) override;
    std::optional<Error> error() const override { return m_error; }
    qint64 progress() const override;
    qint64 size() const override { return m_sheetSize; }
    ApplicantEstablishments applicantEstablishments() const override { return m_establishments; }

protected:
    // Locates the sheets (entry name and, for ODS, the table name) of the package.
    struct SheetRef
    {
        QString entry;
        QString table; // ODS: the table:name inside content.xml
        qint64 size = 0;
    };
    virtual Result<SheetRef> findSheet(const QString& name) = 0;
    // Positions the stream at the first row of the sheet.
    virtual bool enterSheet(QXmlStreamReader& xml, const SheetRef& sheet) = 0;
    // Reads the next row of the sheet; false at its end.
    virtual bool readRow(QXmlStreamReader& xml, ImportRow& row) = 0;
    virtual Status prepare() { return success(); }

    ZipPackage& package() { return m_package; }
    // Whether readRow() must decode this column (all of them, unless a pass narrows it).
    bool wantsColumn(int column) const
    {
        return m_wantedColumns.isEmpty() || m_wantedColumns.contains(column);
    }
    void fail(qint64 row, const QString& message);

private:
    Status readEstablishments();
    bool readNonEmptyRow(QXmlStreamReader& xml, ImportRow& row);

    ZipPackage m_package;
    std::unique_ptr<QIODevice> m_device;
    QXmlStreamReader m_xml;
    QString m_sheet; // the sheet being read, named in errors
    QStringList m_headers;
    qint64 m_sheetSize = 0;
    ApplicantEstablishments m_establishments;
    QList<int> m_wantedColumns;
    std::optional<Error> m_error;
};

// Office Open XML workbooks, as DS (caxlsx) writes them: inline or shared strings, numeric
// date cells.
class XlsxReader : public SpreadsheetReader
{
public:
    using SpreadsheetReader::SpreadsheetReader;
    QString formatName() const override { return QStringLiteral("xlsx"); }

protected:
    Status prepare() override;
    Result<SheetRef> findSheet(const QString& name) override;
    bool enterSheet(QXmlStreamReader& xml, const SheetRef& sheet) override;
    bool readRow(QXmlStreamReader& xml, ImportRow& row) override;
    qint64 progress() const override;

private:
    std::optional<SheetXmlScanner> m_scanner;
    QStringList m_sharedStrings;
    QHash<QString, QString> m_sheetEntries; // sheet name -> entry
};

// OpenDocument spreadsheets, as DS (rodf) writes them.
class OdsReader : public SpreadsheetReader
{
public:
    using SpreadsheetReader::SpreadsheetReader;
    QString formatName() const override { return QStringLiteral("ods"); }

protected:
    Result<SheetRef> findSheet(const QString& name) override;
    bool enterSheet(QXmlStreamReader& xml, const SheetRef& sheet) override;
    bool readRow(QXmlStreamReader& xml, ImportRow& row) override;

private:
    qint64 m_rowNumber = 0;
    qint64 m_pendingRepeats = 0;
    ImportRow m_repeated;
};

} // namespace guichet
