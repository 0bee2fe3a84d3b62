#include "Eligibility.h"

#include "common/Format.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Eligibility)
};

using Outcome = CheckResult::Outcome;

Cents amountOf(const Dossier& d, const QString& field)
{
    if (field == QLatin1String("personnel_cents"))
        return d.personnelCost;
    if (field == QLatin1String("it_equipment_cents"))
        return d.itEquipmentCost;
    if (field == QLatin1String("non_eu_licences_cents"))
        return d.nonEuLicencesCost;
    return 0;
}

QString amountLabel(const QString& field)
{
    if (field == QLatin1String("personnel_cents"))
        return Text::tr("dépenses de personnel");
    if (field == QLatin1String("it_equipment_cents"))
        return Text::tr("équipements informatiques des agents");
    return Text::tr("licences d'éditeurs hors UE");
}

} // namespace

QString EligibilityAssessment::apiName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Eligible:
        return QStringLiteral("eligible");
    case Verdict::NotEligible:
        return QStringLiteral("not_eligible");
    case Verdict::Incomplete:
        return QStringLiteral("incomplete");
    }
    return {};
}

QString EligibilityAssessment::label(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Eligible:
        return Text::tr("Éligible");
    case Verdict::NotEligible:
        return Text::tr("Non éligible");
    case Verdict::Incomplete:
        return Text::tr("À compléter");
    }
    return {};
}

QString CheckResult::apiName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Fail:
        return QStringLiteral("fail");
    case Outcome::Warning:
        return QStringLiteral("warning");
    case Outcome::ToCheck:
        break;
    }
    return QStringLiteral("to_check");
}

std::optional<CheckResult::Outcome> CheckResult::fromApiName(const QString& name)
{
    for (Outcome o : {Outcome::Pass, Outcome::Fail, Outcome::Warning, Outcome::ToCheck}) {
        if (apiName(o) == name)
            return o;
    }
    return std::nullopt;
}

QString CheckResult::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return Text::tr("Conforme");
    case Outcome::Fail:
        return Text::tr("Non conforme");
    case Outcome::Warning:
        return Text::tr("Point d'attention");
    case Outcome::ToCheck:
        break;
    }
    return Text::tr("À vérifier");
}

EligibilityEvaluator::EligibilityEvaluator(const Programme& programme, Detail detail)
    : m_programme(programme)
    , m_detail(detail)
{}

