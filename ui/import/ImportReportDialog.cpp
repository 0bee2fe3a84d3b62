#include "ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace guichet {

ImportReportDialog::ImportReportDialog(const ImportReport& report, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Rapport d'import"));
    auto* summary = new QLabel(
        tr("<b>%1 nouveau(x), %2 mis à jour, %3 inchangé(s)</b> — %4 changement(s) d'état, %5 "
           "absent(s) de l'export, %6 demandeur(s) à vérifier.")
            .arg(report.added.size())
            .arg(report.updated.size())
            .arg(report.unchanged)
            .arg(report.stateChanges.size())
            .arg(report.absent.size())
            .arg(report.unresolved.size()),
        this);
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
