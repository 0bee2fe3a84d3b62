#include "ShownList.h"

#include "DossierTableModel.h"
#include "exportgen/ListExport.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QTableView>

namespace guichet {

Sheet shownList(const QTableView& view, const DossierTableModel& model)
{
    const QHeaderView* header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(view.model());
    QList<const Dossier*> dossiers;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        const QModelIndex index = view.model()->index(row, 0);
        dossiers.append(&model.dossier(proxy ? proxy->mapToSource(index).row() : row));
    }
    return list_export::sheet(dossiers, model.instruction(), columns);
}

} // namespace guichet
