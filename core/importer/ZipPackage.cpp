#include "ZipPackage.h"

#include <QCoreApplication>
#include <QHash>
#include <quazip.h>
#include <quazipfile.h>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

bool isSafeName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QLatin1Char(':')) || name.contains(QChar(0)))
        return false;
    for (QStringView part : QStringView(name).split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return false;
    }
    return true;
}

// Counts what comes out of the zip entry and refuses to go past its declared size: the local
// headers of a crafted archive may lie about it.
class BoundedEntry : public QIODevice
{
public:
    // `damaged` is set to the entry's name if its stream fails; it outlives this device.
    BoundedEntry(std::unique_ptr<QuaZipFile> file, qint64 limit, QString name, QString* damaged)
        : m_file(std::move(file))
        , m_limit(limit)
        , m_name(std::move(name))
        , m_damaged(damaged)
    {}

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return QIODevice::bytesAvailable() + m_file->bytesAvailable();
    }
    // A damaged stream is an end too: readers (QXmlStreamReader among them) would otherwise
    // wait for data that never comes, and spin.
    bool atEnd() const override
    {
        return m_failed || (QIODevice::bytesAvailable() == 0 && m_file->atEnd());
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        const qint64 n = m_file->read(data, maxSize);
        if (n < 0) {
            m_failed = true;
            *m_damaged = m_name;
            setErrorString(QStringLiteral("damaged compressed data"));
            return -1;
        }
        if (n > 0) {
            m_read += n;
            if (m_read > m_limit) {
                m_failed = true;
                setErrorString(QStringLiteral("entry larger than declared"));
                return -1;
            }
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    std::unique_ptr<QuaZipFile> m_file;
    qint64 m_limit;
    QString m_name;
    QString* m_damaged;
    qint64 m_read = 0;
    bool m_failed = false;
};

} // namespace

ZipPackage::ZipPackage(QString path)
    : m_path(std::move(path))
    , m_zip(std::make_unique<QuaZip>(m_path))
{}

ZipPackage::~ZipPackage() = default;

Status ZipPackage::open()
{
    if (!m_zip->open(QuaZip::mdUnzip))
        return Error::badInput(
            Text::tr("%1 n'est pas une archive lisible (XLSX ou ODS attendu).").arg(m_path));
    const QList<QuaZipFileInfo64> infos = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != UNZ_OK || infos.isEmpty())
        return Error::badInput(Text::tr("%1 : archive endommagée ou vide.").arg(m_path));
    if (infos.size() > kMaxEntries)
        return Error::badInput(Text::tr("%1 : l'archive compte %2 entrées, plus que les %3 "
                                        "admises.")
                                   .arg(m_path)
                                   .arg(infos.size())
                                   .arg(kMaxEntries));
    qint64 total = 0;
    for (const QuaZipFileInfo64& info : infos) {
        if (!isSafeName(info.name))
            return Error::badInput(
                Text::tr("%1 : nom d'entrée d'archive refusé « %2 ».").arg(m_path, info.name));
        total += qint64(info.uncompressedSize);
        const qint64 compressed = std::max<qint64>(qint64(info.compressedSize), 1);
        if (total > kMaxTotalBytes || qint64(info.uncompressedSize) / compressed > kMaxRatio)
            return Error::badInput(Text::tr("%1 : l'archive se décompresse en une taille "
                                            "démesurée (bombe de décompression ?) ; elle est "
                                            "refusée.")
                                       .arg(m_path));
        m_sizes.insert(info.name, qint64(info.uncompressedSize));
    }
    return success();
}

Result<std::unique_ptr<QIODevice>> ZipPackage::openEntry(const QString& entry)
{
    if (!m_sizes.contains(entry) || !m_zip->setCurrentFile(entry))
        return Error::badInput(
            Text::tr("%1 : l'entrée « %2 » manque dans l'archive.").arg(m_path, entry));
    QuaZipFileInfo64 info;
    m_zip->getCurrentFileInfo(&info);
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return Error::badInput(Text::tr("%1 : l'entrée « %2 » est illisible.").arg(m_path, entry));
    auto device = std::make_unique<BoundedEntry>(std::move(file), qint64(info.uncompressedSize),
                                                 entry, &m_damagedEntry);
    device->open(QIODevice::ReadOnly);
    return std::unique_ptr<QIODevice>(std::move(device));
}

std::optional<Error> ZipPackage::damage() const
{
    if (m_damagedEntry.isEmpty())
        return std::nullopt;
    return Error::badInput(Text::tr("%1 : l'entrée « %2 » de l'archive est endommagée (données "
                                    "compressées illisibles) ; exportez à nouveau le fichier.")
                               .arg(m_path, m_damagedEntry));
}

Result<QByteArray> ZipPackage::readEntry(const QString& entry, qint64 maxBytes)
{
    auto device = openEntry(entry);
    if (!device)
        return device.error();
    QByteArray bytes;
    while (!device.value()->atEnd() || bytes.isEmpty()) {
        const QByteArray chunk = device.value()->read(1 << 16);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > maxBytes)
            return Error::badInput(
                Text::tr("%1 : l'entrée « %2 » est trop grande.").arg(m_path, entry));
    }
    return bytes;
}

} // namespace guichet
