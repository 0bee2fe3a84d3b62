#pragma once

#include "importer/ImportReport.h"

#include <QDialog>

namespace guichet {

// What an import did, in words: counts first, then the details.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const ImportReport& report, QWidget* parent = nullptr);

    // The counts, in one line of rich text.
    static QString summaryText(const ImportReport& report);
};

} // namespace guichet
