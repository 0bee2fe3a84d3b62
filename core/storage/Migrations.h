#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace guichet::migrations {

// The schema version this build writes; stored in PRAGMA user_version.
int latestVersion();

// Every version a migration brings a file to, in order: numbers are not always consecutive
// (branches developed in parallel take theirs in advance).
QList<int> versions();

// Brings a workspace from its current user_version to latestVersion(), one numbered
// migration per transaction, so an interrupted upgrade leaves a valid older file.
Status migrate(QSqlDatabase db);

// Runs migrations up to `version` only: lets tests build files as older releases wrote them.
Status migrateTo(QSqlDatabase db, int version);

} // namespace guichet::migrations
