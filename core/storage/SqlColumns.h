#pragma once

#include <QList>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <cstddef>

namespace guichet::sql {

// Tables and columns are spelled once, as constants beside the store that owns the table
// (qBittorrent's dbresumedatastorage does the same): statements are built from them and
// results are read by column name, so that no query depends on another's column order.
// Migrations keep their literal SQL: they are history, written once.
struct Table
{
    template <std::size_t N>
    constexpr explicit Table(const char (&spelling)[N])
        : name(spelling, qsizetype(N - 1))
    {}
    QLatin1StringView name;
};

struct Column
{
    template <std::size_t N>
    constexpr explicit Column(const char (&spelling)[N])
        : name(spelling, qsizetype(N - 1))
    {}
    QLatin1StringView name;
};

using Columns = QList<Column>;

// The column of a count(): read by name, as every other column.
inline constexpr Column kCount{"count"};

// "SELECT a, b FROM t"
QString select(const Table& table, const Columns& columns);
// "SELECT COUNT(*) AS count FROM t": the count is read by the name kCount.
QString count(const Table& table);
// "INSERT INTO t (a, b) VALUES (?, ?)"
QString insert(const Table& table, const Columns& columns);
// "INSERT INTO t (k, a) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET a = excluded.a": `key`
// first, then `others`, as the values are bound.
QString upsert(const Table& table, const Columns& key, const Columns& others);
// "INSERT INTO t (k, a, b) VALUES (?, ?, ?) ON CONFLICT (k) DO UPDATE SET b = excluded.b":
// `insertOnly` (a) is written with a new row only, an existing row keeps its own; bound after
// `key`, before `others`.
QString upsert(const Table& table, const Columns& key, const Columns& insertOnly,
               const Columns& others);
// "UPDATE t SET a = ?, b = ?"
QString update(const Table& table, const Columns& columns);
// "DELETE FROM t"
QString remove(const Table& table);
// " WHERE a = ? AND b = ?"
QString where(const Columns& columns);
// "t.a", for joins
QString qualified(const Table& table, const Column& column);

// Where columns sit in an executed query's result, looked up by name once per query, before
// its rows are read: QSqlQuery::value(QString) searches the record again on every call, and the
// dossier list reads 100 000 rows.
class Positions
{
public:
    explicit Positions(const QSqlQuery& query)
        : m_record(query.record())
    {}
    int operator()(const Column& column) const { return m_record.indexOf(column.name); }

private:
    QSqlRecord m_record;
};

// An executed query's rows read by column: where each of `columns` sits in the result is looked
// up once (Positions), before the rows are read. A column the query did not select reads as
// null: one reader serves queries that select fewer columns.
class RowValues
{
public:
    RowValues(const QSqlQuery& query, const Columns& columns);
    // The value of `column`, one of the reader's columns, in `row`'s current record.
    QVariant operator()(const QSqlQuery& row, const Column& column) const;

private:
    struct Position
    {
        QLatin1StringView name;
        int index;
    };
    QList<Position> m_positions;
};

} // namespace guichet::sql
