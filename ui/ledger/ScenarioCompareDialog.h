#pragma once

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace guichet {

class Campaign;

// Two saved scenarios side by side: their totals and balances, what each funds per sub-axis,
// and the dossiers they fund differently.
class ScenarioCompareDialog : public QDialog
{
    Q_OBJECT

public:
    ScenarioCompareDialog(const Campaign& campaign, QWidget* parent);

private:
    void compare();

    const Campaign& m_campaign;
    QComboBox* m_first;
    QComboBox* m_second;
    QTableWidget* m_totals;
    QTableWidget* m_differences;
};

} // namespace guichet
