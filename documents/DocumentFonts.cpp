#include "DocumentFonts.h"

#include "FontCopy.h"

#include <QFontDatabase>
#include <QRawFont>
#include <QStringList>

namespace guichet::document_fonts {

namespace {

QFont bodyIn(const QString& family)
{
    QFont font(family);
    font.setPointSizeF(10.5);
    // Outlines as designed: a printed page has no screen pixels to fit the glyphs to.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Registers the copies of family()'s regular, bold, italic and bold italic faces; a style the
// family lacks is left out, so that Qt makes it from the others as it does for the original.
// All or nothing: a family with some faces missing would set them from the wrong ones.
QString registerEmbeddedFamily()
{
    const QString name = QStringLiteral("Guichet documents");
    QList<int> registered;
    for (const bool bold : {false, true}) {
        for (const bool italic : {false, true}) {
            QFont wanted(family());
            wanted.setBold(bold);
            wanted.setItalic(italic);
            const QRawFont face = QRawFont::fromFont(wanted);
            if (!face.isValid() || (face.weight() >= QFont::DemiBold) != bold ||
                (face.style() != QFont::StyleNormal) != italic)
                continue;
            const QString style =
                bold ? (italic ? QStringLiteral("Bold Italic") : QStringLiteral("Bold"))
                     : (italic ? QStringLiteral("Italic") : QStringLiteral("Regular"));
            const int id =
                QFontDatabase::addApplicationFontFromData(font_copy::unhinted(face, name, style));
            if (id < 0 || !QFontDatabase::applicationFontFamilies(id).contains(name)) {
                for (const int done : std::as_const(registered))
                    QFontDatabase::removeApplicationFont(done);
                if (id >= 0)
                    QFontDatabase::removeApplicationFont(id);
                return family();
            }
            registered.append(id);
        }
    }
    return registered.isEmpty() ? family() : name;
}

} // namespace

QString family()
{
    static const QString resolved = [] {
        const QStringList installed = QFontDatabase::families();
        for (const char* wanted : {"Marianne", "Liberation Sans", "Arimo", "DejaVu Sans"}) {
            const QString name = QString::fromLatin1(wanted);
            if (installed.contains(name, Qt::CaseInsensitive))
                return name;
        }
        return QFont().defaultFamily();
    }();
    return resolved;
}

QFont body()
{
    return bodyIn(family());
}

QFont embeddedBody()
{
    static const QString embedded = registerEmbeddedFamily();
    return bodyIn(embedded);
}

} // namespace guichet::document_fonts
