#pragma once

#include "documents/DocumentTemplates.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QTextEdit;

namespace guichet {

class Editing;

// Edits the templates of the documents in rich text: the template chosen in a list, its text
// in a rich-text editor, and the placeholders (« {{montant_lettres}} ») picked from a list and
// inserted where the cursor is. Saving makes a new version (undoable); with `dossier`, it edits
// one document's text instead (returned by edited(), the template unchanged).
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT

public:
    TemplateEditorDialog(Editing& editing, QWidget* parent = nullptr);
    // One document's text, for one dossier, before it is issued.
    TemplateEditorDialog(Editing& editing, DocumentTemplate::Kind kind, const QString& body,
                         QWidget* parent = nullptr);

    QString edited() const;
    void selectTemplate(DocumentTemplate::Kind kind);
    QTextEdit* editor() const { return m_editor; }
    QListWidget* placeholders() const { return m_placeholders; }
    void insertPlaceholder(const QString& key);
    // Saves the text shown as a new version; false (and says why) when refused.
    bool save();

private:
    void build();
    void showTemplate();

    Editing& m_editing;
    bool m_oneDocument = false;
    QComboBox* m_kinds;
    QLabel* m_version;
    QTextEdit* m_editor;
    QListWidget* m_placeholders;
    QString m_loaded; // the text as loaded, to tell whether it changed
};

} // namespace guichet
