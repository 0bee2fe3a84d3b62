#pragma once

#include <QSqlDatabase>
#include <QString>

namespace guichet {

// RAII write transaction: rolled back unless commit() succeeds. Built on SAVEPOINT so that
// guards nest (an import inside a larger operation) and every write path uses the same guard.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString lastError() const { return m_error; }

private:
    bool exec(const QString& sql);
    void undo();

    QSqlDatabase m_db;
    QString m_name;
    QString m_error;
    bool m_active = false;
    bool m_outermost = false; // no other guard was open on this connection
};

} // namespace guichet
