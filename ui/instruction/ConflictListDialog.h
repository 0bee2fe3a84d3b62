#pragma once

#include "instruction/Scores.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTableWidget;

namespace guichet {

class Editing;

// The declared links of interest, kept for the committee; a declaration made in error can be
// withdrawn, with a reason (audited, undoable). The list follows the campaign's changes.
class ConflictListDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictListDialog(Editing& editing, bool writable, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // Withdraws the selected declaration for `reason`; false (and said) when refused.
    bool withdrawSelected(const QString& reason);

private:
    void fill();
    void askAndWithdraw();

    Editing& m_editing;
    QList<ConflictDeclaration> m_conflicts;
    QTableWidget* m_table;
    QPushButton* m_withdraw;
    bool m_writable;
};

} // namespace guichet
