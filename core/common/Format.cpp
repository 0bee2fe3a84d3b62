#include "Format.h"

#include <QDateTime>

namespace guichet::format {

QString date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString dateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString integer(qint64 value)
{
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x202F));
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

} // namespace guichet::format
