#include "Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace guichet {

namespace {
std::atomic<quint64> g_savepointCounter{0};

// The guards open on each connection of this thread (a connection belongs to one thread).
QHash<QString, int>& openGuards()
{
    thread_local QHash<QString, int> guards;
    return guards;
}
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_name(QStringLiteral("guichet_sp%1").arg(++g_savepointCounter))
{
    m_active = exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (m_active)
        m_outermost = openGuards()[m_db.connectionName()]++ == 0;
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
    if (exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name)) {
        --openGuards()[m_db.connectionName()];
        return true;
    }
    // A failed RELEASE (e.g. SQLITE_BUSY) leaves the savepoint open: undo it entirely.
    undo();
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    undo();
}

void Transaction::undo()
{
    --openGuards()[m_db.connectionName()];
    // The outermost guard rolls the transaction back: ROLLBACK TO then RELEASE would commit the
    // pages it restored, rewriting the file (its change counter) for a change refused.
    if (m_outermost) {
        exec(QStringLiteral("ROLLBACK"));
        return;
    }
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
