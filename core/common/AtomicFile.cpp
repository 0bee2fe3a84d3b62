#include "AtomicFile.h"

#include "FilePlatform.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};

} // namespace

AtomicFile::AtomicFile(QString target)
    : m_target(QFileInfo(target).absoluteFilePath())
    , m_file(QFileInfo(m_target).absolutePath() + QStringLiteral("/.") +
             QFileInfo(m_target).fileName() + QStringLiteral(".XXXXXX"))
{}

AtomicFile::~AtomicFile() = default;

Error AtomicFile::failure(const QString& why) const
{
    return Error::failure(Text::tr("Impossible d'écrire %1 : %2").arg(m_target, why));
}

Status AtomicFile::open()
{
    // QTemporaryFile creates the file readable by its owner only; the policy is said again
    // here so that it holds wherever the temporary file comes from.
    if (!m_file.open())
        return failure(m_file.errorString());
    if (!file_platform::restrictToOwner(m_file.fileName()))
        return failure(Text::tr("droits d'accès impossibles à restreindre"));
    return success();
}

QString AtomicFile::stagingPath()
{
    m_file.close(); // the other writer opens it; the file stays until commit() or the end
    return m_file.fileName();
}

Status AtomicFile::commit(Existing existing)
{
    if (!m_file.isOpen() && !m_file.exists())
        return failure(Text::tr("fichier temporaire absent"));
    // A write refused by the disk (full, quota, removed) leaves its error on the device; the
    // data still in Qt's buffer is written by flush(), which reports its own.
    const bool written =
        (!m_file.isOpen() || m_file.flush()) && m_file.error() == QFileDevice::NoError;
    if (!written)
        return failure(m_file.errorString());
    m_file.close();
    if (!file_platform::syncFile(m_file.fileName()))
        return failure(Text::tr("les données n'ont pas pu être écrites sur le disque"));
    const bool renamed = existing == Existing::Refuse
                             ? m_file.rename(m_target)
                             : file_platform::replaceFile(m_file.fileName(), m_target);
    if (!renamed)
        return failure(existing == Existing::Refuse && QFileInfo::exists(m_target)
                           ? Text::tr("le fichier existe déjà")
                           : Text::tr("le fichier n'a pas pu être renommé"));
    m_file.setAutoRemove(false);
    if (!file_platform::syncFolder(QFileInfo(m_target).absolutePath()))
        return failure(Text::tr("le dossier n'a pas pu être écrit sur le disque"));
    return success();
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    AtomicFile file(path);
    if (Status status = file.open(); !status)
        return status;
    if (file.device().write(bytes) != bytes.size())
        return Error::failure(
            Text::tr("Impossible d'écrire %1 : %2")
                .arg(QFileInfo(path).absoluteFilePath(), file.device().errorString()));
    return file.commit();
}

} // namespace guichet
