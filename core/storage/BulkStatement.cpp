#include "BulkStatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace guichet {

BulkStatement::BulkStatement(QSqlDatabase db, const QString& sql)
    : m_db(std::move(db))
{
    const QVariant handle = m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("not a SQLite connection");
        return;
    }
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.data());
    if (sqlite3_prepare16_v2(connection, sql.utf16(), int(sql.size() * sizeof(QChar)), &m_statement,
                             nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(connection));
        m_statement = nullptr;
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

void BulkStatement::bind(int index, const QVariant& value)
{
    const int position = index + 1;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_statement, position, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, position, value.toDouble());
        break;
    default: {
        // UTF-8 from Qt's vectorised converter: SQLite's own UTF-16 translation is slower.
        const QByteArray text = value.toString().toUtf8();
        sqlite3_bind_text(m_statement, position, text.constData(), int(text.size()),
                          SQLITE_TRANSIENT);
    }
    }
}

bool BulkStatement::exec()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return result == SQLITE_DONE || result == SQLITE_ROW;
}

} // namespace guichet
