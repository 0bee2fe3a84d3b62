#pragma once

#include "DossierDialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace guichet {

// « Enregistrer la décision… » for one dossier: attribution (its amount prefilled with the
// proposal), refus or classement sans suite, dated, with a reason. When the campaign refuses an
// attribution because it goes over the envelope, the dialog says so and asks for the written
// justification the guard requires, then records it with it. Undone with Ctrl+Z by cancelling
// the decision in the ledger.
class DecisionDialog : public DossierDialog
{
    Q_OBJECT

public:
    DecisionDialog(Editing& editing, Dossier dossier, QWidget* parent = nullptr);

    void accept() override; // records; stays open when refused

private:
    void followKind();

    QComboBox* m_kind;
    QLineEdit* m_amount;
    QDateEdit* m_date;
    QLineEdit* m_reference;
    QLineEdit* m_reason;
    QLabel* m_guard;
    QLabel* m_justificationLabel;
    QPlainTextEdit* m_justification;
};

} // namespace guichet
