#include "CollectivityName.h"

#include "common/TextFold.h"

namespace guichet::collectivity {

namespace {

const QString kCommune = QStringLiteral("Commune ");
const QString kDe = QStringLiteral("de ");
const QString kElided = QStringLiteral("d'");

bool isVowel(QChar folded)
{
    return QStringView(u"aeiouy").contains(folded);
}

bool elides(const QString& name)
{
    // Folding strips accents and expands ligatures: « Œ » gives « oe », « É » gives « e ».
    const QString folded = text::fold(QStringView(name).left(2));
    if (folded.isEmpty() || !isVowel(folded.at(0)))
        return false;
    if (folded.at(0) != QLatin1Char('y'))
        return true;
    return folded.size() < 2 || !isVowel(folded.at(1));
}

} // namespace

QString withDe(const QString& name)
{
    return (elides(name) ? kElided : kDe) + name;
}

QString displayName(const Collectivity& collectivity)
{
    return collectivity.kind == Collectivity::Kind::Commune ? kCommune + withDe(collectivity.name)
                                                            : collectivity.name;
}

QString communeOf(const QString& displayName)
{
    for (const QString& prefix : {QString(kCommune + kDe), QString(kCommune + kElided)}) {
        if (displayName.startsWith(prefix))
            return displayName.mid(prefix.size());
    }
    return QString();
}

} // namespace guichet::collectivity
