#include "CollectivityName.h"

#include "common/TextFold.h"

#include <array>
#include <optional>

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

// The definite articles a phrase may open with, as written and after « de » and « à ».
struct Contraction
{
    QStringView article;
    QStringView afterDe;
    QStringView afterA;
};
constexpr std::array kContractions = {
    Contraction{u"le ", u"du ", u"au "}, Contraction{u"Le ", u"du ", u"au "},
    Contraction{u"les ", u"des ", u"aux "}, Contraction{u"Les ", u"des ", u"aux "}};

// The common nouns that open the names of applicants, with their gender.
struct Noun
{
    QStringView word;
    bool feminine;
};
constexpr std::array kNouns = {
    Noun{u"Commune", true},      Noun{u"Communauté", true},     Noun{u"Métropole", true},
    Noun{u"Mairie", true},       Noun{u"Région", true},         Noun{u"Collectivité", true},
    Noun{u"Agence", true},       Noun{u"Association", true},    Noun{u"Syndicat", false},
    Noun{u"Département", false}, Noun{u"Conseil", false},       Noun{u"Pôle", false},
    Noun{u"Centre", false},      Noun{u"Établissement", false}, Noun{u"Groupement", false},
    Noun{u"Office", false}};

// The referential's abbreviations of the kinds of EPCI, said in full in a sentence.
constexpr std::array<std::pair<QStringView, QStringView>, 3> kAbbreviations = {
    {{u"CC ", u"Communauté de communes "},
     {u"CA ", u"Communauté d'agglomération "},
     {u"CU ", u"Communauté urbaine "}}};

QString article(bool feminine, const QString& word)
{
    if (elides(word))
        return QStringLiteral("l'");
    return feminine ? QStringLiteral("la ") : QStringLiteral("le ");
}

bool isAcronym(QStringView word)
{
    return word.size() > 1 &&
           std::all_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
}

std::optional<QString> contracted(const QString& phrase, QStringView Contraction::*after)
{
    for (const Contraction& c : kContractions) {
        if (phrase.startsWith(c.article))
            return (c.*after).toString() + QStringView(phrase).mid(c.article.size());
    }
    return std::nullopt;
}

// The article a title opens with (« Le préfet de l'Ain »), or none.
QStringView titleArticle(const QString& title)
{
    for (const QStringView article : {u"Le ", u"La ", u"Les ", u"L'"}) {
        if (title.startsWith(article))
            return article;
    }
    return {};
}

} // namespace

QString withDe(const QString& name)
{
    return (elides(name) ? kElided : kDe) + name;
}

QString displayName(const Collectivity& collectivity)
{
    return collectivity.kind == Collectivity::Kind::Commune ? kCommune + ofPhrase(collectivity.name)
                                                            : collectivity.name;
}

QString communeOf(const QString& displayName)
{
    if (!displayName.startsWith(kCommune))
        return QString();
    const QString phrase = displayName.mid(kCommune.size());
    // « du Poizat » is « Le Poizat »; « de Le Poizat », as imports before the contraction wrote
    // it, gives the same commune.
    for (const Contraction& c : kContractions) {
        if (c.article.front().isUpper() && phrase.startsWith(c.afterDe))
            return c.article.toString() + QStringView(phrase).mid(c.afterDe.size());
    }
    for (const QString& prefix : {kDe, kElided}) {
        if (phrase.startsWith(prefix))
            return phrase.mid(prefix.size());
    }
    return QString();
}

QString withArticle(const QString& name, const QString& kind)
{
    // A commune's display name is made again, so that one stored as « Commune de Le Poizat »
    // reads « la commune du Poizat ».
    const QString commune = communeOf(name);
    QString phrase = commune.isEmpty() ? name : kCommune + ofPhrase(commune);
    for (const auto& [abbreviation, words] : kAbbreviations) {
        if (phrase.startsWith(abbreviation))
            phrase = words + QStringView(phrase).mid(abbreviation.size());
    }
    const QStringView first = QStringView(phrase).left(phrase.indexOf(QLatin1Char(' ')));
    for (const Noun& noun : kNouns) {
        if (first == noun.word)
            return article(noun.feminine, phrase) + phrase.at(0).toLower() + phrase.mid(1);
    }
    if (kind == QLatin1String("syndicat") && isAcronym(first))
        return article(false, phrase) + phrase;
    return phrase;
}

QString ofPhrase(const QString& phrase)
{
    return contracted(phrase, &Contraction::afterDe).value_or(withDe(phrase));
}

QString toPhrase(const QString& phrase)
{
    return contracted(phrase, &Contraction::afterA).value_or(QStringLiteral("à ") + phrase);
}

QString inSentence(const QString& title)
{
    return titleArticle(title).isEmpty() ? title : title.at(0).toLower() + title.mid(1);
}

QString withoutArticle(const QString& title)
{
    return title.mid(titleArticle(title).size());
}

} // namespace guichet::collectivity
