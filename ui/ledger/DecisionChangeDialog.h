#pragma once

#include "DossierDialog.h"
#include "ledger/LedgerState.h"

class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace guichet {

// « Réduire ou annuler la décision… » for a dossier decided: take an amount off its attribution
// (the credits go back to the envelope; never below what was paid) or withdraw the decision,
// dated, with a required reason. Undone with Ctrl+Z: the reduction by its counter-entry, the
// cancellation by the same decision recorded again.
class DecisionChangeDialog : public DossierDialog
{
    Q_OBJECT

public:
    DecisionChangeDialog(Editing& editing, Dossier dossier, QWidget* parent = nullptr);

    void accept() override; // records; stays open when refused

private:
    void followChoice();

    DossierLedger m_before;
    QRadioButton* m_reduce;
    QRadioButton* m_cancel;
    QLineEdit* m_amount;
    QDateEdit* m_date;
    QLineEdit* m_reason;
};

} // namespace guichet
