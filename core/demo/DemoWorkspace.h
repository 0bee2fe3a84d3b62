#pragma once

#include "common/Result.h"
#include "storage/Workspace.h"

#include <memory>

namespace guichet::demo {

// Creates a workspace on the Ain programme holding `dossierCount` demo dossiers.
Result<std::unique_ptr<Workspace>> createWorkspace(const QString& path, int dossierCount);
// A new demonstration workspace in the user's data folder, named after the moment it is made:
// each launch of the demo gets its own, so that nothing entered in an earlier one is wiped
// and two demos never share a file. Returns its path.
Result<QString> createForLaunch(int dossierCount);

} // namespace guichet::demo
