#include "WorkspaceVerifier.h"

#include "WorkspaceProbe.h"

namespace guichet {

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
    const Status status = probe::verifyIntegrity(m_path);
    if (status)
        emit verified();
    else
        emit damaged(status.error().message);
}

} // namespace guichet
