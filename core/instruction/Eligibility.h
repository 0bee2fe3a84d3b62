#pragma once

#include "dossier/Dossier.h"
#include "programme/Programme.h"

#include <QList>
#include <QString>

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
    bool automatic = true; // false: the programme leaves it to the instructor
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
    explicit EligibilityEvaluator(const Programme& programme);

    EligibilityAssessment evaluate(const Dossier& dossier) const;

private:
    CheckResult evaluate(const EligibilityCheck& check, const Dossier& dossier) const;

    const Programme& m_programme;
};

} // namespace guichet
