#pragma once

#include "PdfRenderer.h"
#include "common/Result.h"
#include "documents/DocumentRegister.h"

namespace guichet {

class Campaign;
struct Session;

// The minutes of a committee session (compte rendu du comité de sélection), as rich text to set
// in PDF or write as ODT: header, presidency, members present, represented and excused, quorum,
// agenda, the framework, one row per dossier (collectivité and population, project, sub-axis,
// cost, amount requested, the instruction's proposal, the committee's avis, its amount,
// observations, the members out of the room), the departures from the ranking with their
// reasons, the envelope before, this session and after (overall and per sub-axis), what
// follows, closing and signatures. The committee gives opinions: the minutes say « avis »; the
// préfet's decisions are the later arrêtés.
namespace minutes {

// `registerNumber`: the minutes' number once issued, empty for a draft.
Result<PageSource> compose(const Campaign& campaign, int session,
                           const QString& registerNumber = {});
// The session's members present, represented (by whom) and excused, in three lists: the
// minutes' and the agenda's (plural headings: no agreement to guess from a name).
QString attendance(const Session& session);

enum class Format
{
    Pdf,
    Odt // editable in LibreOffice
};
// The draft of the minutes, made again at will until they are issued.
Result<QByteArray> draft(const Campaign& campaign, int session, Format format);
// Issues the minutes of a validated session: numbered in the register (series « PV ») and
// frozen, as PDF. BadInput for a session not validated by its chair, or whose minutes were
// issued already (they are reprinted from the register).
Result<IssuedDocument> issue(Campaign& campaign, int session);

} // namespace minutes
} // namespace guichet
