#include "AmountWords.h"

#include <memory>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace guichet::amount_words {

namespace {

// One formatter for the process: building it parses ICU's rule set, which costs more than
// the formatting itself.
const icu::RuleBasedNumberFormat* formatter()
{
    static const std::unique_ptr<icu::RuleBasedNumberFormat> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto made = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                                 icu::Locale("fr"), status);
        if (U_FAILURE(status))
            made.reset();
        else // euro and centime are masculine
            made->setDefaultRuleSet(icu::UnicodeString(u"%spellout-cardinal-masculine"), status);
        return made;
    }();
    return instance.get();
}

QString words(qint64 number)
{
    const icu::RuleBasedNumberFormat* format = formatter();
    if (!format) // ICU without its French data: the figures still say the amount
        return QString::number(number);
    icu::UnicodeString text;
    format->format(static_cast<int64_t>(number), text);
    return QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
}

// « un million d'euros », « deux milliards d'euros »: a noun of quantity takes « de ».
bool takesDe(const QString& spelled)
{
    for (const char* noun : {"million", "millions", "milliard", "milliards"}) {
        if (spelled.endsWith(QLatin1String(noun)))
            return true;
    }
    return false;
}

QString counted(qint64 number, const QString& singular, const QString& plural)
{
    const QString spelled = words(number);
    if (number <= 1)
        return spelled + QLatin1Char(' ') + singular;
    return spelled + (takesDe(spelled) ? QStringLiteral(" d'") : QStringLiteral(" ")) + plural;
}

} // namespace

QString spell(Cents amount)
{
    const bool negative = amount < 0;
    const Cents magnitude = negative ? -amount : amount;
    const qint64 euros = magnitude / 100;
    const qint64 cents = magnitude % 100;
    QString text;
    if (euros > 0 || cents == 0)
        text = counted(euros, QStringLiteral("euro"), QStringLiteral("euros"));
    if (cents > 0) {
        const QString centimes =
            counted(cents, QStringLiteral("centime"), QStringLiteral("centimes"));
        text = text.isEmpty() ? centimes : text + QStringLiteral(" et ") + centimes;
    }
    return negative ? QStringLiteral("moins ") + text : text;
}

} // namespace guichet::amount_words
