#include "DemoWorkspace.h"

#include "DemoBuilder.h"
#include "DemoInstruction.h"
#include "DemoLedger.h"
#include "dossier/DossierRepository.h"
#include "programme/ProgrammeReader.h"
#include "referential/Referential.h"

namespace guichet::demo {

Result<std::unique_ptr<Workspace>> createWorkspace(const QString& path, int dossierCount)
{
    auto workspace = Workspace::create(path, ProgrammeReader::builtinDocument());
    if (!workspace)
        return workspace.error();
    const QList<Dossier> dossiers = DemoBuilder(Referential::instance()).build(dossierCount);
    if (Status status = DossierRepository(**workspace).insert(dossiers); !status)
        return status.error();
    if (Status status =
            addInstruction(workspace.value()->database(), workspace.value()->programme(), dossiers);
        !status)
        return status.error();
    if (Status status = addLedger(workspace.value()->database(), workspace.value()->programme());
        !status)
        return status.error();
    return workspace;
}

} // namespace guichet::demo
