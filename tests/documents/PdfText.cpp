#include "PdfText.h"

#include <QBuffer>
#include <QPdfDocument>

namespace guichet::testing {

namespace {

struct LoadedPdf
{
    QBuffer buffer;
    QPdfDocument document;

    explicit LoadedPdf(const QByteArray& pdf)
    {
        buffer.setData(pdf);
        buffer.open(QIODevice::ReadOnly);
        document.load(&buffer);
    }
};

} // namespace

int pdfPageCount(const QByteArray& pdf)
{
    return LoadedPdf(pdf).document.pageCount();
}

QString pdfText(const QByteArray& pdf)
{
    LoadedPdf loaded(pdf);
    QPdfDocument& document = loaded.document;
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + QLatin1Char('\n');
    // Qt PDF returns the lines as laid out: join them back into words.
    return text.simplified();
}

} // namespace guichet::testing
