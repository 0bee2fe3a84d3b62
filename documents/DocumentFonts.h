#pragma once

#include <QFont>
#include <QString>

namespace guichet::document_fonts {

// The family the documents are set in: Marianne when the préfecture installed it (it is the
// State's, never shipped with the application), else a free font metric-compatible with
// Arial (Liberation Sans, Arimo), else DejaVu Sans. Resolved once per process through
// QFontDatabase: a QGuiApplication must exist.
QString family();
// The body font of the documents, in family(): what an ODT names and a layout measures.
QFont body();
// The body font as PDFs embed it: family()'s faces copied for embedding (font_copy) and
// registered once per process under a family of their own; family() itself when a face cannot
// be copied. Same advances as body(), so the same layout. First called from one thread (the
// font database is thread-safe, the first registration is made once).
QFont embeddedBody();

} // namespace guichet::document_fonts
