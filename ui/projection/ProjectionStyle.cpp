#include "ProjectionStyle.h"

#include <QColor>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace guichet::projection {

namespace {
const char* const kRole = "projectionRole";
} // namespace

int pixelSize(TextRole role, int height)
{
    // 38 body lines to the window's height: 28 px at 1080, 19 px at 720.
    const double body = std::max(12, height) / 38.0;
    switch (role) {
    case TextRole::Body:
    case TextRole::Strong:
        return int(std::ceil(body));
    case TextRole::Heading:
        return int(std::ceil(body * 1.2));
    case TextRole::Title:
        return int(std::ceil(body * 1.45));
    case TextRole::Figure:
        return int(std::ceil(body * 1.9));
    }
    return int(std::ceil(body));
}

void setColour(QLabel* label, quint32 colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor::fromRgb(colour));
    label->setPalette(palette);
}

QLabel* label(QWidget* parent, TextRole role, quint32 colour, bool wrap)
{
    auto* l = new QLabel(parent);
    l->setProperty(kRole, int(role));
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(wrap);
    setColour(l, colour);
    return l;
}

void applySizes(QWidget* root, int height)
{
    for (QLabel* l : root->findChildren<QLabel*>()) {
        const QVariant role = l->property(kRole);
        if (!role.isValid())
            continue;
        QFont font = l->font();
        font.setPixelSize(pixelSize(TextRole(role.toInt()), height));
        // A narrower face where there is one (DejaVu Sans Condensed): more words to a line.
        font.setStretch(QFont::SemiCondensed);
        font.setBold(TextRole(role.toInt()) != TextRole::Body);
        l->setFont(font);
    }
}

} // namespace guichet::projection
