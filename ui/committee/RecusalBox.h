#pragma once

#include "committee/SessionAgenda.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;

namespace guichet {

class Editing;

// The members out of the room for the current dossier: those the agenda sends out for a link
// they declared, the recusals recorded, and the buttons that record a member leaving before
// the dossier or coming back (undoable).
class RecusalBox : public QGroupBox
{
    Q_OBJECT

public:
    RecusalBox(Editing& editing, QWidget* parent = nullptr);

    // `entry`: the current dossier of `agenda`'s session (nullptr: none).
    void setEntry(const SessionAgenda* agenda, const AgendaEntry* entry, bool writable);

private:
    void record(bool leaves);

    Editing& m_editing;
    int m_session = 0;
    qint64 m_dossier = 0;
    QLabel* m_said;
    QComboBox* m_member;
    QPushButton* m_leaves;
    QPushButton* m_returns;
};

} // namespace guichet
