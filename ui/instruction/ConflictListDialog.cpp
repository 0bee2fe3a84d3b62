#include "ConflictListDialog.h"

#include "campaign/Campaign.h"
#include "commands/ConflictCommand.h"
#include "commands/Editing.h"
#include "common/Format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

ConflictListDialog::ConflictListDialog(Editing& editing, bool writable, QWidget* parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_table(new QTableWidget(this))
    , m_withdraw(new QPushButton(tr("&Retirer la déclaration…"), this))
    , m_writable(writable)
{
    setObjectName(QStringLiteral("conflictListDialog"));
    setWindowTitle(tr("Liens d'intérêt déclarés"));
    auto* layout = new QVBoxLayout(this);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Personne"), tr("Demandeur"), tr("Lien"), tr("Déclaré le")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Fermer"));
    m_withdraw->setObjectName(QStringLiteral("withdrawConflictButton"));
    buttons->addButton(m_withdraw, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_withdraw, &QPushButton::clicked, this, &ConflictListDialog::askAndWithdraw);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_withdraw->setEnabled(m_writable && m_table->currentRow() >= 0); });
    layout->addWidget(buttons);
    connect(editing.campaign(), &Campaign::changed, this, [this](const Change& change) {
        if (change.kind == Change::Kind::Conflicts)
            fill();
    });
    fill();
    resize(720, 340);
}

void ConflictListDialog::fill()
{
    m_conflicts = m_editing.campaign()->instruction().conflicts();
    m_table->setRowCount(int(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const ConflictDeclaration& c = m_conflicts.at(row);
        const QStringList cells = {c.person, c.applicantName, c.link,
                                   format::date(c.declaredAt.toLocalTime().date())};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_withdraw->setEnabled(m_writable && m_table->currentRow() >= 0);
}

void ConflictListDialog::askAndWithdraw()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const ConflictDeclaration& c = m_conflicts.at(row);
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Retirer la déclaration"),
        tr("Pourquoi retirer le lien de %1 avec %2 ? (motif conservé au journal)")
            .arg(c.person, c.applicantName),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        withdrawSelected(reason);
}

bool ConflictListDialog::withdrawSelected(const QString& reason)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    const ConflictWithdrawal withdrawal{m_conflicts.at(row), {}, {}, {}};
    if (Status status = m_editing.campaign()->retractConflict(withdrawal, reason); !status) {
        QMessageBox::warning(this, windowTitle(), status.error().message);
        return false;
    }
    m_editing.push(new ConflictCommand(m_editing, ConflictCommand::Action::Withdraw, withdrawal,
                                       reason.trimmed()));
    return true;
}

} // namespace guichet
