#pragma once

#include <QFont>
#include <QString>

namespace guichet::document_fonts {

// The family the documents are set in: Marianne when the préfecture installed it (it is the
// State's, never shipped with the application), else a free font metric-compatible with
// Arial (Liberation Sans, Arimo), else DejaVu Sans. Resolved once per process through
// QFontDatabase: a QGuiApplication must exist.
QString family();
// The body font of the documents.
QFont body();

} // namespace guichet::document_fonts
