#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace guichet {

// Aide > Raccourcis clavier: every shortcut of the menus, read from the menus themselves so
// that the list cannot drift, then the keys that work inside a view (scoring, grid, note).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace guichet
