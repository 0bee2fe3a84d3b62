#pragma once

#include "DossierDialog.h"
#include "ledger/LedgerState.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace guichet {

// « Enregistrer un versement… » on an attribution: avance, acompte or solde, its amount
// prefilled with the most the ceilings of décret 2018-514 still allow for that kind (said
// above the form), dated, with the payment order's reference. Undone with Ctrl+Z by its
// counter-entry.
class PaymentDialog : public DossierDialog
{
    Q_OBJECT

public:
    PaymentDialog(Editing& editing, Dossier dossier, QWidget* parent = nullptr);

    void accept() override; // records; stays open when refused

private:
    void followKind();

    DossierLedger m_ledger;
    QComboBox* m_kind;
    QLineEdit* m_amount;
    QDateEdit* m_date;
    QLineEdit* m_reference;
};

} // namespace guichet
