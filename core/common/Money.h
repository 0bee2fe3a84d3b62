#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace guichet {

// Money is always an integer number of euro cents: never floating point.
using Cents = qint64;

namespace money {

// "12 345,67 €" with narrow no-break spaces as French typography wants.
QString format(Cents cents);

// "12345.67" (dot decimal, no grouping): the form used in exports and CSV.
QString formatPlain(Cents cents);

// Parses "12 345,67", "12345.67", "12345", "-3,5" exactly (no floating point).
// Accepts at most two decimals; returns nullopt on anything else.
std::optional<Cents> parse(QStringView text);

} // namespace money
} // namespace guichet
