#include "PdfRenderer.h"

#include "DocumentFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextFrame>

namespace guichet {

namespace {

// The layout's unit: CSS pixels, 96 to the inch, as QTextDocument measures without a device.
constexpr qreal kLayoutDpi = 96.0;
constexpr int kPdfDpi = 600;
constexpr qreal kMillimetre = kLayoutDpi / 25.4;
const QSizeF kA4(210 * kMillimetre, 297 * kMillimetre);
constexpr qreal kSideMargin = 22 * kMillimetre;
constexpr qreal kTopMargin = 15 * kMillimetre;
constexpr qreal kBottomMargin = 24 * kMillimetre; // room for the footer
constexpr qreal kFooterFromBottom = 17 * kMillimetre;

QSizeF pageSize(bool landscape)
{
    return landscape ? kA4.transposed() : kA4;
}

void setUpWriter(QPdfWriter& writer, const QString& title, bool landscape)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kPdfDpi);
    writer.setCreator(QStringLiteral("Guichet"));
    writer.setTitle(title);
}

} // namespace

PdfRenderer::PdfRenderer()
    : m_bodyFont(document_fonts::body())
    , m_embeddedFont(document_fonts::embeddedBody())
    , m_footerFont(m_embeddedFont)
{
    m_footerFont.setPixelSize(10); // in layout units (the painter is scaled): 7,5 pt
}

QTextDocument& PdfRenderer::layOut(const QString& html, bool landscape)
{
    return layOut(html, landscape, m_bodyFont);
}

QTextDocument& PdfRenderer::layOut(const QString& html, bool landscape, const QFont& font)
{
    // A new document for each source: setHtml on a document that has its layout lays it out
    // at once, and the page margins set after it (setHtml resets them) a second time; a new
    // document is laid out once, when it is asked for its pages.
    m_document = std::make_unique<QTextDocument>();
    m_document->setUndoRedoEnabled(false);
    m_document->setUseDesignMetrics(true);
    m_document->setDefaultFont(font);
    m_document->setPageSize(pageSize(landscape));
    m_document->setHtml(html);
    QTextFrameFormat frame = m_document->rootFrame()->frameFormat();
    frame.setLeftMargin(kSideMargin);
    frame.setRightMargin(kSideMargin);
    frame.setTopMargin(kTopMargin);
    frame.setBottomMargin(kBottomMargin);
    frame.setBorder(0);
    m_document->rootFrame()->setFrameFormat(frame);
    return *m_document;
}

void PdfRenderer::paint(QPainter& painter, QPdfWriter& writer, const PageSource& source)
{
    layOut(source.html, source.landscape, m_embeddedFont);
    const QSizeF page = pageSize(source.landscape);
    const int pages = m_document->pageCount();
    const qreal scale = kPdfDpi / kLayoutDpi;
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        const QRectF clip(0, index * page.height(), page.width(), page.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        m_document->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.scale(scale, scale);
        painter.setFont(m_footerFont);
        painter.setPen(Qt::darkGray);
        const QRectF foot(kSideMargin, page.height() - kFooterFromBottom,
                          page.width() - 2 * kSideMargin, 10 * kMillimetre);
        painter.drawLine(foot.topLeft(), foot.topRight());
        painter.drawText(foot.adjusted(0, 0, -15 * kMillimetre, 0),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, source.footer);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("%1/%2").arg(index + 1).arg(pages));
        painter.restore();
    }
}

QByteArray PdfRenderer::render(const PageSource& source, const QDateTime& stamp)
{
    return renderCombined({source}, stamp);
}

QByteArray PdfRenderer::renderCombined(const QList<PageSource>& sources, const QDateTime& stamp)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const bool landscape = !sources.isEmpty() && sources.constFirst().landscape;
        setUpWriter(writer, sources.isEmpty() ? QString() : sources.constFirst().title, landscape);
        QPainter painter(&writer);
        bool first = true;
        for (const PageSource& source : sources) {
            if (!first)
                writer.newPage();
            first = false;
            paint(painter, writer, source);
        }
    }
    return deterministic(std::move(bytes), stamp);
}

QByteArray PdfRenderer::deterministic(QByteArray pdf, const QDateTime& stamp)
{
    // Qt 6.4 writes one varying thing, the time of writing, in the information dictionary:
    // « /CreationDate (D:20211015093000Z) », or with the local offset « +01'00' ». The stamp's
    // UTC time takes its place, in a form of the same length, so that the cross-reference
    // offsets stay right.
    static const QRegularExpression creation(
        QStringLiteral("/CreationDate \\(D:(\\d{14})(Z|[+-]\\d{2}'\\d{2}')\\)"));
    const qsizetype head = std::min<qsizetype>(pdf.size(), 4096); // the dictionary comes first
    const QString start = QString::fromLatin1(pdf.constData(), head);
    const QRegularExpressionMatch match = creation.match(start);
    if (!match.hasMatch())
        return pdf;
    const QString when = stamp.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    const QString zone =
        match.captured(2) == QLatin1String("Z") ? QStringLiteral("Z") : QStringLiteral("+00'00'");
    pdf.replace(match.capturedStart(1), match.capturedLength(1) + match.capturedLength(2),
                (when + zone).toLatin1());
    return pdf;
}

} // namespace guichet
