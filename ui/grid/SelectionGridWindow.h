#pragma once

#include "instruction/InstructionOverview.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace guichet {

class DossierTableModel;
class SelectionGridModel;

// The grid the committee's chair projects: its own window (F11 for full screen), a sub-axis
// filter, disagreements first on demand, export to CSV or XLSX.
class SelectionGridWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SelectionGridWindow(QWidget* parent = nullptr);

    // Shows the grid of the list's dossiers and follows the list: every change to their
    // instruction shows here too (the list's own data: nothing is read again).
    void follow(const Programme& programme, const DossierTableModel* list);
    // Shows the grid of these dossiers.
    void refresh(const Programme& programme, QList<Dossier> dossiers, InstructionOverview overview);
    SelectionGridModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void errorOccurred(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshFromList();
    void exportGrid();
    void fitColumns();
    void updateLegend();
    void applyOrder();

    SelectionGridModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_subaxis;
    QCheckBox* m_disagreementsFirst;
    QLabel* m_legend;
    QLabel* m_exported; // where the last export went
    QTableView* m_view;
    bool m_sortedOnce = false;
    const Programme* m_programme = nullptr;
    const DossierTableModel* m_list = nullptr;
    QTimer* m_pending;    // coalesces the list's signals into one refresh
    bool m_stale = false; // the list changed while the grid was hidden
};

} // namespace guichet
