#pragma once

#include "exportgen/Sheet.h"

class QTableView;

namespace guichet {

class DossierTableModel;

// The dossier list as `view` shows it, to export: its rows (filtered and sorted by the view's
// proxy) and its visible columns in their on-screen order.
Sheet shownList(const QTableView& view, const DossierTableModel& model);

} // namespace guichet
