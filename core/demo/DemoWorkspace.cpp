#include "DemoWorkspace.h"

#include "DemoBuilder.h"
#include "DemoCommittee.h"
#include "DemoInstruction.h"
#include "DemoLedger.h"
#include "common/Clock.h"
#include "dossier/DossierRepository.h"
#include "programme/ProgrammeReader.h"
#include "referential/Referential.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace guichet::demo {

Result<std::unique_ptr<Workspace>> createWorkspace(const QString& path, int dossierCount)
{
    auto workspace = Workspace::create(path, ProgrammeReader::builtinDocument(),
                                       Workspace::Purpose::Demonstration);
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
    if (Status status = addCommittee(workspace.value()->database(), workspace.value()->programme());
        !status)
        return status.error();
    return workspace;
}

Result<QString> createForLaunch(int dossierCount)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                        QStringLiteral("/demonstrations");
    QDir().mkpath(dir);
    const QString stamp = clock::now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    QString path = dir + QStringLiteral("/demo-ain-%1.guichet").arg(stamp);
    for (int n = 2; QFile::exists(path); ++n)
        path = dir + QStringLiteral("/demo-ain-%1-%2.guichet").arg(stamp).arg(n);
    auto workspace = createWorkspace(path, dossierCount);
    if (!workspace)
        return workspace.error();
    return path;
}

} // namespace guichet::demo
