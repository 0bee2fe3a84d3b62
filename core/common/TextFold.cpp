#include "TextFold.h"

namespace guichet::text {

QString fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out += (u >= 'A' && u <= 'Z') ? QChar(u + 32) : c;
            continue;
        }
        if (u == 0x0153 || u == 0x0152) { // œ Œ
            out += QLatin1String("oe");
            continue;
        }
        if (u == 0x00E6 || u == 0x00C6) { // æ Æ
            out += QLatin1String("ae");
            continue;
        }
        if (u == 0x00A0 || u == 0x202F) { // no-break spaces search like spaces
            out += QLatin1Char(' ');
            continue;
        }
        const QString decomposed = c.decomposition();
        const QChar base = decomposed.isEmpty() ? c : decomposed.at(0);
        out += base.toLower();
    }
    return out;
}

} // namespace guichet::text
