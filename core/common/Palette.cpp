#include "Palette.h"

#include <QtMath>

#include <algorithm>

namespace guichet::palette {

QList<quint32> blues(int classes)
{
    // ColorBrewer's own class sets: a k-class scheme is not a subset of the 9-class one.
    static const QList<QList<quint32>> schemes = {
        {0xDEEBF7, 0x9ECAE1, 0x3182BD},
        {0xEFF3FF, 0xBDD7E7, 0x6BAED6, 0x2171B5},
        {0xEFF3FF, 0xBDD7E7, 0x6BAED6, 0x3182BD, 0x08519C},
        {0xEFF3FF, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x3182BD, 0x08519C},
        {0xEFF3FF, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x084594},
        {0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x084594},
        {0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B}};
    return schemes.at(std::clamp(classes, 3, 9) - 3);
}

namespace {
// WCAG 2's relative luminance.
double luminanceOf(quint32 rgb)
{
    auto linear = [](quint32 channel) {
        const double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear((rgb >> 16) & 0xFF) + 0.7152 * linear((rgb >> 8) & 0xFF) +
           0.0722 * linear(rgb & 0xFF);
}
} // namespace

bool isDark(quint32 rgb)
{
    const double luminance = luminanceOf(rgb);
    // Contrast with white is 1.05 / (L + 0.05), with black (L + 0.05) / 0.05.
    return 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05;
}

double contrastRatio(quint32 a, quint32 b)
{
    const double la = luminanceOf(a);
    const double lb = luminanceOf(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace guichet::palette
