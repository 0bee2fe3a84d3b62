#pragma once

#include "DossierDialog.h"

class QLineEdit;
class QRadioButton;

namespace guichet {

// « Modifier le montant proposé… » for one dossier: an amount in euros or a rate of the
// eligible cost, with a required reason. Saved through the campaign, then recorded on the undo
// stack; a refusal is said under the form, which keeps what was typed.
class ProposedAmountDialog : public DossierDialog
{
    Q_OBJECT

public:
    ProposedAmountDialog(Editing& editing, Dossier dossier, QWidget* parent = nullptr);

    void accept() override; // saves; stays open when refused

private:
    void followChoice();

    QRadioButton* m_byAmount;
    QRadioButton* m_byRate;
    QLineEdit* m_amount;
    QLineEdit* m_rate;
    QLineEdit* m_reason;
};

} // namespace guichet
