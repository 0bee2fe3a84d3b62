#include "Identity.h"

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
    QString account = qEnvironmentVariable("USER");
    if (account.isEmpty())
        account = qEnvironmentVariable("USERNAME");
    return account.isEmpty() ? QStringLiteral("inconnu") : account;
}

void setCurrentInstructor(const QString& name)
{
    QSettings().setValue(kKey, name.trimmed());
}

} // namespace guichet::identity
