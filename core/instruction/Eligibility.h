#pragma once

#include "dossier/Dossier.h"
#include "programme/Programme.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

// The outcome of one eligibility check of the programme on one dossier, with its reason in
// words: an instructor must see why, not only what.
struct CheckResult
{
    enum class Outcome
    {
        Pass,
        Fail,
        Warning,
        ToCheck
    };
    QString code;
    QString label;
    Outcome outcome = Outcome::ToCheck;
    QString reason;
    bool automatic = true;   // false: the programme leaves it to the instructor
    bool overridden = false; // an instructor's decision replaced the automatic result
    QString decidedBy;       // who decided a manual check or an override

    static QString apiName(Outcome outcome); // "pass", "fail", "warning", "to_check"
    static std::optional<Outcome> fromApiName(const QString& name);
    static QString outcomeLabel(Outcome outcome); // translated
};

// An instructor's decision on one check of one dossier: the result of a manual check, or an
// override of an automatic one, which needs a written justification.
struct EligibilityDecision
{
    qint64 dossier = 0;
    QString check;
    CheckResult::Outcome outcome = CheckResult::Outcome::Pass;
    QString justification;
    QString instructor;
    QDateTime decidedAt; // UTC
};

struct EligibilityAssessment
{
    enum class Verdict
    {
        Eligible,
        NotEligible,
        Incomplete
    };
    QList<CheckResult> checks;
    Verdict verdict = Verdict::Incomplete;

    static QString apiName(Verdict verdict); // "eligible", "not_eligible", "incomplete"
    static QString label(Verdict verdict);   // translated
};

// Applies the programme's eligibility checks to a dossier. The automatic rules decide from
// the dossier's data; manual checks stay "to check". Any failure makes the dossier not
// eligible; otherwise anything left to check makes it incomplete; warnings do not block.
class EligibilityEvaluator
{
public:
    enum class Detail
    {
        WithReasons, // each check's reason in words
        OutcomesOnly // outcomes and verdict: what lists and rankings need, much faster
    };
    explicit EligibilityEvaluator(const Programme& programme, Detail detail = Detail::WithReasons);

    // `decisions`: the instructors' decisions on this dossier, by check code.
    EligibilityAssessment evaluate(const Dossier& dossier,
                                   const QHash<QString, EligibilityDecision>& decisions = {}) const;
    // Whether the programme evaluates `check` from the data (an override needs a justification).
    bool isAutomatic(const QString& check) const;

private:
    CheckResult evaluate(const EligibilityCheck& check, const Dossier& dossier) const;

    const Programme& m_programme;
    Detail m_detail;
};

} // namespace guichet
