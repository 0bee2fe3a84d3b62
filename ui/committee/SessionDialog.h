#pragma once

#include "committee/Session.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimeEdit;

namespace guichet {

class Editing;

// A committee session's details and attendance: a new one (its number is the next), or an
// open one changed (undoable). The quorum by the programme's rule follows the attendance as it
// is typed; the campaign's refusal is said under the form and what was typed is kept.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    // `session`: the open session to change; none for a new one.
    SessionDialog(Editing& editing, std::optional<Session> session, QWidget* parent = nullptr);

    // The number of the session created or changed, once accepted.
    int number() const { return m_session.number; }
    void accept() override;

private:
    void addMember(const SessionMember& member);
    Session typed() const;
    void updateQuorum();

    Editing& m_editing;
    Session m_session;
    bool m_creating;
    QDateEdit* m_date;
    QTimeEdit* m_time;
    QLineEdit* m_place;
    QLineEdit* m_chair;
    QLineEdit* m_secretary;
    QTableWidget* m_members;
    QLabel* m_quorum;
    QLabel* m_error;
};

} // namespace guichet
