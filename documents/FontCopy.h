#pragma once

#include <QByteArray>
#include <QString>

class QRawFont;

namespace guichet::font_copy {

// A copy of `face` made for embedding in PDF, named `family` and `style` so that it can be
// registered beside the original: the same outlines and advances, without hinting
// instructions, and only the characters French documents are written in.
//
// Why: Qt 6.4's PDF writer, for every face in every file, looks all 65 536 BMP code points up
// in the face's character map (for the ToUnicode map) and loads each glyph it embeds hinted at
// the em size, running the TrueType interpreter for outlines it then writes unhinted. A face
// with a small character map and no hints makes both cheap (a third of a letter's time with
// Liberation Sans), and the page is the same. A character outside the copy is set by Qt's
// font fallback, like any character a font lacks.
//
// Empty when HarfBuzz cannot read or subset the face (then the original is to be used).
QByteArray unhinted(const QRawFont& face, const QString& family, const QString& style);

} // namespace guichet::font_copy
