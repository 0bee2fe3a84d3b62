#include "Csv.h"

namespace guichet::csv {

void appendRow(QByteArray& out, const QStringList& fields, const Dialect& dialect)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += dialect.separator;
        const QByteArray utf8 = fields.at(i).toUtf8();
        const bool quote = utf8.contains(dialect.separator) || utf8.contains('"') ||
                           utf8.contains('\n') || utf8.contains('\r');
        if (!quote) {
            out += utf8;
            continue;
        }
        out += '"';
        for (const char c : utf8) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += dialect.endOfLine;
}

} // namespace guichet::csv
