#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>

namespace guichet::clock {

// The one clock of the application: every "now" and "today" is read here, so that tests can
// fix the time (tests/support/FakeClock) and every stored timestamp has one format.
QDateTime now(); // UTC
QDate today();   // the calendar date in Paris, where the prefecture's acts are dated

// Stored and exchanged timestamps: UTC ISO 8601 with milliseconds ("2021-03-15T13:52:00.000Z"),
// so that the newer of two edits can be told apart and text order is time order.
QString toText(const QDateTime& at);
QDateTime fromText(const QString& text);

// Replaces the system clock until reset (an empty function restores it). For tests only.
void setSourceForTesting(std::function<QDateTime()> source);

} // namespace guichet::clock
