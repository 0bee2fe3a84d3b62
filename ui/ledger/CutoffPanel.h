#pragma once

#include "ledger/Scenario.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace guichet {

class Campaign;
class CutoffTableModel;
class Editing;
struct Change;

// The cutoff line over the ranked list (overall or one sub-axis): dragged on the list itself,
// set by double-clicking the last dossier to retain, or by picking a rank (the keyboard's way,
// Up and Down in the rank box); the funded total, the balance and the
// « retenus non financés » follow at every step from the CutoffModel, loaded once per list.
// Nothing is written while the line moves: only saving and adopting write, through the
// campaign.
class CutoffPanel : public QWidget
{
    Q_OBJECT

public:
    CutoffPanel(Campaign& campaign, Editing* editing, QWidget* parent = nullptr);

    const CutoffModel* cutoff() const { return m_cutoff ? &*m_cutoff : nullptr; }
    // Retains the first `count` rows of the list (the line under the row `count`).
    void setFundedCount(int count);
    // Adopts the saved scenario `name` (undoable); false, said to the user, when refused.
    bool adopt(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void onChanged(const Change& change);
    void updateFigures();
    // The y of the cutoff line in the list's viewport.
    int lineY() const;
    // The count the line takes when dropped at `y` of the viewport: the nearest row boundary.
    int countAt(int y) const;
    void saveScenario();
    void compareScenarios();
    void adoptScenario();

    Campaign& m_campaign;
    Editing* m_editing;
    std::optional<CutoffModel> m_cutoff;
    CutoffTableModel* m_model;
    QComboBox* m_subaxis;
    QTableView* m_table;
    QSpinBox* m_rank;
    QCheckBox* m_partial;
    QLabel* m_available;
    QLabel* m_funded;
    QLabel* m_balance;
    QLabel* m_unfundedTitle;
    QListWidget* m_unfunded;
    QPushButton* m_adopt;
    bool m_dragging = false;
};

} // namespace guichet
