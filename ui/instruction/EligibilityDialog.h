#pragma once

#include "dossier/Dossier.h"
#include "instruction/Eligibility.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace guichet {

class Editing;

// The eligibility checklist of one dossier, to decide: each check with its automatic result
// and reason, a decision (keep the automatic result, compliant, not compliant, warning) and a
// justification, required to override an automatic result. One save is one undoable edit.
class EligibilityDialog : public QDialog
{
    Q_OBJECT

public:
    // `writable`: false shows the checklist without saving (read-only file, or its integrity
    // check still running).
    EligibilityDialog(Editing& editing, const Dossier& dossier, bool writable = true,
                      QWidget* parent = nullptr);

    void accept() override;
    // For tests: the decision combo and justification of check `code`.
    QComboBox* decisionBox(const QString& code) const;
    QLineEdit* justificationEdit(const QString& code) const;

signals:
    void decisionsSaved(qint64 dossier);

private:
    struct Row
    {
        QString code;
        bool automatic;
        CheckResult::Outcome computed;
        QComboBox* decision;
        QLineEdit* justification;
    };
    const Row* row(const QString& code) const;

    Editing& m_editing;
    Dossier m_dossier;
    QList<Row> m_rows;
    QLabel* m_error;
};

} // namespace guichet
