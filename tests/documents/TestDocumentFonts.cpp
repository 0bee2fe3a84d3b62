#include "DocumentFonts.h"
#include "FontCopy.h"
#include "PdfRenderer.h"
#include "PdfText.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QRawFont>
#include <QTest>
#include <QTextDocument>

using namespace guichet;

// The font PDFs embed is a copy of the documents' family (font_copy): it must set the page
// exactly as the family does (the ODT and the layout are measured in the family), in each of
// its styles, under the family's PostScript name, and a character the copy lacks must still
// reach the page.
class TestDocumentFonts : public QObject
{
    Q_OBJECT

    static QFont styled(QFont font, bool bold, bool italic)
    {
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

private slots:
    void copyIsItsOwnFamily()
    {
        const QFont embedded = document_fonts::embeddedBody();
        QVERIFY(embedded.family() != document_fonts::family());
        // Found in the font database as it is, not replaced by a fallback.
        QCOMPARE(QFontInfo(embedded).family(), embedded.family());
        for (const bool bold : {false, true}) {
            for (const bool italic : {false, true}) {
                const QFontInfo info(styled(embedded, bold, italic));
                QCOMPARE(info.bold(), bold);
                QCOMPARE(info.italic(), italic);
            }
        }
    }

    void sameAdvances_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bold");
        QTest::addColumn<bool>("italic");
        // Kerning pairs (AV, Te, Wa, Yo), accents, French punctuation and figures.
        const QString kerned = QStringLiteral("AVANT Tête Wagon Yonne « Évosges » L'Œuvre");
        const QString figures = QStringLiteral("20 683,00 € – n° 01-2021 ; 54,99 % … fi fl");
        QTest::newRow("regular") << kerned << false << false;
        QTest::newRow("bold") << kerned << true << false;
        QTest::newRow("italic") << kerned << false << true;
        QTest::newRow("bold italic") << kerned << true << true;
        QTest::newRow("figures") << figures << false << false;
        QTest::newRow("figures bold") << figures << true << false;
    }

    void sameAdvances()
    {
        QFETCH(QString, text);
        QFETCH(bool, bold);
        QFETCH(bool, italic);
        const QFontMetricsF original(styled(document_fonts::body(), bold, italic));
        const QFontMetricsF copy(styled(document_fonts::embeddedBody(), bold, italic));
        QVERIFY(original.horizontalAdvance(text) > 0);
        QCOMPARE(copy.horizontalAdvance(text), original.horizontalAdvance(text));
        QCOMPARE(copy.ascent(), original.ascent());
        QCOMPARE(copy.descent(), original.descent());
    }

    void sameLayout()
    {
        QString html;
        for (int i = 0; i < 40; ++i)
            html += QStringLiteral("<p>Vu le décret n° 2018-514 du 25 juin 2018 relatif aux "
                                   "subventions de l'État ; <b>Article %1</b> – la commune "
                                   "d'Évosges <i>« Tâche »</i> : 20 683,00 €.</p>")
                        .arg(i);
        QSizeF sizes[2];
        const QFont fonts[] = {document_fonts::body(), document_fonts::embeddedBody()};
        for (int i = 0; i < 2; ++i) {
            QTextDocument document;
            document.setUseDesignMetrics(true);
            document.setDefaultFont(fonts[i]);
            document.setTextWidth(620);
            document.setHtml(html);
            sizes[i] = document.size();
        }
        QVERIFY(sizes[0].height() > 1000);
        QCOMPARE(sizes[1], sizes[0]);
    }

    void pdfNamesTheFamily()
    {
        const QByteArray pdf = PdfRenderer().render(
            {QStringLiteral("<p>Évosges <b>gras</b> <i>italique</i> → ≥ Ω Ж</p>"), QString(),
             QString()},
            QDateTime(QDate(2021, 10, 15), QTime(9, 0), Qt::UTC));
        // « LiberationSans-Bold », « Marianne-Regular », « DejaVuSans »: the family's own
        // PostScript names, not the copy's family.
        const QByteArray baseFont =
            "/BaseFont /" + document_fonts::family().remove(u' ').toLatin1();
        QVERIFY2(pdf.contains(baseFont), baseFont.constData());
        QVERIFY(!pdf.contains("Guichet"));
        // Ω and Ж are not in the copy: Qt's fallback sets them, and they read back.
        QCOMPARE(testing::pdfText(pdf).simplified(),
                 QStringLiteral("Évosges gras italique → ≥ Ω Ж 1/1"));
    }

    void unreadableFaceGivesNoCopy()
    {
        QVERIFY(font_copy::unhinted(QRawFont(), QStringLiteral("Copie"), QStringLiteral("Regular"))
                    .isEmpty());
        const QRawFont garbage(QByteArray(4096, 'x'), 12);
        QVERIFY(font_copy::unhinted(garbage, QStringLiteral("Copie"), QStringLiteral("Regular"))
                    .isEmpty());
    }
};

QTEST_MAIN(TestDocumentFonts)
#include "TestDocumentFonts.moc"
