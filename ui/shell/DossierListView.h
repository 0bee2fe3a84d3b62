#pragma once

#include <QTableView>

class QLabel;

namespace guichet {

class DossierFilterProxy;

// The dossier list of the main window: one row a dossier, what instruction says right after
// the sub-axis, rows of a fixed height (100 000 of them are never measured); its columns' order
// and widths kept in the settings; over it, a word when the filters leave nothing.
class DossierListView : public QTableView
{
    Q_OBJECT

public:
    DossierListView(DossierFilterProxy* proxy, QWidget* parent);

    // Shows or hides the word that the filters leave nothing.
    void showNoMatch(bool noMatch);
    void saveColumns() const;
    void restoreColumns();

signals:
    // The link of the no-match word: one click undoes the filters.
    void clearFiltersRequested();

private:
    QLabel* m_noMatch;
};

} // namespace guichet
