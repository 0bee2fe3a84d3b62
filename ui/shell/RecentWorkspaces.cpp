#include "RecentWorkspaces.h"

#include <QSettings>

namespace guichet::recent_workspaces {

namespace {
constexpr int kMaxRecent = 8;
const auto kRecentKey = QStringLiteral("workspace/recent");
} // namespace

QStringList list()
{
    return QSettings().value(kRecentKey).toStringList();
}

void remember(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
}

} // namespace guichet::recent_workspaces
