#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

class QTextDocument;

namespace guichet::odt {

// The document as OpenDocument Text (Qt's ODF writer), for LibreOffice: a package whose
// mimetype entry comes first, stored, and whose content.xml holds the text. Qt writes no page
// style: the package gets an A4 master page whose footer carries `footer` (the préfecture's
// address) and the page number « x/y », as the PDF does, and the document's default font as
// the body text's. The document is changed on the way (its tables' widths in points, its
// font named on every character): it is one laid out for this ODT.
Result<QByteArray> write(QTextDocument& document, const QString& footer);

} // namespace guichet::odt
