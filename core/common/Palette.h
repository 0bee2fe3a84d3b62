#pragma once

#include <QList>

namespace guichet::palette {

// ColorBrewer "Blues" with `classes` colours (3 to 9), lightest first, as 0xRRGGBB: a
// sequential scheme that stays readable for every common colour-vision deficiency and in
// greyscale, so that a projected or printed grid keeps its meaning.
QList<quint32> blues(int classes);
// True when text on `rgb` reads better in white than in black (WCAG contrast ratios).
bool isDark(quint32 rgb);
// The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(quint32 a, quint32 b);

} // namespace guichet::palette
