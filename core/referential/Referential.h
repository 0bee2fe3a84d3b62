#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace guichet {

// A commune or an EPCI of France, as the Etalab referential describes it.
struct Collectivity
{
    enum class Kind : quint8
    {
        Commune,
        Epci
    };
    Kind kind = Kind::Commune;
    QString siren;
    QString inseeCode; // communes only
    QString name;
    QString departement;
    int population = 0;
    QString epciSiren; // communes: the EPCI they belong to
    QString epciType;  // EPCI: CC, CA, CU, METRO, MET69

    QString applicantKind() const;
};

// Every commune and EPCI of France (Etalab @etalab/decoupage-administratif), shipped in the
// application's resources. Loaded once, on first use; lookups are hash or binary searches.
class Referential
{
public:
    static const Referential& instance();
    // Loads a referential from TSV text in the format written by
    // packaging/referential/build_referential.py.
    static Referential fromTsv(const QByteArray& tsv);

    qsizetype size() const { return qsizetype(m_items.size()); }
    QString sourceVersion() const { return m_sourceVersion; }

    const Collectivity* bySiren(QStringView siren) const;
    const Collectivity* bySiret(QStringView siret) const; // its first 9 digits are the SIREN
    const Collectivity* byInseeCode(QStringView code) const;
    // Names starting with `prefix`, ignoring case and accents, shortest names first.
    QList<const Collectivity*> byNamePrefix(QStringView prefix, int limit = 20) const;
    QList<const Collectivity*> inDepartement(QStringView code) const;

private:
    std::vector<Collectivity> m_items;
    QHash<QString, int> m_bySiren;
    QHash<QString, int> m_byInsee;
    std::vector<std::pair<QString, int>> m_byFoldedName; // sorted by folded name
    QString m_sourceVersion;
};

} // namespace guichet
