#pragma once

#include "DsExportTable.h"
#include "common/Result.h"

namespace guichet::ds_export {

enum class Format
{
    Csv,
    Xlsx
};

// Writes `dossiers` as démarches-simplifiées exports them: CSV (comma, UTF-8 without BOM, LF)
// or XLSX (Dossiers, Etablissements and Avis sheets). The file appears only when complete.
Status write(const QString& path, Format format, DsExportTable::Era era, const Programme& programme,
             const QList<Dossier>& dossiers);

} // namespace guichet::ds_export
