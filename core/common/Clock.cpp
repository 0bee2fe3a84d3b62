#include "Clock.h"

#include <QTimeZone>

namespace guichet::clock {

namespace {

std::function<QDateTime()>& source()
{
    static std::function<QDateTime()> current;
    return current;
}

} // namespace

QDateTime now()
{
    const auto& fake = source();
    return (fake ? fake() : QDateTime::currentDateTimeUtc()).toUTC();
}

QDate today()
{
    static const QTimeZone paris("Europe/Paris");
    return paris.isValid() ? now().toTimeZone(paris).date() : now().toLocalTime().date();
}

QString toText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

void setSourceForTesting(std::function<QDateTime()> source_)
{
    source() = std::move(source_);
}

} // namespace guichet::clock
