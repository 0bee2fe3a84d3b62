#include "FuzzInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace guichet::fuzz {

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "guichet-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* application =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(application);
}

QString inputFile(const uint8_t* data, size_t size, const QString& extension)
{
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("input.") + extension);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

} // namespace guichet::fuzz
