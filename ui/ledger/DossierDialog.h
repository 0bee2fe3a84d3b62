#pragma once

#include "common/Money.h"
#include "dossier/Dossier.h"
#include "ledger/Movement.h"

#include <QDialog>

#include <initializer_list>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace guichet {

class Campaign;
class Editing;

// The frame the envelope's dialogs on one dossier share: the dossier's title, what stands now,
// a form, the campaign's refusal said under it in red (what was typed is kept), Cancel and a
// record button. A dialog fills the form and records in accept(); it stays open when refused.
class DossierDialog : public QDialog
{
    Q_OBJECT

protected:
    DossierDialog(Editing& editing, Dossier dossier, const QString& recordText,
                  QWidget* parent = nullptr);

    // Builds the layout once the subclass has filled form(): call at the end of its constructor.
    // `extra`: widgets placed between the form and the error (a guard, a hint).
    void finish(const QList<QWidget*>& extra = {});
    QFormLayout* form() const { return m_form; }
    // A line under the title saying where the dossier stands; several calls add lines.
    QLabel* addSummary(const QString& text);
    void showError(const QString& message);
    void clearError();
    // The text of an amount field as cents, or a refusal said and the field focused.
    std::optional<Cents> readAmount(QLineEdit* field);
    // A field to type an amount in euros.
    QLineEdit* newAmountField(const char* objectName);
    // The date of the act, today by default, with its calendar.
    QDateEdit* newDateField();
    // The kinds of movement a dialog records, by their names.
    QComboBox* newKindBox(std::initializer_list<Movement::Kind> kinds);

    Editing& m_editing;
    Campaign& m_campaign;
    const Dossier m_dossier;

private:
    QLabel* m_error;
    QFormLayout* m_form;
    QVBoxLayout* m_summaries;
    QDialogButtonBox* m_buttons;
};

} // namespace guichet
