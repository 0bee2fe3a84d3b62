#pragma once

#include <QString>

// The platform seam: the few file-system calls Qt does not offer, one implementation per
// operating system. Nothing else in Guichet calls POSIX or Win32 directly.
namespace guichet::platform {

// Writes the file's content through to the disk (fsync, FlushFileBuffers): a crash after it
// returns true cannot lose it.
bool flushToDisk(const QString& path);

// Gives `from` the name `to` in one step, replacing `to` if it exists (QFile::rename never
// replaces; rename(2), MoveFileEx with MOVEFILE_REPLACE_EXISTING do).
bool replaceFile(const QString& from, const QString& to);

} // namespace guichet::platform
