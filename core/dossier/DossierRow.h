#pragma once

#include "Dossier.h"
#include "DossierColumns.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>

namespace guichet::dossier_row {

// A column of the dossiers table with a dossier's value for it: listed side by side, a column
// and its value cannot drift apart.
struct Field
{
    sql::Column column;
    QVariant value;
};

// What DS says of a dossier: every column that holds it but the number (the key) and
// absent_since (set by the import that finds the dossier missing).
QList<Field> dsFields(const Dossier& dossier);
// The columns of dsFields(), in its order, for the statements that bind them.
const sql::Columns& dsColumns();
// Every column that holds a Dossier: the number, dsColumns(), then absent_since.
const sql::Columns& columns();
// The dossiers of an executed query that selected columns() (or some of them: the others are
// left empty), each value read by column name.
QList<Dossier> readAll(QSqlQuery& query);
// Binds a dossier's values to positions 0..N-1 of `query`, in the order of columns().
void bind(QSqlQuery& query, const Dossier& dossier);

} // namespace guichet::dossier_row
