#pragma once

#include "programme/Programme.h"
#include "storage/AuditLog.h"

#include <QStringList>

namespace guichet::scoring_history {

// The history of a dossier's instruction as the scoring panel shows it, newest first: one line
// per audited change, naming the criterion or the check by its label, never by its code.
QStringList lines(const Programme& programme, const QList<AuditEntry>& entries);

} // namespace guichet::scoring_history
