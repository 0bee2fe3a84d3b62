#pragma once

#include "committee/SessionAgenda.h"

#include <QDialog>

class QLineEdit;
class QLabel;

namespace guichet {

// The confirmation of « Prendre les décisions »: what the favourable avis of a validated
// session will commit together, against the envelope; beyond it, the envelope guard's
// justification is asked (the campaign refuses without it).
class SessionDecisionsDialog : public QDialog
{
    Q_OBJECT

public:
    SessionDecisionsDialog(const SessionAgenda& agenda, QWidget* parent = nullptr);

    QString justification() const;
    void accept() override;

private:
    bool m_over;
    QLineEdit* m_justification;
    QLabel* m_error;
};

} // namespace guichet
