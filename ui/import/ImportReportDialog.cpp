#include "ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace guichet {

QString ImportReportDialog::summaryText(const ImportReport& report)
{
    const QString dossiers =
        tr("%n nouveau(x)", nullptr, int(report.added.size())) + QStringLiteral(", ") +
        tr("%n mis à jour", nullptr, int(report.updated.size())) + QStringLiteral(", ") +
        tr("%n inchangé(s)", nullptr, int(report.unchanged));
    QStringList details = {
        tr("%n demandeur(s) changé(s)", nullptr, int(report.applicantChanges.size())),
        tr("%n changement(s) d'état", nullptr, int(report.stateChanges.size())),
        report.partial ? tr("export partiel : aucun dossier marqué absent")
                       : tr("%n absent(s) de l'export", nullptr, int(report.absent.size())),
        tr("%n demandeur(s) à vérifier", nullptr, int(report.unresolved.size()))};
    return QStringLiteral("<b>%1</b> — %2.").arg(dossiers, details.join(QStringLiteral(", ")));
}

ImportReportDialog::ImportReportDialog(const ImportReport& report, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Rapport d'import"));
    auto* summary = new QLabel(summaryText(report), this);
    summary->setWordWrap(true);
    auto* details = new QPlainTextEdit(report.toText(500), this);
    details->setObjectName(QStringLiteral("reportPlainTextEdit"));
    details->setReadOnly(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

} // namespace guichet
