#pragma once

#include "DocumentRegister.h"
#include "exportgen/Sheet.h"

namespace guichet {

class Campaign;

namespace document_sheets {

// The register as a table: number, date, kind, dossier, SHA-256, and what it replaces.
Sheet registerSheet(const QList<IssuedDocument>& documents);

// The decisions, one row per dossier decided, ready to process on démarches-simplifiées: DS
// number, applicant, decision, amount, rate of the eligible cost, motivation, the register
// numbers of its documents.
Sheet decisionsSheet(const Campaign& campaign);

} // namespace document_sheets
} // namespace guichet
