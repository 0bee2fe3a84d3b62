#pragma once

#include <QString>

namespace guichet::cli {

// The manual page guichet(1), in roff, in the language of the installed translator: written
// from `guichet --help`, `guichet --version` and every command's own --help, so that it says
// what the executable says.
QString manPage();

} // namespace guichet::cli
