#pragma once

#include <QString>

class QCoreApplication;

namespace guichet {

// Installs the UI language: French by default, English when asked (--lang en) or when the
// system locale is English. Returns the language code installed ("fr" or "en").
QString installTranslations(QCoreApplication& app, const QString& requested);

} // namespace guichet
