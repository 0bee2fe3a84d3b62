#pragma once

#include "TableReader.h"
#include "common/Money.h"
#include "dossier/Dossier.h"

#include <QDateTime>

#include <optional>

namespace guichet::field_parsers {

// Each parser takes a cell as a reader found it and returns nullopt when the value is not of
// the expected kind; empty cells are the caller's business.

// "2021-03-15 14:52:35 +0100" (CSV, ODS), ISO 8601, "15/03/2021 14:52[:35]" (a re-saved
// file, Paris time) or a spreadsheet serial (Paris wall-clock time).
std::optional<QDateTime> timestamp(const ImportCell& cell);
// "2021-03-15", "15/03/2021", an ODS date value or a spreadsheet serial.
std::optional<QDate> date(const ImportCell& cell);
// "16400.0", "16400,5", "16 400,00 €"; spreadsheet numbers are rounded to the cent from their
// decimal text, never through floating point.
std::optional<Cents> amount(const ImportCell& cell);
std::optional<qint64> integer(const ImportCell& cell);
std::optional<DossierState> state(QStringView text); // "En instruction" or "en_instruction"
std::optional<bool> boolean(QStringView text);       // true/false, Oui/Non, on/off, 1/0

} // namespace guichet::field_parsers
