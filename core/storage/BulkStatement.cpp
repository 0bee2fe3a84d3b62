#include "BulkStatement.h"

#include <QSqlDriver>

#include <cstring>
#include <sqlite3.h>

namespace guichet {

namespace {
enum Tag : char
{
    Null,
    Integer,
    Real,
    Text
};

template <typename T> void appendRaw(QByteArray& bytes, T value)
{
    bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T> T readRaw(const char*& cursor)
{
    T value;
    std::memcpy(&value, cursor, sizeof value);
    cursor += sizeof value;
    return value;
}
} // namespace

void BulkValues::append(const QVariant& value)
{
    ++m_count;
    if (value.isNull()) {
        m_bytes.append(char(Null));
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        m_bytes.append(char(Integer));
        appendRaw(m_bytes, value.toLongLong());
        break;
    case QMetaType::Double:
        m_bytes.append(char(Real));
        appendRaw(m_bytes, value.toDouble());
        break;
    default: {
        const QByteArray text = value.typeId() == QMetaType::QByteArray ? value.toByteArray()
                                                                        : value.toString().toUtf8();
        m_bytes.append(char(Text));
        appendRaw(m_bytes, qint32(text.size()));
        m_bytes.append(text);
    }
    }
}

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

void BulkStatement::bind(int first, const BulkValues& values)
{
    const char* cursor = values.m_bytes.constData();
    for (int position = first + 1; position <= first + values.m_count; ++position) {
        switch (*cursor++) {
        case Null:
            sqlite3_bind_null(m_statement, position);
            break;
        case Integer:
            sqlite3_bind_int64(m_statement, position, readRaw<qint64>(cursor));
            break;
        case Real:
            sqlite3_bind_double(m_statement, position, readRaw<double>(cursor));
            break;
        default: {
            const qint32 size = readRaw<qint32>(cursor);
            sqlite3_bind_text(m_statement, position, cursor, size, SQLITE_STATIC);
            cursor += size;
        }
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
