#pragma once

#include "instruction/InstructionOverview.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace guichet {

class SelectionGridModel;

// The grid the committee's chair projects: its own window (F11 for full screen), a sub-axis
// filter, disagreements first on demand, export to CSV or XLSX.
class SelectionGridWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SelectionGridWindow(QWidget* parent = nullptr);

    // Shows the grid of these dossiers (the list's own data: nothing is read again).
    void refresh(const Programme& programme, QList<Dossier> dossiers, InstructionOverview overview);
    SelectionGridModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void errorOccurred(const QString& message);

private:
    void exportGrid();
    void applyOrder();

    SelectionGridModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_subaxis;
    QCheckBox* m_disagreementsFirst;
    QLabel* m_legend;
    QTableView* m_view;
    bool m_sortedOnce = false;
};

} // namespace guichet
