#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace guichet {

class SelectionGridModel;
class Workspace;

// The grid the committee's chair projects: its own window (F11 for full screen), a sub-axis
// filter, disagreements first on demand, export to CSV or XLSX.
class SelectionGridWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SelectionGridWindow(QWidget* parent = nullptr);

    // Reads the workspace's dossiers and instruction anew.
    void refresh(Workspace& workspace);
    SelectionGridModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void errorOccurred(const QString& message);

private:
    void exportGrid();
    void applyOrder();

    Workspace* m_workspace = nullptr;
    SelectionGridModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_subaxis;
    QCheckBox* m_disagreementsFirst;
    QLabel* m_legend;
    QTableView* m_view;
    bool m_sortedOnce = false;
};

} // namespace guichet
