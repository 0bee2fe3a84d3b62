#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

class QTextDocument;

namespace guichet::odt {

// The document as OpenDocument Text (Qt's ODF writer), for LibreOffice: a package whose
// mimetype entry comes first, stored, and whose content.xml holds the text.
Result<QByteArray> write(QTextDocument& document);

} // namespace guichet::odt
