#pragma once

#include "common/Result.h"

#include <QStringList>
#include <QThread>

namespace guichet {

// Runs the checks of `guichet verify` (verify/WorkspaceCheck) on a worker thread, so that a
// window shows a large workspace at once and learns within moments whether the file is damaged
// (SQLite's integrity check fails: nothing may be written) or holds anomalies (the audit chain
// broken, a reference missing, the ledger's rules not holding: the user is told, and may work).
class WorkspaceVerifier : public QThread
{
    Q_OBJECT

public:
    explicit WorkspaceVerifier(QString path, QObject* parent = nullptr);
    ~WorkspaceVerifier() override;

signals:
    void verified();
    // Then verified(): one sentence per finding.
    void anomaliesFound(const QStringList& findings);
    void damaged(const QString& message);

protected:
    void run() override;

private:
    QString m_path;
};

} // namespace guichet
