#pragma once

#include "dossier/DossierFilter.h"

#include <QAbstractProxyModel>
#include <QSet>

#include <vector>

namespace guichet {

class DossierTableModel;

// Sorts the dossier list (French collation for text columns, raw values for numbers and dates)
// and filters it with a core DossierFilter.
//
// Not a QSortFilterProxyModel: that one re-sorts the visible rows on every filter change and
// removes hidden rows interval by interval, which costs seconds per keystroke at 100 000
// dossiers. Here the sort order of all rows is kept, and filtering is one linear pass over it.
class DossierFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit DossierFilterProxy(DossierTableModel* model, QObject* parent = nullptr);

    void setFilterText(const QString& text);
    void setSubaxis(const QString& subaxis);
    void setState(std::optional<DossierState> state);
    // The eligibility verdict of the dossiers shown.
    enum class InstructionFilter
    {
        All,
        Eligible,
        NotEligible,
        Incomplete
    };
    void setInstructionFilter(InstructionFilter filter);
    // Restrictions that combine with each other and with the filters above.
    enum class Only
    {
        Disagreements = 0x1,        // instructors disagree on a criterion
        ToScoreByMe = 0x2,          // markedToScore()
        AbsentFromLastExport = 0x4, // flagged absent by the latest import
        WithNote = 0x8              // markedWithNote()
    };
    Q_DECLARE_FLAGS(Restrictions, Only)
    void setRestrictions(Restrictions restrictions);
    Restrictions restrictions() const { return m_restrictions; }
    // The dossiers the instructor at the keyboard has still to score, and those with a note:
    // facts the model does not hold, given by the window as they change.
    void setMarked(Only kind, QSet<qint64> numbers);
    // Re-sorts and re-filters after the model's instruction changed (scores, decisions).
    void instructionChanged();

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

private:
    bool before(int left, int right) const;
    void sortAll();
    void onRowsInserted(int first, int last);
    // Recomputes the visible rows in one layout change, keeping selections on rows that stay.
    // When narrowing, only the rows visible before can still match.
    void refilter(bool narrowing);
    void rebuildVisible(const std::vector<int>& candidates);
    bool accepts(int row) const;

    DossierTableModel* m_model;
    DossierFilter m_filter;
    InstructionFilter m_instructionFilter = InstructionFilter::All;
    Restrictions m_restrictions;
    QSet<qint64> m_toScore;
    QSet<qint64> m_withNote;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_sorted;     // every source row, in sort order
    std::vector<int> m_visible;    // proxy row -> source row
    std::vector<int> m_proxyRowOf; // source row -> proxy row, or -1 when filtered out
};

} // namespace guichet

Q_DECLARE_OPERATORS_FOR_FLAGS(guichet::DossierFilterProxy::Restrictions)
