#pragma once

#include "common/Result.h"

#include <QThread>

namespace guichet {

// Runs the full integrity check of a workspace file (PRAGMA quick_check) on a worker thread,
// so that a window shows a large workspace at once and learns within moments whether the file
// is damaged.
class WorkspaceVerifier : public QThread
{
    Q_OBJECT

public:
    explicit WorkspaceVerifier(QString path, QObject* parent = nullptr);
    ~WorkspaceVerifier() override;

signals:
    void verified();
    void damaged(const QString& message);

protected:
    void run() override;

private:
    QString m_path;
};

} // namespace guichet
