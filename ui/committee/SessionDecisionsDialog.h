#pragma once

#include "committee/SessionAgenda.h"
#include "committee/SessionDecisions.h"
#include "common/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace guichet {

// « Prendre les décisions » of a validated session: one row per avis awaiting a decision, each
// proposing what the avis calls for (an attribution of its amount after a favourable avis);
// the secretary may record another decision — another amount, a refusal, a classement sans
// suite, a refusal after an unfavourable avis — and a decision that differs from the avis asks
// for its reason. The total against the envelope follows as rows change; beyond the envelope,
// the guard's justification is asked. The decisions are taken by `take` on OK: a refusal by the
// campaign is said in the dialog, which keeps what was entered.
class SessionDecisionsDialog : public QDialog
{
    Q_OBJECT

public:
    using Take = std::function<Status(const SessionDecisionRequest&)>;

    SessionDecisionsDialog(const SessionAgenda& agenda, Take take, QWidget* parent = nullptr);

    // Whether `agenda` has an avis the dialog would list (given, not « ajourné », undecided).
    static bool hasDecisionsToTake(const SessionAgenda& agenda);

    void accept() override;

private:
    struct Row
    {
        qint64 dossier = 0;
        Avis avis;
        QComboBox* kind = nullptr;
        QLineEdit* amount = nullptr;
        QLineEdit* reason = nullptr;
    };

    void addRow(QGridLayout* grid, int line, const AgendaEntry& entry);
    void updateRow(const Row& row);
    void updateTotal();
    std::optional<Movement::Kind> kindOf(const Row& row) const;
    Cents amountOf(const Row& row) const;
    std::optional<SessionDecisionRequest> request();
    void showError(const QString& message, QWidget* field);

    const int m_session;
    const EnvelopeGauge m_gauge; // the ledger's commitments before these decisions
    const Take m_take;
    QList<Row> m_rows;
    QLabel* m_summary;
    QLabel* m_over;
    QLineEdit* m_justification;
    QLabel* m_error;
};

} // namespace guichet
