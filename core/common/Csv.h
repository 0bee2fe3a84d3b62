#pragma once

#include <QByteArray>
#include <QStringList>

namespace guichet::csv {

// Appends one RFC 4180 row (comma separator, LF end of line, quotes only where needed),
// the dialect démarches-simplifiées writes.
void appendRow(QByteArray& out, const QStringList& fields);

} // namespace guichet::csv
