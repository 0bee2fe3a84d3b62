#pragma once

#include "documents/Letterhead.h"

#include <QString>

namespace guichet::document_pages {

// The top of a document's first page, in rich text: the bloc-marque on the left (the logo the
// préfecture supplied, else the intitulé in capitals and the devise on three lines), the
// timbre (direction, bureau) and « Affaire suivie par » under it; the register number on the
// right (`reference`, « Projet » for a draft).
QString header(const Letterhead& letterhead, const QString& reference);
// The line at the foot of every page: the préfecture's address and switchboard.
QString footer(const Letterhead& letterhead);
// A whole document: the header, then `body`.
QString page(const Letterhead& letterhead, const QString& reference, const QString& body);

} // namespace guichet::document_pages
