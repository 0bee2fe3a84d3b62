#pragma once

#include <QByteArray>
#include <QString>

namespace guichet::testing {

// The text of a PDF as Qt PDF reads it back, every page, its lines joined back into words.
QString pdfText(const QByteArray& pdf);
int pdfPageCount(const QByteArray& pdf);

} // namespace guichet::testing
