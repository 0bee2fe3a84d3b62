#pragma once

#include "common/Result.h"
#include "documents/DocumentRegister.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace guichet {

class Campaign;
struct Change;

// The register of issued documents, read-only, in the order of issue: number, date, nature,
// dossier and applicant, the document it replaces, SHA-256. Reprints the frozen copy of the
// selected document byte for byte, and exports the register as the CLI does (`guichet register
// --output`). Follows the campaign: a document issued while it is open appears.
class RegisterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegisterDialog(Campaign& campaign, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The number of the selected document, or "" when none.
    QString selectedNumber() const;
    // Writes the frozen bytes of the selected document to `path` (asked when empty).
    void reprint(QString path = {});
    // Writes the register to `path` (.xlsx, else CSV for a French spreadsheet), asked with the
    // format when empty.
    void exportRegister(QString path = {});

private:
    void reload();
    void onChanged(const Change& change);
    void updateButtons();
    QString applicantOf(qint64 dossier);

    QPointer<Campaign> m_campaign;
    QTableWidget* m_table;
    QPushButton* m_reprint;
    QPushButton* m_export;
    QLabel* m_status;
    QList<IssuedDocument> m_documents;
    QHash<qint64, QString> m_applicants; // names read once per dossier
};

} // namespace guichet
