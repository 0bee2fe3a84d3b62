#pragma once

#include "dossier/Dossier.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;

namespace guichet {

class Editing;

// Declares a link of interest: the person (a known instructor, or any name typed), the
// applicant, the link. A missing field is said in the dialog, which keeps what was typed; what
// the declaration withdraws (how many scores and opinions of whom) is asked before it is done.
// The declaration is one undoable edit.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    // `dossiers` give the applicants to choose from; `currentSiren` is proposed first.
    ConflictDialog(Editing& editing, const QList<Dossier>& dossiers, const QString& currentSiren,
                   QWidget* parent = nullptr);

    void accept() override;

    // The confirmation asked before scores and opinions are withdrawn; tests answer it.
    static QString confirmationText(const QString& person, const QString& applicant, int scores,
                                    int opinions);

signals:
    void declared(int withdrawnScores);

private:
    void showError(const QString& message);

    Editing& m_editing;
    QMap<QString, QString> m_applicants; // SIREN → name
    QComboBox* m_person;
    QComboBox* m_applicant;
    QLineEdit* m_link;
    QLabel* m_error;
};

} // namespace guichet
