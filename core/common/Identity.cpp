#include "Identity.h"

#include <QDir>
#include <QSettings>

namespace guichet::identity {

namespace {
const auto kKey = QStringLiteral("instructor/name");
}

QString currentInstructor()
{
    const QString configured = QSettings().value(kKey).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString account = qEnvironmentVariable(variable);
        if (!account.isEmpty())
            return account;
    }
    const QString home = QDir::home().dirName(); // e.g. /home/cmartin -> cmartin
    return home.isEmpty() ? QStringLiteral("inconnu") : home;
}

bool isChosen()
{
    return !QSettings().value(kKey).toString().trimmed().isEmpty();
}

void setCurrentInstructor(const QString& name)
{
    QSettings().setValue(kKey, name.trimmed());
}

} // namespace guichet::identity
