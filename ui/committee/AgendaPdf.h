#pragma once

#include "common/Result.h"

#include <QString>

namespace guichet {

class SessionAgenda;

// The agenda of a session printed to a PDF (A4): the session's heading, its attendance, then
// one line per dossier in the order examined, with the members who leave the room for it.
namespace agenda_pdf {
Status write(const SessionAgenda& agenda, const QString& path);
}

} // namespace guichet
