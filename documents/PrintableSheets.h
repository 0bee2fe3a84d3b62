#pragma once

#include "PdfRenderer.h"
#include "common/Result.h"

namespace guichet {

class Campaign;

// The instruction's working papers as PDF, to print for a meeting or a file: the instruction
// sheet of one dossier, the selection grid, a committee session's agenda.
namespace printable_sheets {

// The dossier's sheet: who asks what, the eligibility checks with their reasons, the scores of
// each criterion and their consolidation, the proposed amount and its basis, the ledger's
// movements and the history of changes. BadInput for an unknown dossier.
Result<PageSource> instructionSheet(const Campaign& campaign, qint64 dossier);
// The selection grid of one sub-axis ("" for all), in ranking order, landscape, each
// criterion's cell in the colour of its band.
Result<PageSource> selectionGrid(const Campaign& campaign, const QString& subaxis);
// The agenda of a committee session: its heading and attendance, then one line per dossier in
// the order examined, with the members who leave the room for it. BadInput for an unknown
// session.
Result<PageSource> sessionAgenda(const Campaign& campaign, int session);

// Sets `sheet` (or says why it could not be made) and writes it to `path`, atomically: what
// the windows' « Imprimer… » do once the file is chosen.
Status writePdf(const Result<PageSource>& sheet, const QString& path);

} // namespace printable_sheets
} // namespace guichet
