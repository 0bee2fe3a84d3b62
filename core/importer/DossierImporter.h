#pragma once

#include "ColumnMapping.h"
#include "ImportReport.h"
#include "TableReader.h"
#include "common/Result.h"

#include <functional>

namespace guichet {

class Workspace;

// Imports démarches-simplifiées exports into a workspace. Dossiers are keyed by their DS
// number; a re-import replaces what came from DS and never touches local instruction data.
// All the files of one run are one transaction: a bad value anywhere rejects everything, with
// the file, row, column and value named, and the workspace stays exactly as it was.
class DossierImporter
{
public:
    struct Options
    {
        bool dryRun = false;
        // Called as rows are read, with the bytes read and the total; false cancels (nothing
        // is written).
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    // A look at an export before importing it: its headers, a few rows, and how its columns
    // map (for the mapping dialog).
    struct Preview
    {
        QStringList headers;
        QList<QStringList> samples;
        ColumnMapping mapping;
    };

    explicit DossierImporter(Workspace& workspace);

    Result<Preview> preview(const QString& file, int sampleRows = 3) const;
    Result<ImportReport> run(const QStringList& files, const Options& options);
    Result<ImportReport> run(const QStringList& files) { return run(files, Options()); }

private:
    Workspace& m_workspace;
};

} // namespace guichet
