#include "Siret.h"

namespace guichet::siret {

namespace {
// Luhn sum of 14 digits; -1 when one is not a digit.
int luhnSum(QStringView digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (!digits.at(i).isDigit())
            return -1;
        int d = digits.at(i).digitValue();
        if ((digits.size() - 1 - i) % 2 == 1) { // every second digit from the right
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum;
}
} // namespace

bool isValid(QStringView siret)
{
    return siret.size() == 14 && luhnSum(siret) % 10 == 0;
}

QString make(QStringView siren, int nic)
{
    const QString base = siren.toString() + QStringLiteral("%1").arg(nic, 4, 10, QLatin1Char('0'));
    for (int key = 0; key < 10; ++key) {
        const QString candidate = base + QString::number(key);
        if (isValid(candidate))
            return candidate;
    }
    return base + QLatin1Char('0');
}

} // namespace guichet::siret
