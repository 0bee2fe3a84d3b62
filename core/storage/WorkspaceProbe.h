#pragma once

#include "common/Result.h"

#include <QString>

namespace guichet::probe {

// PRAGMA application_id of every Guichet workspace ("GCHT").
constexpr int kApplicationId = 0x47434854;

// Checks, without writing a byte, that `path` is an intact Guichet workspace that this build
// can open: a SQLite file, not damaged, ours, and not written by a newer version.
Status check(const QString& path);

// PRAGMA user_version of the file, or -1 when it cannot be read.
int schemaVersion(const QString& path);

} // namespace guichet::probe
