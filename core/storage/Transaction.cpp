#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace guichet {

namespace {
std::atomic<quint64> g_savepointCounter{0};
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_name(QStringLiteral("guichet_sp%1").arg(++g_savepointCounter))
{
    m_active = exec(QStringLiteral("SAVEPOINT ") + m_name);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name))
        return true;
    // A failed RELEASE (e.g. SQLITE_BUSY) leaves the savepoint open: undo it entirely.
    exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name);
    exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name);
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name);
    exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name);
}

bool Transaction::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (m_error.isEmpty())
        m_error = query.lastError().text();
    return false;
}

} // namespace guichet
