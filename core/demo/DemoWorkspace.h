#pragma once

#include "common/Result.h"
#include "storage/Workspace.h"

#include <memory>

namespace guichet::demo {

// Creates a workspace on the Ain programme holding `dossierCount` demo dossiers.
Result<std::unique_ptr<Workspace>> createWorkspace(const QString& path, int dossierCount);

} // namespace guichet::demo
