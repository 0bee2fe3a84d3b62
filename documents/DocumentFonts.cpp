#include "DocumentFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace guichet::document_fonts {

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
    QFont font(family());
    font.setPointSizeF(10.5);
    // Outlines as designed: a printed page has no screen pixels to fit the glyphs to.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace guichet::document_fonts
