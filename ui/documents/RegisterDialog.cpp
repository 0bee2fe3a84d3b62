#include "RegisterDialog.h"

#include "campaign/Campaign.h"
#include "common/AtomicFile.h"
#include "common/Format.h"
#include "documents/DocumentSheets.h"
#include "exporting/ExportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

namespace {
enum Column
{
    NumberColumn,
    DateColumn,
    KindColumn,
    DossierColumn,
    ApplicantColumn,
    ReplacesColumn,
    Sha256Column,
    ColumnCount
};

// Enough of a SHA-256 to tell two documents apart at a glance; the whole in the tooltip.
constexpr int kShownDigits = 16;
} // namespace

RegisterDialog::RegisterDialog(Campaign& campaign, QWidget* parent)
    : QDialog(parent)
    , m_campaign(&campaign)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_reprint(new QPushButton(tr("&Réimprimer…"), this))
    , m_export(new QPushButton(tr("E&xporter…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("registerDialog"));
    setWindowTitle(tr("Registre des actes"));
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setHorizontalHeaderLabels({tr("Numéro"), tr("Date"), tr("Nature"), tr("Dossier"),
                                        tr("Demandeur"), tr("Remplace"), tr("SHA-256")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_reprint->setToolTip(
        tr("Écrit la copie figée du document choisi, identique octet pour octet"));
    m_export->setObjectName(QStringLiteral("exportRegisterButton"));
    m_export->setToolTip(tr("Le registre en classeur Excel ou en CSV"));
    m_status->setObjectName(QStringLiteral("registerStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_reprint, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reprint, &QPushButton::clicked, this, [this] { reprint(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportRegister(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RegisterDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] { reprint(); });
    connect(&campaign, &Campaign::changed, this, &RegisterDialog::onChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    reload();
    m_table->resizeColumnsToContents();
    resize(1060, 480);
}

QString RegisterDialog::selectedNumber() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString()
                              : m_table->item(selected.first()->row(), NumberColumn)->text();
}

void RegisterDialog::onChanged(const Change& change)
{
    if (change.kind == Change::Kind::Documents)
        reload();
}

void RegisterDialog::reload()
{
    if (!m_campaign)
        return;
    const QString selected = selectedNumber();
    m_documents = m_campaign->documentRegister().list();
    m_table->setRowCount(int(m_documents.size()));
    for (int row = 0; row < m_documents.size(); ++row) {
        const IssuedDocument& d = m_documents.at(row);
        const QString owner =
            d.dossier ? QString::number(d.dossier) : tr("séance n° %1").arg(d.session);
        const QStringList cells = {d.number,
                                   format::date(d.date),
                                   DocumentRegister::seriesLabel(d.kind),
                                   owner,
                                   d.dossier ? applicantOf(d.dossier) : QString(),
                                   d.replaces,
                                   d.sha256.left(kShownDigits) + QStringLiteral("…")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == Sha256Column) {
                item->setToolTip(d.sha256);
                item->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            }
            m_table->setItem(row, column, item);
        }
        if (!d.replaces.isEmpty())
            m_table->item(row, ReplacesColumn)
                ->setToolTip(
                    tr("Corrige le document n° %1, qui reste au registre").arg(d.replaces));
        if (d.number == selected)
            m_table->selectRow(row);
    }
    updateButtons();
}

QString RegisterDialog::applicantOf(qint64 dossier)
{
    auto it = m_applicants.find(dossier);
    if (it == m_applicants.end()) {
        const std::optional<Dossier> found = m_campaign->dossiers().find(dossier);
        it = m_applicants.insert(dossier, found ? found->applicantName : QString());
    }
    return *it;
}

void RegisterDialog::updateButtons()
{
    m_reprint->setEnabled(!selectedNumber().isEmpty());
    m_export->setEnabled(!m_documents.isEmpty());
}

void RegisterDialog::reprint(QString path)
{
    const QString number = selectedNumber();
    if (!m_campaign || number.isEmpty())
        return;
    // The copy frozen at issue, as `guichet documents reprint` writes it.
    const std::optional<IssuedDocument> document = m_campaign->documentRegister().find(number);
    if (!document) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Aucun document n° « %1 » au registre.").arg(number));
        return;
    }
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Réimprimer le document n° %1").arg(number),
                                            number + QStringLiteral(".pdf"),
                                            tr("Documents PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status status = writeFileAtomically(path, document->content); !status) {
        QMessageBox::warning(this, tr("Réimpression impossible"), status.error().message);
        return;
    }
    m_status->setText(
        tr("Document %1 réimprimé dans %2")
            .arg(number, QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

void RegisterDialog::exportRegister(QString path)
{
    if (!m_campaign)
        return;
    const auto build = [this] {
        return document_sheets::registerSheet(m_documents);
    };
    Result<QString> written = path;
    if (path.isEmpty()) {
        written = export_dialog::exportSheet(this, tr("Exporter le registre des actes"),
                                             tr("registre-des-actes"), build);
    } else if (Status status = sheet::write(
                   build(), path,
                   QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0
                       ? sheet::Format::Xlsx
                       : sheet::Format::CsvExcel);
               !status) {
        written = status.error();
    }
    if (!written)
        QMessageBox::warning(this, tr("Export impossible"), written.error().message);
    else if (!written->isEmpty())
        m_status->setText(export_dialog::writtenTo(*written));
}

} // namespace guichet
