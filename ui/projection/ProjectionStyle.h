#pragma once

#include <QtGlobal>

class QLabel;
class QWidget;

namespace guichet::projection {

// The projector's look: dark ink on white paper, read from the back of a room. Every colour a
// text is written in reaches WCAG AAA (7:1) on the paper; sizes follow the window's height, so
// that 1080 lines give a body of at least 28 px and 720 lines fit the same page.

// The colours, as 0xRRGGBB.
inline constexpr quint32 kPaper = 0xFFFFFF;
inline constexpr quint32 kInk = 0x111111;
inline constexpr quint32 kMutedInk = 0x404040;   // the captions beside the figures
inline constexpr quint32 kOverrun = 0x8B0000;    // dark red: an overrun, the cutoff line
inline constexpr quint32 kCommitted = 0x08519C;  // the gauge's committed part (not text)
inline constexpr quint32 kFavourable = 0x6BAED6; // the gauge's favourable avis (not text)
inline constexpr quint32 kBlack = 0x000000;      // the black screen

enum class TextRole
{
    Body,    // figures, criteria, captions
    Strong,  // body text in bold: what the eye must find at once
    Heading, // the project's title, the view's title
    Title,   // the collectivity
    Figure   // the envelope view's large figures
};

// The pixel size of `role` in a window `height` pixels high.
int pixelSize(TextRole role, int height);

// A label of the projection: its role (for its size), its colour, word wrap when it may.
QLabel* label(QWidget* parent, TextRole role, quint32 colour = kInk, bool wrap = false);
void setColour(QLabel* label, quint32 colour);
// Gives every label under `root` the pixel size of its role for a window `height` high.
void applySizes(QWidget* root, int height);

} // namespace guichet::projection
