#pragma once

#include "common/Result.h"

#include <QString>

namespace guichet {

class Workspace;

// The copy of a workspace taken just before its schema is upgraded, beside it
// (FILE.avant-mise-a-jour): a failed upgrade puts it back, and it stays until the next
// successful open, so that an upgrade which goes wrong later can still be undone by hand.
namespace migration_backup {

QString pathFor(const QString& workspacePath);

// A consistent copy of the open workspace (VACUUM INTO), written atomically, readable by the
// user only; replaces an older backup.
Status write(const Workspace& workspace);

// Puts the backup back in place of the workspace, whose connection must be closed (the lock
// still held): the file is then exactly what it was before the upgrade began.
Status restore(const QString& workspacePath);

// Removes the backup after a successful open, if there is one.
void discard(const QString& workspacePath);

} // namespace migration_backup

} // namespace guichet
