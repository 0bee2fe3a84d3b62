#pragma once

#include "ColumnMapping.h"
#include "ImportReport.h"
#include "TableReader.h"
#include "common/Result.h"

#include <functional>
#include <optional>

namespace guichet {

class Workspace;

// Imports démarches-simplifiées exports into a workspace. Dossiers are keyed by their DS
// number; a re-import replaces what came from DS and never touches local instruction data.
// All the files of one run are one transaction: a bad value anywhere rejects everything, with
// the file, row, column and value named, and the workspace stays exactly as it was.
class DossierImporter
{
public:
    // What becomes of the workspace's dossiers that the exports do not list.
    enum class Absent
    {
        Mark,   // flagged absent (DS no longer lists them)
        Ignore, // left as they are: the export is a subset (a partial export)
        Ask     // flagged, unless that is more than half of the workspace: then `askAbsent`
    };

    struct Options
    {
        bool dryRun = false;
        Absent absent = Absent::Ask;
        // With Absent::Ask, when the import would flag more than half of the workspace's
        // dossiers (`flagged` of `total`), before anything is committed: Mark or Ignore, or
        // nothing to refuse the import (BadInput, nothing written). Without it, such an
        // import is refused.
        std::function<std::optional<Absent>(qint64 flagged, qint64 total)> askAbsent;
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
