#include "Referential.h"

#include "common/TextFold.h"

#include <QFile>

#include <algorithm>

namespace guichet {

QString Collectivity::applicantKind() const
{
    return kind == Kind::Commune ? QStringLiteral("commune") : QStringLiteral("epci");
}

const Referential& Referential::instance()
{
    static const Referential referential = [] {
        QFile file(QStringLiteral(":/referential/collectivites.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The collectivity referential is missing from the resources");
        return fromTsv(file.readAll());
    }();
    return referential;
}

Referential Referential::fromTsv(const QByteArray& tsv)
{
    Referential r;
    r.m_items.reserve(40000);
    const QString text = QString::fromUtf8(tsv);
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('#'))) {
            r.m_sourceVersion = line.mid(1).trimmed().toString();
            continue;
        }
        const QList<QStringView> f = line.split(QLatin1Char('\t'));
        if (f.size() != 7)
            continue;
        Collectivity c;
        c.kind =
            f[0] == QLatin1String("E") ? Collectivity::Kind::Epci : Collectivity::Kind::Commune;
        c.siren = f[1].toString();
        c.inseeCode = f[2].toString();
        c.name = f[3].toString();
        c.departement = f[4].toString();
        c.population = f[5].toInt();
        (c.kind == Collectivity::Kind::Epci ? c.epciType : c.epciSiren) = f[6].toString();
        r.m_items.push_back(std::move(c));
    }
    r.m_bySiren.reserve(qsizetype(r.m_items.size()));
    r.m_byInsee.reserve(qsizetype(r.m_items.size()));
    r.m_byFoldedName.reserve(r.m_items.size());
    for (int i = 0; i < int(r.m_items.size()); ++i) {
        const Collectivity& c = r.m_items[size_t(i)];
        r.m_bySiren.insert(c.siren, i);
        if (!c.inseeCode.isEmpty())
            r.m_byInsee.insert(c.inseeCode, i);
        r.m_byFoldedName.emplace_back(text::fold(c.name), i);
    }
    std::sort(r.m_byFoldedName.begin(), r.m_byFoldedName.end());
    return r;
}

const Collectivity* Referential::bySiren(QStringView siren) const
{
    const auto it = m_bySiren.constFind(siren.trimmed().toString());
    return it == m_bySiren.cend() ? nullptr : &m_items[size_t(*it)];
}

const Collectivity* Referential::bySiret(QStringView siret) const
{
    siret = siret.trimmed();
    if (siret.size() != 14)
        return nullptr;
    return bySiren(siret.first(9));
}

const Collectivity* Referential::byInseeCode(QStringView code) const
{
    const auto it = m_byInsee.constFind(code.trimmed().toString());
    return it == m_byInsee.cend() ? nullptr : &m_items[size_t(*it)];
}

QList<const Collectivity*> Referential::byNamePrefix(QStringView prefix, int limit) const
{
    const QString folded = text::fold(prefix.trimmed());
    QList<const Collectivity*> found;
    if (folded.isEmpty())
        return found;
    auto it =
        std::lower_bound(m_byFoldedName.begin(), m_byFoldedName.end(), folded,
                         [](const auto& entry, const QString& key) { return entry.first < key; });
    for (; it != m_byFoldedName.end() && it->first.startsWith(folded); ++it)
        found.append(&m_items[size_t(it->second)]);
    std::stable_sort(found.begin(), found.end(), [](const Collectivity* a, const Collectivity* b) {
        return a->name.size() < b->name.size();
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

QList<const Collectivity*> Referential::inDepartement(QStringView code) const
{
    QList<const Collectivity*> found;
    for (const Collectivity& c : m_items) {
        if (c.departement == code)
            found.append(&c);
    }
    return found;
}

} // namespace guichet
