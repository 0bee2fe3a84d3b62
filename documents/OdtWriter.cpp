#include "OdtWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace guichet::odt {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Odt)
};
} // namespace

Result<QByteArray> write(QTextDocument& document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("ODF"));
    if (!writer.write(&document))
        return Error::failure(Text::tr("Écriture du document OpenDocument impossible."));
    return bytes;
}

} // namespace guichet::odt
