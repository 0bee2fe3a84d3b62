#include "Money.h"

#include "Format.h"

#include <QChar>

namespace guichet::money {

namespace {
constexpr QChar kNarrowNbsp(0x202F);
std::uint64_t magnitude(Cents cents)
{
    return cents < 0 ? std::uint64_t(-(cents + 1)) + 1 : std::uint64_t(cents);
}
} // namespace

QString format(Cents cents)
{
    const std::uint64_t abs = magnitude(cents);
    const QString fraction = QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return (cents < 0 ? QStringLiteral("-") : QString()) +
           guichet::format::integer(qint64(abs / 100)) + QLatin1Char(',') + fraction +
           QChar(0x00A0) + QChar(0x20AC);
}

QString formatPlain(Cents cents)
{
    const std::uint64_t abs = magnitude(cents);
    return (cents < 0 ? QStringLiteral("-") : QString()) + QString::number(abs / 100) +
           QLatin1Char('.') + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

Cents applyRate(Cents base, Rate rate)
{
    // Split so that no intermediate overflows (2^50 cents × 10^4 would): base = q·10^4 + r, and
    // q·rate is exact. Truncation rounds the positive amounts of grants down.
    return (base / kFullRate) * rate + (base % kFullRate) * rate / kFullRate;
}

QString formatRate(Rate rate)
{
    const QString units = QString::number(rate / 100);
    const int fraction = rate % 100;
    QString text = units;
    if (fraction != 0) {
        text += QLatin1Char(',') + QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text + QChar(0x00A0) + QLatin1Char('%');
}

std::optional<Rate> parseRate(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text = text.chopped(1).trimmed();
    // A percentage with two decimals at most is a money amount's syntax: reuse its exact parser.
    const std::optional<Cents> hundredths = parse(text);
    if (!hundredths || *hundredths < 0 || *hundredths > kFullRate)
        return std::nullopt;
    return Rate(*hundredths);
}

std::optional<Cents> parse(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(QChar(0x20AC)))
        text = text.chopped(1).trimmed();
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1);
    }
    if (text.isEmpty())
        return std::nullopt;

    std::int64_t units = 0;
    int decimals = -1; // -1: no separator seen yet
    std::int64_t fraction = 0;
    int digitsSeen = 0;
    for (const QChar c : text) {
        if (c.isDigit()) {
            const int d = c.digitValue();
            if (decimals < 0) {
                if (units > (INT64_MAX - d) / 10 / 100)
                    return std::nullopt;
                units = units * 10 + d;
            } else {
                if (decimals == 2)
                    return std::nullopt;
                fraction = fraction * 10 + d;
                ++decimals;
            }
            ++digitsSeen;
        } else if (c == QLatin1Char(',') || c == QLatin1Char('.')) {
            if (decimals >= 0 || digitsSeen == 0)
                return std::nullopt;
            decimals = 0;
        } else if (c == QLatin1Char(' ') || c == QChar(0x00A0) || c == kNarrowNbsp) {
            if (decimals >= 0)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (digitsSeen == 0 || decimals == 0)
        return std::nullopt;
    if (decimals == 1)
        fraction *= 10;
    const Cents value = units * 100 + fraction;
    return negative ? -value : value;
}

} // namespace guichet::money
