#pragma once

#include "common/Result.h"

#include <QTemporaryFile>

namespace guichet {

// The one way Guichet writes a file (exports, score packages, copies and backups of
// workspaces): the bytes go to a hidden file beside the target, readable by the user only,
// reach the disk, then take the target's name in one step. A write that fails half-way, a full
// disk, a crash or a power cut leave the previous file as it was, or no file: never half of one.
class AtomicFile
{
public:
    enum class Existing
    {
        Replace, // an export or a copy the user confirmed
        Refuse   // never take the name of a file that appeared meanwhile
    };

    explicit AtomicFile(QString target);
    ~AtomicFile(); // without commit(), the hidden file goes and the target is untouched

    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    Status open();
    // Where streaming writers write (a zip, a CSV); open() first.
    QIODevice& device() { return m_file; }
    // For writers that want a path rather than a device (SQLite's VACUUM INTO): an empty
    // hidden file they fill themselves before commit(); open() first. Closes the device.
    QString stagingPath();

    Status commit(Existing existing = Existing::Replace);

private:
    Error failure(const QString& why) const;

    QString m_target;
    QTemporaryFile m_file;
};

// Writes `bytes` to `path` atomically.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace guichet
