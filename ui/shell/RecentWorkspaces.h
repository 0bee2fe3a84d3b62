#pragma once

#include <QStringList>

namespace guichet::recent_workspaces {

// The workspaces opened last, most recent first, kept in the settings (eight at the most).
QStringList list();
// Puts `path` first in the list.
void remember(const QString& path);

} // namespace guichet::recent_workspaces
