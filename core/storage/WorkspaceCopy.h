#pragma once

#include "common/Result.h"

#include <QString>

namespace guichet {

class Workspace;

// A copy of an open workspace, consistent as of one moment (SQLite's VACUUM INTO reads it in
// one transaction, whatever is being written meanwhile): the dossiers, the instruction work and
// the audit log. It is written as every file is (common/AtomicFile): readable by the user only,
// and a copy that fails half-way never takes the target's name.
namespace workspace_copy {

enum class Existing
{
    Refuse, // an existing target is bad input (the CLI)
    Replace // the user confirmed replacing it (the save dialog); never the workspace itself
};

Status write(const Workspace& workspace, const QString& target,
             Existing existing = Existing::Refuse);
// The same from a workspace file that is not open here, read on a read-only connection of its
// own: whatever its schema version (it is copied as it is, never upgraded), and even while
// another Guichet writes it.
Status writeFile(const QString& source, const QString& target);

} // namespace workspace_copy

} // namespace guichet
