#pragma once

#include <QDialog>
#include <QHash>

class QLineEdit;

namespace guichet {

class Editing;

// The letterhead of the documents, one field per setting (Letterhead::fields()), « à
// compléter » where nobody has said yet; saved in one undoable edit.
class LetterheadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterheadDialog(Editing& editing, QWidget* parent = nullptr);
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    bool save();

private:
    Editing& m_editing;
    QHash<QString, QLineEdit*> m_fields;
};

} // namespace guichet
