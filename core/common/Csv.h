#pragma once

#include <QByteArray>
#include <QStringList>

namespace guichet::csv {

// The separator and end of line of a CSV: RFC 4180's by default, the dialect
// démarches-simplifiées writes.
struct Dialect
{
    char separator = ',';
    QByteArray endOfLine = "\n";
};

// Appends one row, quoting only the fields that need it.
void appendRow(QByteArray& out, const QStringList& fields, const Dialect& dialect = {});

} // namespace guichet::csv
