#include "LetterheadDialog.h"

#include "DocumentSettingCommand.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace guichet {

LetterheadDialog::LetterheadDialog(Editing& editing, QWidget* parent)
    : QDialog(parent)
    , m_editing(editing)
{
    setWindowTitle(tr("En-tête des documents"));
    auto* form = new QFormLayout;
    const Letterhead letterhead = editing.campaign()->letterhead();
    for (const Letterhead::Field& f : Letterhead::fields()) {
        auto* edit = new QLineEdit(letterhead.value(f.key), this);
        edit->setObjectName(f.key);
        m_fields.insert(f.key, edit);
        if (f.key == QLatin1String("logo")) {
            auto* row = new QHBoxLayout;
            auto* choose = new QPushButton(tr("Choisir…"), this);
            connect(choose, &QPushButton::clicked, this, [this, edit] {
                const QString file =
                    QFileDialog::getOpenFileName(this, tr("Logo de la préfecture"), QString(),
                                                 tr("Images (*.png *.jpg *.jpeg *.svg)"));
                if (!file.isEmpty())
                    edit->setText(file);
            });
            row->addWidget(edit, 1);
            row->addWidget(choose);
            form->addRow(f.label, row);
        } else {
            form->addRow(f.label, edit);
        }
    }
    auto* inner = new QWidget(this);
    inner->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

bool LetterheadDialog::save()
{
    Campaign* campaign = m_editing.campaign();
    if (!campaign)
        return false;
    const Letterhead before = campaign->letterhead();
    QMap<QString, QString> old;
    QMap<QString, QString> changed;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if ((*it)->text().trimmed() != before.value(it.key())) {
            old.insert(it.key(), before.value(it.key()));
            changed.insert(it.key(), (*it)->text());
        }
    }
    if (changed.isEmpty())
        return true;
    if (Status status = campaign->setLetterhead(changed); !status) {
        QMessageBox::warning(this, windowTitle(), status.error().message);
        return false;
    }
    m_editing.push(DocumentSettingCommand::letterhead(m_editing, old, changed));
    return true;
}

} // namespace guichet
