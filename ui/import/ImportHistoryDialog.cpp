#include "ImportHistoryDialog.h"

#include "common/Format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

ImportHistoryDialog::ImportHistoryDialog(const QList<ImportRecord>& records, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Historique des imports"));
    auto* table = new QTableWidget(int(records.size()), 9, this);
    table->setObjectName(QStringLiteral("importsTableWidget"));
    table->setHorizontalHeaderLabels({tr("Date"), tr("Par"), tr("Fichier"), tr("Lignes"),
                                      tr("Nouveaux"), tr("Mis à jour"), tr("Inchangés"),
                                      tr("Absents"), tr("SHA-256")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int r = 0; r < records.size(); ++r) {
        const ImportRecord& rec = records.at(records.size() - 1 - r); // newest first
        const QStringList cells = {format::dateTime(rec.importedAt.toLocalTime()),
                                   rec.who,
                                   rec.fileName,
                                   QString::number(rec.rows),
                                   QString::number(rec.added),
                                   QString::number(rec.updated),
                                   QString::number(rec.unchanged),
                                   QString::number(rec.absent),
                                   rec.sha256};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(900, 360);
}

} // namespace guichet
