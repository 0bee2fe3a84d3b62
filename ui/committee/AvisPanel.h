#pragma once

#include "committee/SessionAgenda.h"

#include <QGroupBox>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace guichet {

class Editing;

// The committee's avis on the current dossier of the agenda: its kind, its amount (the
// proposal until changed), observations. When what is typed departs from the instruction
// (departuresOf), the departure is said in words and its reason asked before recording. Once
// the session is validated, a change is an amendment, recorded with its reason (asked in a
// dialog). Each recording is undoable.
class AvisPanel : public QGroupBox
{
    Q_OBJECT

public:
    AvisPanel(Editing& editing, QWidget* parent = nullptr);

    // The kinds in the order offered, F5 to F8.
    static constexpr std::array<Avis::Kind, 4> kinds()
    {
        return {Avis::Kind::Favorable, Avis::Kind::FavorableSousReserve, Avis::Kind::Defavorable,
                Avis::Kind::Ajourne};
    }

    // `entry`: the current dossier of `agenda` (nullptr: none). What was typed is replaced.
    void setEntry(const SessionAgenda* agenda, const AgendaEntry* entry, bool writable);
    // Chooses `kind` and records at once (the keyboard's F5…F8).
    void recordKind(Avis::Kind kind);
    // Records what is typed; false when refused (the refusal is said in the panel).
    bool record();

signals:
    void recorded(qint64 dossier);

private:
    std::optional<AvisRequest> typed();
    int departures(const AvisRequest& request) const;
    void updateDeparture();
    void showError(const QString& message);

    Editing& m_editing;
    const SessionAgenda* m_agenda = nullptr;
    const AgendaEntry* m_entry = nullptr;
    QLabel* m_heading;
    QLabel* m_proposal;
    QComboBox* m_kind;
    QLineEdit* m_amount;
    QLineEdit* m_observations;
    QLabel* m_departure;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QLabel* m_status;
    QLabel* m_error;
    QPushButton* m_record;
};

} // namespace guichet
