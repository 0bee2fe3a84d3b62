#pragma once

#include "common/Result.h"
#include "exportgen/Sheet.h"

#include <functional>

class QWidget;

namespace guichet::export_dialog {

// Asks where to export a table, in one of three formats (the file dialog's filters): an Excel
// workbook, « CSV (Excel) » for a spreadsheet in French, « CSV (UTF-8, virgule) » for scripts.
// Then builds the table and writes it. Returns the path written, or "" when the user cancelled.
Result<QString> exportSheet(QWidget* parent, const QString& title, const QString& baseName,
                            const std::function<Sheet()>& build);

// The sentence that says where an export went: the whole path, to find the file again.
QString writtenTo(const QString& path);

} // namespace guichet::export_dialog
