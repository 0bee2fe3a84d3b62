#pragma once

#include "common/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace guichet {

struct SubAxis
{
    QString code; // "3a"
    QString title;
    QString description;
};

struct Criterion
{
    QString code;
    QString label;
    QString description;
    int weight = 1;
    QStringList subaxes;
    int scaleMin = 0;
    int scaleMax = 3;
    QStringList levels; // one descriptor per level, scaleMin first

    bool appliesTo(const QString& subaxis) const { return subaxes.contains(subaxis); }
};

struct EligibilityCheck
{
    QString code;
    QString label;
    QString description;
    QString rule;       // "applicant_kind_in", "population_below", ..., "manual"
    QJsonObject params; // validated against the rule when the programme is read
};

struct Forfait
{
    QString subaxis;
    QStringList applicantKinds;
    int populationMin = 0;
    std::optional<int> populationMax;
    Cents amount = 0;
    QString label;

    bool matches(const QString& kind, std::optional<int> population) const;
};

// The funding rate of sub-axes without a forfait (3b, 3c), by applicant kind and population
// band (schema version 2). A programme of version 1 has none: every dossier gets
// max_rate_percent, which is what version 1 said.
struct FundingRate
{
    QStringList applicantKinds;
    int populationMin = 0;
    std::optional<int> populationMax;
    Rate rate = kFullRate; // hundredths of a percent
    QString label;

    bool matches(const QString& kind, std::optional<int> population) const;
};

struct MappedField
{
    QString field; // a domain field name, e.g. "total_cost"
    QString label; // the DS column label
    QStringList synonyms;
    bool required = false;
};

// One programme's rules, as data: the envelope, sub-axes, criteria grid, eligibility checks,
// forfaits, committee rule and DS mapping. See docs/programme-format.md.
struct Programme
{
    static constexpr int kSchemaVersion = 3;

    QString id;
    QString name;
    QString fund;
    int year = 0;
    QString departementCode;
    QString departementName;
    Cents envelope = 0;
    int maxRatePercent = 100;
    int populationCeiling = 0;
    QDate startBy;
    QDate endBy;
    QList<SubAxis> subaxes;
    QList<Criterion> criteria;
    int disagreementThreshold = 2;
    QList<EligibilityCheck> eligibilityChecks;
    QList<Forfait> forfaits;
    QList<FundingRate> rates;
    QString committeeFrequency;
    int committeeDossierThreshold = 0;
    // Members present or represented a session needs (schema version 3); none: « sans objet ».
    std::optional<int> committeeQuorum;
    QList<MappedField> dsMapping;

    const SubAxis* subaxis(const QString& code) const;
    QList<Criterion> criteriaFor(const QString& subaxis) const;
    const Forfait* forfaitFor(const QString& subaxis, const QString& kind,
                              std::optional<int> population) const;
    // The first rate row matching, or nullptr (then max_rate_percent applies).
    const FundingRate* rateFor(const QString& kind, std::optional<int> population) const;
    Rate maxRate() const { return maxRatePercent * 100; }
};

} // namespace guichet
