#include "FieldParsers.h"

#include "common/TextFold.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace guichet::field_parsers {

namespace {

const QTimeZone& paris()
{
    static const QTimeZone zone("Europe/Paris");
    return zone;
}

QDateTime withParisOffset(const QDate& date, const QTime& time)
{
    const QDateTime local(date, time, paris());
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

// Spreadsheet serial days since 1899-12-30 (the 1900 date system).
std::optional<QDateTime> fromSerial(double serial)
{
    if (!(serial > 0 && serial < 2958466))
        return std::nullopt;
    const double whole = std::floor(serial);
    const qint64 seconds = std::llround((serial - whole) * 86400.0);
    const QDate date = QDate(1899, 12, 30).addDays(qint64(whole));
    return withParisOffset(date, QTime(0, 0).addSecs(int(std::min<qint64>(seconds, 86399))));
}

// Rounds a decimal text ("12345.675", "1.64E4") to cents, half away from zero, exactly.
std::optional<Cents> roundDecimalText(QString text)
{
    text = text.trimmed();
    bool negative = text.startsWith(QLatin1Char('-'));
    if (negative || text.startsWith(QLatin1Char('+')))
        text = text.mid(1);
    int exponent = 0;
    const qsizetype e = text.indexOf(QLatin1Char('E'), 0, Qt::CaseInsensitive);
    if (e >= 0) {
        bool ok = false;
        exponent = text.mid(e + 1).toInt(&ok);
        if (!ok || std::abs(exponent) > 20)
            return std::nullopt;
        text.truncate(e);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    QString digits = dot < 0 ? text : text.left(dot) + text.mid(dot + 1);
    qsizetype pointPosition = (dot < 0 ? text.size() : dot) + exponent; // digits before the point
    if (digits.isEmpty())
        return std::nullopt;
    for (const QChar c : digits) {
        if (!c.isDigit())
            return std::nullopt;
    }
    while (pointPosition < 0) {
        digits.prepend(QLatin1Char('0'));
        ++pointPosition;
    }
    while (digits.size() < pointPosition + 3)
        digits.append(QLatin1Char('0'));
    const QString cents = digits.left(pointPosition + 2);
    const bool roundUp = digits.at(pointPosition + 2).digitValue() >= 5;
    if (cents.size() > 17)
        return std::nullopt;
    Cents value = cents.isEmpty() ? 0 : cents.toLongLong();
    if (roundUp)
        ++value;
    return negative ? -value : value;
}

} // namespace

std::optional<QDateTime> timestamp(const ImportCell& cell)
{
    if (cell.kind == ImportCell::Kind::Number)
        return fromSerial(cell.number);
    const QString text = cell.text.trimmed();
    // Ruby's Time#to_s, as DS writes CSV and ODS: "2021-03-15 14:52:35 +0100". Read by
    // position first (a regular expression per row costs a noticeable share of an import).
    if (text.size() == 25 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char(' ') &&
        text.at(19) == QLatin1Char(' ') &&
        (text.at(20) == QLatin1Char('+') || text.at(20) == QLatin1Char('-'))) {
        auto number = [&text](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                if (!text.at(i).isDigit())
                    return -1;
                value = value * 10 + text.at(i).digitValue();
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2));
        const int hours = number(21, 2);
        const int minutes = number(23, 2);
        if (date.isValid() && time.isValid() && hours >= 0 && minutes >= 0 && hours <= 14 &&
            text.at(7) == QLatin1Char('-') && text.at(13) == QLatin1Char(':') &&
            text.at(16) == QLatin1Char(':'))
            return QDateTime(date, time,
                             QTimeZone((hours * 60 + minutes) * 60 *
                                       (text.at(20) == QLatin1Char('-') ? -1 : 1)));
        return std::nullopt;
    }
    static const QRegularExpression ruby(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}) ([+-])(\\d{2})(\\d{2})$"));
    if (const auto m = ruby.match(text); m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime time = QTime::fromString(m.captured(2), Qt::ISODate);
        const int offset = (m.captured(4).toInt() * 60 + m.captured(5).toInt()) * 60 *
                           (m.captured(3) == QLatin1String("-") ? -1 : 1);
        if (!date.isValid() || !time.isValid() || std::abs(offset) > 14 * 3600)
            return std::nullopt;
        return QDateTime(date, time, QTimeZone(offset));
    }
    if (text.contains(QLatin1Char('T'))) {
        const QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
        if (!iso.isValid())
            return std::nullopt;
        // Without an offset (an ODS date value), the time is Paris wall-clock time.
        if (iso.timeSpec() == Qt::LocalTime)
            return withParisOffset(iso.date(), iso.time());
        return iso;
    }
    static const QRegularExpression french(QStringLiteral(
        "^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    if (const auto m = french.match(text); m.hasMatch()) {
        const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return withParisOffset(date, time);
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return withParisOffset(date, QTime(0, 0));
    return std::nullopt;
}

std::optional<QDate> date(const ImportCell& cell)
{
    if (cell.kind == ImportCell::Kind::Number) {
        const auto t = fromSerial(cell.number);
        return t ? std::optional<QDate>(t->date()) : std::nullopt;
    }
    const QString text = cell.text.trimmed();
    QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (date.isValid() && (text.size() == 10 || text.at(10) == QLatin1Char('T')))
        return date;
    static const QRegularExpression french(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    if (const auto m = french.match(text); m.hasMatch()) {
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

std::optional<Cents> amount(const ImportCell& cell)
{
    if (cell.kind == ImportCell::Kind::Number)
        return roundDecimalText(cell.text);
    return money::parse(cell.text);
}

std::optional<qint64> integer(const ImportCell& cell)
{
    QString text = cell.text.trimmed();
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    if (cell.kind == ImportCell::Kind::Number && text.endsWith(QLatin1String(".0")))
        text.chop(2);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<DossierState> state(QStringView text)
{
    text = text.trimmed();
    for (DossierState s : dossier_state::all()) { // the DS label as written: no folding needed
        if (text == dossier_state::exportLabel(s))
            return s;
    }
    const QString folded = text::fold(text);
    for (DossierState s : dossier_state::all()) {
        if (folded == text::fold(dossier_state::exportLabel(s)) ||
            folded == dossier_state::apiName(s))
            return s;
    }
    return std::nullopt;
}

std::optional<bool> boolean(QStringView text)
{
    const QString folded = text::fold(text.trimmed());
    if (folded == QLatin1String("true") || folded == QLatin1String("oui") ||
        folded == QLatin1String("on") || folded == QLatin1String("1") ||
        folded == QLatin1String("vrai"))
        return true;
    if (folded == QLatin1String("false") || folded == QLatin1String("non") ||
        folded == QLatin1String("off") || folded == QLatin1String("0") ||
        folded == QLatin1String("faux") || folded.isEmpty())
        return false;
    return std::nullopt;
}

} // namespace guichet::field_parsers
