#pragma once

#include "importer/ImportStore.h"

#include <QDialog>

namespace guichet {

// The register of every import into the workspace: file, SHA-256, when, who, counts.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ImportHistoryDialog(const QList<ImportRecord>& records, QWidget* parent = nullptr);
};

} // namespace guichet
