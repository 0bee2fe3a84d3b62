#pragma once

#include "importer/DossierImporter.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QPushButton;

namespace guichet {

// Lets the user say which column of an export holds which field, when the programme's
// mapping profile does not recognise them all. Shows sample values from the file.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnMappingDialog(const QString& fileName, const DossierImporter::Preview& preview,
                        const Programme& programme, QWidget* parent = nullptr);

    // field -> column label, for the fields the user associated.
    QHash<QString, QString> mapping() const;
    QComboBox* comboFor(const QString& field) const { return m_combos.value(field); }

private:
    void updateAcceptable();

    QHash<QString, QComboBox*> m_combos;
    QStringList m_required;
    QPushButton* m_ok = nullptr;
};

} // namespace guichet
