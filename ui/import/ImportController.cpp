#include "ImportController.h"

#include "ColumnMappingDialog.h"
#include "ImportReportDialog.h"
#include "campaign/Campaign.h"
#include "importer/DossierImporter.h"

#include <QFileInfo>
#include <QProgressDialog>

namespace guichet {

ImportController::ImportController(Campaign& campaign, QWidget* parent)
    : QObject(parent)
    , m_campaign(campaign)
    , m_parent(parent)
{}

bool ImportController::isImportable(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx") ||
           suffix == QLatin1String("ods");
}

bool ImportController::ensureMapping(const QString& file)
{
    auto preview = DossierImporter(m_campaign.workspace()).preview(file);
    if (!preview) {
        emit errorOccurred(preview.error().message);
        return false;
    }
    if (preview->mapping.missingRequired().isEmpty())
        return true;
    ColumnMappingDialog dialog(QFileInfo(file).fileName(), *preview, m_campaign.programme(),
                               m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (Status status = m_campaign.saveColumnMapping(dialog.mapping()); !status) {
        emit errorOccurred(status.error().message);
        return false;
    }
    return true;
}

bool ImportController::importFiles(const QStringList& files)
{
    if (files.isEmpty())
        return false;
    if (m_campaign.isReadOnly()) {
        emit errorOccurred(tr("Le classeur est ouvert en lecture seule : import impossible."));
        return false;
    }
    for (const QString& file : files) {
        if (!ensureMapping(file))
            return false;
    }
    QProgressDialog progress(tr("Import de %1…").arg(QFileInfo(files.constFirst()).fileName()),
                             tr("Annuler"), 0, 1000, m_parent);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    DossierImporter::Options options;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(int(done * 1000 / std::max<qint64>(total, 1)));
        return !progress.wasCanceled();
    };
    auto report = m_campaign.importExports(files, options);
    progress.reset();
    if (!report) {
        if (!progress.wasCanceled())
            emit errorOccurred(report.error().message);
        return false;
    }
    ImportReportDialog(*report, m_parent).exec();
    return true;
}

} // namespace guichet
