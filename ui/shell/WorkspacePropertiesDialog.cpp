#include "WorkspacePropertiesDialog.h"

#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "storage/Migrations.h"
#include "storage/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace guichet {

namespace {

QLabel* selectable(const QString& text, const QString& objectName = {})
{
    auto* label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setObjectName(objectName);
    return label;
}

} // namespace

WorkspacePropertiesDialog::WorkspacePropertiesDialog(const Workspace& workspace, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Propriétés du classeur"));
    auto* form = new QFormLayout;
    form->addRow(tr("Fichier :"), selectable(workspace.path()));
    form->addRow(tr("Programme :"), selectable(workspace.programme().name));
    const qint64 rows = AuditLog(workspace.database()).count();
    form->addRow(tr("Journal :"), new QLabel(tr("%n modification(s) enregistrée(s)", nullptr,
                                                int(qMin<qint64>(rows, INT_MAX)))));
    const Result<audit_chain::Head> head = audit_chain::head(workspace.database());
    form->addRow(tr("Tête de la chaîne du journal :"),
                 selectable(head ? tr("ligne %1, SHA-256 %2").arg(head->rowId).arg(head->sha256)
                                 : head.error().message,
                            QStringLiteral("auditChainHead")));
    auto* note = new QLabel(tr("Recopiez la tête de la chaîne dans le procès-verbal : la même tête "
                               "retrouvée plus tard (guichet verify) prouve que rien de ce qui "
                               "la précède n'a changé."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

} // namespace guichet
