#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace guichet {

// A row of values encoded ahead of binding, in one buffer: an import's parser thread encodes
// (UTF-8 included), the writer thread binds without converting or allocating anything.
class BulkValues
{
public:
    void append(const QVariant& value);
    int size() const { return m_count; }

private:
    friend class BulkStatement;
    QByteArray m_bytes; // per value: a tag byte, then 8 bytes or a length and UTF-8 bytes
    int m_count = 0;
};

// A prepared statement run many times in a row (imports write 100 000 rows): on SQLite it
// binds and steps through the C API on Qt's own connection, which costs a fraction of
// QSqlQuery's per-row overhead. This is the storage layer's one dialect seam: another driver
// would fall back to QSqlQuery here. Parameters are always bound, never spliced into the SQL.
class BulkStatement
{
public:
    BulkStatement(QSqlDatabase db, const QString& sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Binds `values` to positions first, first + 1…; they must outlive the next exec().
    void bind(int first, const BulkValues& values);
    // Runs the statement with the bound values, then clears them for the next row.
    bool exec();
    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace guichet
