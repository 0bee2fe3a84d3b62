#pragma once

#include "LetterGenerator.h"

#include <QBuffer>
#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace guichet {

class Editing;

// The documents of one dossier's decision, previewed as they will print (Qt PDF) before they
// are issued: the date they bear, a document's text changed for this dossier only, then
// « Émettre », which numbers and freezes them. Once issued, the frozen copies are shown.
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentPreviewDialog(Editing& editing, qint64 dossier, QWidget* parent = nullptr);

    QPdfDocument* pdf() const { return m_pdf; }
    QComboBox* documents() const { return m_documents; }
    // Regenerates the drafts (after a change of date or text); false when the dossier has no
    // decision to write.
    bool refresh();
    bool issue();
    void editCurrent();

private:
    void showCurrent();

    Editing& m_editing;
    qint64 m_dossier;
    LetterGenerator m_generator;
    LetterGenerator::Edits m_edits;
    QList<LetterDocument> m_shown;
    bool m_issued = false;
    bool m_correction = false; // documents issued already: the next issue corrects them
    QComboBox* m_documents;
    QDateEdit* m_date;
    QLabel* m_status;
    QPdfDocument* m_pdf;
    QPdfView* m_view;
    QBuffer m_bytes;
    QPushButton* m_edit;
    QPushButton* m_issue;
};

} // namespace guichet
