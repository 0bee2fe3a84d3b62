#pragma once

#include "common/Result.h"

#include <QString>

namespace guichet {

class LedgerStore;

namespace ledger_export {

enum class Format
{
    Csv,
    Xlsx
};

// One row per movement, in the order written, with each movement's effect on the committed,
// paid and envelope totals: every balance can be summed back from the file. Streams the ledger
// (memory stays flat) and writes `path` atomically.
Status write(const LedgerStore& ledger, const QString& path, Format format);

// The columns, snake_case as in `guichet dossiers`.
const QStringList& columns();

} // namespace ledger_export
} // namespace guichet
