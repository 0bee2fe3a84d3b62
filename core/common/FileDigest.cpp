#include "FileDigest.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <openssl/evp.h>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};
} // namespace

Result<QString> fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            Text::tr("Impossible de lire %1 : %2").arg(path, file.errorString()));
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return Error::failure(Text::tr("Empreinte SHA-256 indisponible."));
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return Error::badInput(
                Text::tr("Impossible de lire %1 : %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        EVP_DigestUpdate(context.get(), chunk.constData(), size_t(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

} // namespace guichet
