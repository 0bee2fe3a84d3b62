#pragma once

// The programme document a workspace was created with (one row, id 1), spelled once for the
// workspace that writes and reads it and the probe that reads it without opening the workspace.
// Internal to core/storage.
#include "SqlColumns.h"

namespace guichet::programme_columns {

constexpr sql::Table kTable{"programme"};
constexpr sql::Column kId{"id"};
constexpr sql::Column kDocument{"document"};
constexpr sql::Column kSha256{"sha256"};
constexpr sql::Column kInstalledAt{"installed_at"};
constexpr int kOnlyRow = 1;

} // namespace guichet::programme_columns
