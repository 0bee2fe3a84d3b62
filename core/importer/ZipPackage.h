#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;
class QuaZip;

namespace guichet {

// A zip package (XLSX, ODS) checked before it is trusted: entry count, entry names and the
// declared and actual decompressed sizes stay under ceilings, so that a zip bomb or a malformed
// archive fails with a clear message instead of filling memory or disk.
class ZipPackage
{
public:
    static constexpr qint64 kMaxEntries = 10000;
    static constexpr qint64 kMaxTotalBytes = qint64(4) << 30; // 4 GiB decompressed
    static constexpr qint64 kMaxRatio = 1000;                 // decompressed / compressed

    explicit ZipPackage(QString path);
    ~ZipPackage();

    Status open();
    bool contains(const QString& entry) const { return m_sizes.contains(entry); }
    qint64 entrySize(const QString& entry) const { return m_sizes.value(entry); }
    // Opens an entry for streaming; the device fails reads past the entry's declared size.
    Result<std::unique_ptr<QIODevice>> openEntry(const QString& entry);
    Result<QByteArray> readEntry(const QString& entry, qint64 maxBytes = 64 << 20);
    QString path() const { return m_path; }
    // Set once an opened entry's compressed stream turned out damaged: what a reader says
    // instead of the parse error that followed.
    std::optional<Error> damage() const;

private:
    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, qint64> m_sizes; // entry -> declared decompressed size
    QString m_damagedEntry;
};

} // namespace guichet
