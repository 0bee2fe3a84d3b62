#pragma once

#include "Dossier.h"

#include <QSqlQuery>
#include <QString>

namespace guichet::dossier_row {

// The columns of the dossiers table that hold a Dossier, in the order read() and bind() use.
const QString& columns();
QString placeholders(); // "?, ?, ..." for columns()
Dossier read(const QSqlQuery& query);
// A dossier's values in the order of columns().
QVariantList values(const Dossier& dossier);
// Binds a dossier's values to positions 0..N-1 of `query`.
void bind(QSqlQuery& query, const Dossier& dossier);

} // namespace guichet::dossier_row
