#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace guichet {

// One cell of an export as its reader found it. Spreadsheets give typed cells (numbers,
// dates as serials); CSV gives text only.
struct ImportCell
{
    enum class Kind : quint8
    {
        Text,
        Number
    };
    Kind kind = Kind::Text;
    QString text;      // the text (for numbers: as written in the file)
    double number = 0; // for Kind::Number; only dates use it (spreadsheet serials)
};

// What the "Etablissements" sheet of a spreadsheet export says of a dossier's applicant.
struct ApplicantEstablishment
{
    QString siret;
    QString siren;
    QString companyName;
    QString inseeCode;
};
using ApplicantEstablishments = QHash<qint64, ApplicantEstablishment>; // by DS number

struct ImportRow
{
    qint64 position = 0; // the line number in a CSV, the row number in a sheet (1-based)
    QList<ImportCell> cells;
};

// A source of dossier rows: the header row of the "Dossiers" table, then its rows, streamed.
// CSV, XLSX and ODS readers implement it; they report problems with file, row and column.
class TableReader
{
public:
    virtual ~TableReader() = default;

    virtual Status open() = 0;
    virtual QStringList headers() const = 0;
    // Reads the next row; false at the end or on error (then error() is set).
    virtual bool next(ImportRow& row) = 0;
    virtual std::optional<Error> error() const = 0;
    // Bytes consumed so far, against the total: for progress.
    virtual qint64 progress() const = 0;
    virtual qint64 size() const = 0;
    // What the "Etablissements" sheet says of each dossier's applicant (spreadsheets only).
    virtual ApplicantEstablishments applicantEstablishments() const { return {}; }
    virtual QString formatName() const = 0;

    // The reader for `path`, chosen by its content (zip or text) and extension.
    static Result<std::unique_ptr<TableReader>> forFile(const QString& path);
};

} // namespace guichet
