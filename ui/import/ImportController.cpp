#include "ImportController.h"

#include "ColumnMappingDialog.h"
#include "ImportReportDialog.h"
#include "campaign/Campaign.h"
#include "importer/DossierImporter.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

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

std::optional<DossierImporter::Absent> ImportController::askAbsent(qint64 flagged,
                                                                   qint64 total) const
{
    QMessageBox box(
        QMessageBox::Question, tr("Export partiel ?"),
        tr("Cet export ne contient pas %n des %1 dossiers du classeur.", nullptr, int(flagged))
            .arg(total),
        QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("absentQuestion"));
    box.setInformativeText(
        tr("S'il ne contient qu'une partie des dossiers (un export filtré), importez-le comme "
           "un export partiel : aucun dossier ne sera marqué absent.\n\nS'il est complet, les "
           "dossiers qu'il ne contient pas ne sont plus sur démarches-simplifiées : marquez-les "
           "absents (ils restent dans le classeur, avec leur instruction)."));
    QPushButton* partial =
        box.addButton(tr("Import partiel (ne rien marquer absent)"), QMessageBox::AcceptRole);
    partial->setObjectName(QStringLiteral("partialButton"));
    QPushButton* mark = box.addButton(tr("Marquer absents"), QMessageBox::DestructiveRole);
    mark->setObjectName(QStringLiteral("markAbsentButton"));
    QPushButton* cancel = box.addButton(tr("Annuler"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(partial);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == partial)
        return DossierImporter::Absent::Ignore;
    if (box.clickedButton() == mark)
        return DossierImporter::Absent::Mark;
    return std::nullopt;
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
    // Once the question is asked, the rows are all read: the progress dialog goes away for
    // good, so that it neither covers the question nor offers a second Cancel.
    bool asked = false;
    options.progress = [&progress, &asked](qint64 done, qint64 total) {
        if (!asked)
            progress.setValue(int(done * 1000 / std::max<qint64>(total, 1)));
        return !progress.wasCanceled();
    };
    bool declined = false;
    options.askAbsent = [this, &progress, &asked, &declined](qint64 flagged, qint64 total) {
        asked = true;
        progress.reset(); // also stops the timer that would show it after its minimum duration
        const auto answer = askAbsent(flagged, total);
        declined = !answer;
        return answer;
    };
    auto report = m_campaign.importExports(files, options);
    progress.reset();
    if (!report) {
        if (!progress.wasCanceled() && !declined)
            emit errorOccurred(report.error().message);
        return false;
    }
    ImportReportDialog(*report, m_parent).exec();
    return true;
}

} // namespace guichet
