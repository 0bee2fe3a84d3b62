// The score-package reader, merged into a demonstration workspace. An input that is a JSON object
// with a "package" is signed again before the merge (the SHA-256 the writer puts beside it), so
// that mutations reach the reading of scores, opinions and decisions instead of stopping at the
// digest.
#include "FuzzInput.h"
#include "demo/DemoWorkspace.h"
#include "instruction/ScorePackage.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    static QTemporaryDir folder;
    // The demonstration's dossiers, those the seed package scores (the same seed makes them).
    static auto workspace =
        demo::createWorkspace(folder.filePath(QStringLiteral("fuzz.guichet")), 5);
    if (!workspace)
        return 0;
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject() && document.object().value(QStringLiteral("package")).isObject()) {
        QJsonObject signed_ = document.object();
        const QJsonObject package = signed_.value(QStringLiteral("package")).toObject();
        signed_.insert(QStringLiteral("sha256"),
                       QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(package).toJson(
                                                                        QJsonDocument::Compact),
                                                                    QCryptographicHash::Sha256)
                                               .toHex()));
        bytes = QJsonDocument(signed_).toJson();
    }
    const QString path = fuzz::inputFile(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                         size_t(bytes.size()), QStringLiteral("json"));
    (void)score_package::merge(workspace.value()->database(), workspace.value()->programme(),
                               QStringLiteral("Fuzz"), path);
    return 0;
}
