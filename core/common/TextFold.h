#pragma once

#include <QString>

namespace guichet::text {

// Lower-case and strip accents ("Saint-Étienne" -> "saint-etienne"), for searches that
// ignore case and accents. Ligatures are expanded (œ -> oe).
QString fold(QStringView text);

} // namespace guichet::text
