#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTextDocument>

#include <memory>

class QPainter;
class QPdfWriter;

namespace guichet {

// One document to set: its rich text and the line every page carries at its foot.
struct PageSource
{
    QString html;
    QString footer; // « 45 avenue Alsace-Lorraine … », the page number « x/y » is added
    QString title;  // the PDF's title (its register number, or what it is)
    bool landscape = false; // a wide table (the selection grid)
};

// Sets documents in A4 PDF: the préfecture's font embedded (document_fonts), page numbers
// « x/y » at the foot of every page. One renderer is meant to set many documents (its fonts are
// made once); each document is laid out once, in the fonts' design metrics (what print wants:
// advances as drawn, not rounded to a screen's pixels).
//
// The bytes depend only on the source and `stamp` (the time of issue): Qt writes the time of
// writing and a random document id into every PDF, which are replaced by values derived from
// the stamp, so that an issued document can be made again byte for byte.
class PdfRenderer
{
public:
    PdfRenderer();
    QByteArray render(const PageSource& source, const QDateTime& stamp);
    // Several documents in one PDF, each from a new page, numbered within itself.
    QByteArray renderCombined(const QList<PageSource>& sources, const QDateTime& stamp);

    // The text document as laid out for `html` (what the ODT writer and tests read), in the
    // documents' family: the PDF is the same layout in the family's embedded copy.
    QTextDocument& layOut(const QString& html, bool landscape = false);

private:
    QTextDocument& layOut(const QString& html, bool landscape, const QFont& font);
    void paint(QPainter& painter, QPdfWriter& writer, const PageSource& source);
    static QByteArray deterministic(QByteArray pdf, const QDateTime& stamp);

    std::unique_ptr<QTextDocument> m_document;
    QFont m_bodyFont;
    QFont m_embeddedFont;
    QFont m_footerFont;
};

} // namespace guichet
