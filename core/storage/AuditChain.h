#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace guichet::audit_chain {

// The audit log is a hash chain: each row written since schema 9 carries previous_sha256, the
// chain's value before it, and sha256 = SHA-256(previous_sha256, the row's id and content).
// Rows written before the chain began have neither: they are folded into the chain in id order
// when it is computed, so that the first chained row vouches for all of them. A head written
// into the minutes (its row id and hash) then proves that no row up to it changed since.

// The chain's value over nothing: what the first row of a log follows.
QString origin();

// One audit row as stored, in the order hashed.
struct Row
{
    qint64 id = 0;
    QString at, who, entity, entityId, field;
    std::optional<QString> oldValue, newValue; // NULL is not the empty text
};

// SHA-256 (lowercase hex) of `previous` and `row`.
QString link(const QString& previous, const Row& row);

struct Head
{
    qint64 rowId = 0; // the last row, 0 for an empty log
    QString sha256;   // origin() for an empty log
};

// The chain's value after the last row (computed over the rows without a hash, if they are the
// last ones): what the next row follows, and what the workspace's properties show.
Result<Head> head(QSqlDatabase db);

// Where the stored chain disagrees with the rows: the row id and what is wrong.
struct Break
{
    qint64 rowId = 0;
    QString what;
};
// Walks the whole log: a row altered, removed before the last or inserted without its hash is
// found with its id (a removed row is reported at the row that followed it).
Result<QList<Break>> verify(QSqlDatabase db);

} // namespace guichet::audit_chain
