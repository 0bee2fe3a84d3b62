#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace guichet {

// Money is always an integer number of euro cents: never floating point.
using Cents = qint64;

// A funding rate in hundredths of a percent (basis points): 7400 is 74 %, 10000 is 100 %.
// Integer, so that a rate applied to cents is exact and the same on every machine.
using Rate = int;
constexpr Rate kFullRate = 10000;

namespace money {

// "12 345,67 €" with narrow no-break spaces as French typography wants.
QString format(Cents cents);

// "12345.67" (dot decimal, no grouping): the form used in exports and CSV.
QString formatPlain(Cents cents);

// `base` × `rate`, rounded down to the cent: a grant is a maximum, so rounding never takes it
// above rate × eligible cost (the ceiling of décret 2018-514, art. 10). The one rounding policy
// wherever a rate or a percentage ceiling applies to money.
Cents applyRate(Cents base, Rate rate);

// "74 %", "74,5 %" (French, no-break space).
QString formatRate(Rate rate);

// Parses "74", "74,5", "74.25" as a percentage into hundredths, exactly; nullopt otherwise.
std::optional<Rate> parseRate(QStringView text);

// Parses "12 345,67", "12345.67", "12345", "-3,5" exactly (no floating point).
// Accepts at most two decimals; returns nullopt on anything else.
std::optional<Cents> parse(QStringView text);

} // namespace money
} // namespace guichet
