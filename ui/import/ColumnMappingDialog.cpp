#include "ColumnMappingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {

ColumnMappingDialog::ColumnMappingDialog(const QString& fileName,
                                         const DossierImporter::Preview& preview,
                                         const Programme& programme, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Associer les colonnes de l'export"));
    setObjectName(QStringLiteral("columnMappingDialog"));
    auto* intro = new QLabel(tr("Guichet ne reconnaît pas toutes les colonnes de <b>%1</b>. "
                                "Indiquez la colonne qui contient chaque champ ; les champs "
                                "marqués * sont obligatoires. Ce choix est mémorisé dans le "
                                "classeur.")
                                 .arg(fileName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    // The required fields no column was found for come first, highlighted: they are what the
    // user came to this dialog for.
    const QStringList missing = preview.mapping.missingRequired();
    QList<ColumnMapping::FieldInfo> fields = ColumnMapping::fields(programme);
    std::stable_partition(fields.begin(), fields.end(), [&](const ColumnMapping::FieldInfo& info) {
        return missing.contains(info.field);
    });
    auto* form = new QFormLayout;
    for (const ColumnMapping::FieldInfo& info : std::as_const(fields)) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(info.field + QStringLiteral("ComboBox"));
        combo->addItem(tr("— aucune colonne —"), -1);
        for (qsizetype c = 0; c < preview.headers.size(); ++c) {
            QStringList samples;
            for (const QStringList& row : preview.samples) {
                if (c < row.size() && !row.at(c).isEmpty())
                    samples.append(row.at(c).left(40));
            }
            const QString text = samples.isEmpty() ? preview.headers.at(c)
                                                   : QStringLiteral("%1   (%2)")
                                                         .arg(preview.headers.at(c),
                                                              samples.join(QStringLiteral(" ; ")));
            combo->addItem(text, int(c));
        }
        const int mapped = preview.mapping.column(info.field);
        combo->setCurrentIndex(mapped < 0 ? 0 : mapped + 1);
        combo->setAccessibleName(info.label);
        if (info.required)
            m_required.append(info.field);
        connect(combo, &QComboBox::currentIndexChanged, this,
                &ColumnMappingDialog::updateAcceptable);
        auto* label =
            new QLabel(info.required ? info.label + QStringLiteral(" *") : info.label, this);
        label->setBuddy(combo);
        if (missing.contains(info.field)) {
            label->setObjectName(info.field + QStringLiteral("MissingLabel"));
            label->setText(tr("⚠ <b>%1 *</b> — à associer").arg(info.label.toHtmlEscaped()));
            label->setToolTip(tr("Champ obligatoire : aucune colonne de l'export n'a été "
                                 "reconnue pour lui."));
            label->setAutoFillBackground(true);
            QPalette palette = label->palette();
            palette.setColor(QPalette::Window, QColor(0xff, 0xf0, 0xc2)); // a light amber
            palette.setColor(QPalette::WindowText, Qt::black);
            label->setPalette(palette);
            if (missing.constFirst() == info.field)
                combo->setFocus(Qt::OtherFocusReason);
        }
        form->addRow(label, combo);
        m_combos.insert(info.field, combo);
    }
    auto* inner = new QWidget(this);
    inner->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Importer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(820, 640);
    updateAcceptable();
}

void ColumnMappingDialog::updateAcceptable()
{
    bool complete = true;
    for (const QString& field : std::as_const(m_required))
        complete = complete && m_combos.value(field)->currentData().toInt() >= 0;
    m_ok->setEnabled(complete);
}

QHash<QString, QString> ColumnMappingDialog::mapping() const
{
    QHash<QString, QString> result;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            result.insert(it.key(),
                          it.value()->itemText(column + 1).section(QStringLiteral("   ("), 0, 0));
    }
    return result;
}

} // namespace guichet
