#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace guichet {

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
    // Binds parameter `index` (0-based).
    void bind(int index, const QVariant& value);
    // Runs the statement with the bound values, then clears them for the next row.
    bool exec();
    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace guichet
