#pragma once

#include <QDate>
#include <QString>

namespace guichet::format {

// French display forms: "15/03/2021", "8 247" (narrow no-break space as thousands separator).
QString date(const QDate& date);
QString dateTime(const QDateTime& dateTime);
QString integer(qint64 value);

} // namespace guichet::format