CheckResult EligibilityEvaluator::evaluate(const EligibilityCheck& check, const Dossier& d) const
{
    CheckResult r;
    r.code = check.code;
    r.label = check.label;
    // Reasons are words for a person; the list, the grid and the scripts need outcomes only.
    auto explain = [&](auto reason) {
        if (m_detail == Detail::WithReasons)
            r.reason = reason();
    };
    const QString& rule = check.rule;
    const QJsonObject& p = check.params;
    if (rule == QLatin1String("applicant_kind_in")) {
        QStringList kinds;
        for (const QJsonValue& v : p.value(QStringLiteral("kinds")).toArray())
            kinds.append(v.toString());
        const bool admitted = kinds.contains(d.applicantKind);
        r.outcome = admitted ? Outcome::Pass : Outcome::Fail;
        explain([&] {
            if (admitted)
                return Text::tr("%1 : type de demandeur admis.")
                    .arg(applicant_kind::label(d.applicantKind));
            QStringList labels;
            for (const QString& kind : kinds)
                labels.append(applicant_kind::label(kind));
            return Text::tr("%1 : seuls sont admis %2.")
                .arg(applicant_kind::label(d.applicantKind), labels.join(QStringLiteral(", ")));
        });
    } else if (rule == QLatin1String("population_below")) {
        const int max = p.value(QStringLiteral("max")).toInt();
        if (!d.population) {
            explain([&] { return QString(Text::tr("Population inconnue.")); });
        } else {
            r.outcome = *d.population < max ? Outcome::Pass : Outcome::Fail;
            explain([&] {
                return QString(Text::tr("%1 habitants (plafond : %2).")
                                   .arg(format::integer(*d.population), format::integer(max)));
            });
        }
    } else if (rule == QLatin1String("start_date_by") || rule == QLatin1String("end_date_by")) {
        const QDate limit =
            QDate::fromString(p.value(QStringLiteral("date")).toString(), Qt::ISODate);
        const bool start = rule == QLatin1String("start_date_by");
        const QDate date = start ? d.startDate : d.endDate;
        if (!date.isValid()) {
            explain([&] {
                return QString(start ? Text::tr("Date de début non renseignée.")
                                     : Text::tr("Date de fin non renseignée."));
            });
        } else {
            r.outcome = date <= limit ? Outcome::Pass : Outcome::Fail;
            explain([&] {
                return QString((start ? Text::tr("Début prévu le %1 (au plus tard le %2).")
                                      : Text::tr("Fin prévue le %1 (au plus tard le %2)."))
                                   .arg(format::date(date), format::date(limit)));
            });
        }
    } else if (rule == QLatin1String("amount_zero")) {
        const QString field = p.value(QStringLiteral("field")).toString();
        const Cents amount = amountOf(d, field);
        r.outcome = amount == 0 ? Outcome::Pass : Outcome::Fail;
        explain([&] {
            return QString(amount == 0
                               ? Text::tr("Aucune dépense exclue (%1).").arg(amountLabel(field))
                               : Text::tr("%1 : %2, dépenses exclues du financement.")
                                     .arg(amountLabel(field), money::format(amount)));
        });
    } else if (rule == QLatin1String("share_at_most")) {
        const QString field = p.value(QStringLiteral("field")).toString();
        const qint64 maxPercent = p.value(QStringLiteral("max_percent")).toInt();
        const Cents amount = amountOf(d, field);
        if (d.totalCost <= 0) {
            explain(
                [&] { return QString(Text::tr("Coût total nul : part impossible à calculer.")); });
        } else {
            // Integer arithmetic: amount / total > max% ⇔ amount × 100 > max × total.
            const bool within = amount * 100 <= maxPercent * d.totalCost;
            const bool failure =
                p.value(QStringLiteral("severity")).toString() == QLatin1String("failure");
            r.outcome = within ? Outcome::Pass : failure ? Outcome::Fail : Outcome::Warning;
            explain([&] {
                return QString(Text::tr("%1 : %2, soit %3 % du coût (au plus %4 %).")
                                   .arg(amountLabel(field), money::format(amount))
                                   .arg(amount * 100 / d.totalCost)
                                   .arg(maxPercent));
            });
        }
    } else if (rule == QLatin1String("requested_within_cost")) {
        r.outcome = d.requested <= d.totalCost ? Outcome::Pass : Outcome::Fail;
        explain([&] {
            return QString(Text::tr("Montant sollicité %1 pour un coût de %2.")
                               .arg(money::format(d.requested), money::format(d.totalCost)));
        });
    } else {
        r.automatic = false;
        explain([&] { return QString(Text::tr("À vérifier par l'instructeur.")); });
    }
    return r;
}

bool EligibilityEvaluator::isAutomatic(const QString& code) const
{
    for (const EligibilityCheck& check : m_programme.eligibilityChecks) {
        if (check.code == code)
            return check.rule != QLatin1String("manual");
    }
    return false;
}

EligibilityAssessment
EligibilityEvaluator::evaluate(const Dossier& dossier,
                               const QHash<QString, EligibilityDecision>& decisions) const
{
    EligibilityAssessment assessment;
    assessment.checks.reserve(m_programme.eligibilityChecks.size());
    bool failed = false;
    bool open = false;
    for (const EligibilityCheck& check : m_programme.eligibilityChecks) {
        CheckResult result = evaluate(check, dossier);
        if (const auto decision = decisions.constFind(check.code); decision != decisions.cend()) {
            const QString by = decision->instructor;
            if (result.automatic) {
                result.overridden = result.outcome != decision->outcome;
                result.reason = result.overridden
                                    ? Text::tr("%1 (automatique : %2) — décision de %3 : %4")
                                          .arg(CheckResult::outcomeLabel(decision->outcome),
                                               CheckResult::outcomeLabel(result.outcome), by,
                                               decision->justification)
                                    : result.reason;
            } else {
                result.reason = decision->justification.isEmpty()
                                    ? Text::tr("%1 — décision de %2.")
                                          .arg(CheckResult::outcomeLabel(decision->outcome), by)
                                    : Text::tr("%1 — décision de %2 : %3")
                                          .arg(CheckResult::outcomeLabel(decision->outcome), by,
                                               decision->justification);
            }
            result.outcome = decision->outcome;
            result.decidedBy = by;
        }
        failed = failed || result.outcome == Outcome::Fail;
        open = open || result.outcome == Outcome::ToCheck;
        assessment.checks.append(std::move(result));
    }
    assessment.verdict = failed ? EligibilityAssessment::Verdict::NotEligible
                         : open ? EligibilityAssessment::Verdict::Incomplete
                                : EligibilityAssessment::Verdict::Eligible;
    return assessment;
}

} // namespace guichet
