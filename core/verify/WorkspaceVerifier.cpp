#include "WorkspaceVerifier.h"

#include "WorkspaceCheck.h"

#include <QCoreApplication>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

} // namespace

WorkspaceVerifier::WorkspaceVerifier(QString path, QObject* parent)
    : QThread(parent)
    , m_path(std::move(path))
{}

WorkspaceVerifier::~WorkspaceVerifier()
{
    wait();
}

void WorkspaceVerifier::run()
{
    const Result<workspace_check::Report> report = workspace_check::run(m_path);
    if (!report) {
        emit damaged(report.error().message);
        return;
    }
    QStringList anomalies;
    for (const workspace_check::Finding& finding : report->findings) {
        if (finding.check == QLatin1String("integrity")) {
            emit damaged(Text::tr("%1 est endommagé (contrôle d'intégrité en échec) : restaurez "
                                  "une sauvegarde.")
                             .arg(m_path));
            return;
        }
        anomalies.append(finding.message);
    }
    if (!anomalies.isEmpty())
        emit anomaliesFound(anomalies);
    emit verified();
}

} // namespace guichet
