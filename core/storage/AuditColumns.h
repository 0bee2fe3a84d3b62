#pragma once

// The audit log's table and columns, spelled once for the log that writes and reads it
// (AuditLog) and the chain that seals and verifies it (AuditChain). Internal to core/storage.
#include "SqlColumns.h"

namespace guichet::audit_columns {

constexpr sql::Table kTable{"audit_log"};
constexpr sql::Column kId{"id"}; // the order of writing
constexpr sql::Column kAt{"at"};
constexpr sql::Column kWho{"who"};
constexpr sql::Column kEntity{"entity"};
constexpr sql::Column kEntityId{"entity_id"};
constexpr sql::Column kField{"field"};
constexpr sql::Column kOldValue{"old_value"};
constexpr sql::Column kNewValue{"new_value"};
constexpr sql::Column kPreviousSha256{"previous_sha256"}; // the previous row's kSha256
constexpr sql::Column kSha256{"sha256"};                  // see AuditChain

} // namespace guichet::audit_columns
