#include "SqlColumns.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace guichet::sql {

namespace {

// Each column formatted by `format` (%1, if any, stands for its name: "?" has none, so no
// QString::arg, which warns about a missing placeholder), joined by `separator`.
QString each(const Columns& columns, QLatin1StringView format, QLatin1StringView separator)
{
    QStringList parts;
    parts.reserve(columns.size());
    for (const Column& column : columns)
        parts.append(QString(format).replace("%1"_L1, column.name));
    return parts.join(separator);
}

// "a, b, c"
QString names(const Columns& columns)
{
    return each(columns, "%1"_L1, ", "_L1);
}

} // namespace

QString select(const Table& table, const Columns& columns)
{
    return "SELECT "_L1 + names(columns) + " FROM "_L1 + table.name;
}

QString count(const Table& table)
{
    return "SELECT COUNT(*) AS "_L1 + kCount.name + " FROM "_L1 + table.name;
}

QString insert(const Table& table, const Columns& columns)
{
    // One placeholder per column (not through each(): "?" has no %1 for arg() to fill).
    QStringList placeholders(columns.size(), QStringLiteral("?"));
    return "INSERT INTO "_L1 + table.name + " ("_L1 + names(columns) + ") VALUES ("_L1 +
           placeholders.join(", "_L1) + ")"_L1;
}

QString upsert(const Table& table, const Columns& key, const Columns& others)
{
    return upsert(table, key, {}, others);
}

QString upsert(const Table& table, const Columns& key, const Columns& insertOnly,
               const Columns& others)
{
    return insert(table, key + insertOnly + others) + " ON CONFLICT ("_L1 + names(key) +
           ") DO UPDATE SET "_L1 + each(others, "%1 = excluded.%1"_L1, ", "_L1);
}

QString update(const Table& table, const Columns& columns)
{
    return "UPDATE "_L1 + table.name + " SET "_L1 + each(columns, "%1 = ?"_L1, ", "_L1);
}

QString remove(const Table& table)
{
    return "DELETE FROM "_L1 + table.name;
}

QString where(const Columns& columns)
{
    return " WHERE "_L1 + each(columns, "%1 = ?"_L1, " AND "_L1);
}

QString qualified(const Table& table, const Column& column)
{
    return table.name + u'.' + column.name;
}

RowValues::RowValues(const QSqlQuery& query, const Columns& columns)
{
    const Positions position(query);
    m_positions.reserve(columns.size());
    for (const Column& column : columns)
        m_positions.append({column.name, position(column)});
}

QVariant RowValues::operator()(const QSqlQuery& row, const Column& column) const
{
    // A column is a constant spelled once: the address of its spelling finds it without
    // comparing letters, on every row.
    for (const Position& position : m_positions) {
        if (position.name.data() == column.name.data() || position.name == column.name)
            return position.index < 0 ? QVariant() : row.value(position.index);
    }
    Q_ASSERT_X(false, "sql::RowValues", "a column the reader was not given");
    return QVariant();
}

} // namespace guichet::sql
