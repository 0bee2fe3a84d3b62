#pragma once

#include "importer/DossierImporter.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace guichet {

class Campaign;

// The import as the user lives it: the mapping dialog when columns are not recognised, a
// progress dialog with Cancel (nothing written), the question when the export would leave
// most of the workspace absent, then the report.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(Campaign& campaign, QWidget* parent);

    // Returns true when the workspace changed.
    bool importFiles(const QStringList& files);

    static bool isImportable(const QString& path);

signals:
    void errorOccurred(const QString& message);

private:
    bool ensureMapping(const QString& file);
    std::optional<DossierImporter::Absent> askAbsent(qint64 flagged, qint64 total) const;

    Campaign& m_campaign;
    QWidget* m_parent;
};

} // namespace guichet
