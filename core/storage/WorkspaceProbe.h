#pragma once

#include "common/Result.h"

#include <QString>

namespace guichet::probe {

// PRAGMA application_id of every Guichet workspace ("GCHT").
constexpr int kApplicationId = 0x47434854;

enum class Integrity
{
    Verify, // run PRAGMA quick_check now (reads the whole file)
    Defer   // the caller verifies later, e.g. with a WorkspaceVerifier, before any write
};

// True when the file starts as every workspace does: the SQLite header with our application id
// (offset 68, big-endian). The same bytes as the desktop's MIME magic (packaging/linux), so
// that a renamed workspace is still one; reads 72 bytes and needs no SQL driver.
bool hasWorkspaceHeader(const QString& path);

// Checks, without writing a byte, that `path` is a Guichet workspace that this build can open:
// a SQLite file, ours, not written by a newer version, and (Integrity::Verify) not damaged.
Status check(const QString& path, Integrity integrity = Integrity::Verify);

// PRAGMA quick_check of the file, on a read-only connection of its own.
Status verifyIntegrity(const QString& path);

// PRAGMA user_version of the file, or -1 when it cannot be read.
int schemaVersion(const QString& path);

// The programme document stored in the workspace, read without writing a byte and whatever
// the schema version (every version keeps it): lets a caller check its input against the
// programme before opening a file for writing, which may upgrade it.
Result<QByteArray> programmeDocument(const QString& path);

} // namespace guichet::probe
