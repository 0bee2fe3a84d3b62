#include "instruction/Eligibility.h"
#include "programme/ProgrammeReader.h"

#include <QTest>

#include <functional>

using namespace guichet;

namespace {

using Outcome = CheckResult::Outcome;
using Change = std::function<void(Dossier&)>;

// A dossier every automatic rule of the Ain programme accepts.
Dossier acceptable()
{
    Dossier d;
    d.number = 1;
    d.applicantKind = QStringLiteral("commune");
    d.population = 8247;
    d.subaxis = QStringLiteral("3c");
    d.totalCost = 2800000;
    d.requested = 2072000;
    d.startDate = QDate(2021, 6, 1);
    d.endDate = QDate(2022, 6, 1);
    return d;
}

struct Case
{
    const char* name;
    Change change;
    const char* check;
    Outcome expected;
    const char* reasonPart;
};

const std::vector<Case>& cases()
{
    static const std::vector<Case> list = {
        {"commune admitted", [](Dossier&) {}, "applicant_kind", Outcome::Pass, "Commune"},
        {"EPCI admitted", [](Dossier& d) { d.applicantKind = QStringLiteral("epci"); },
         "applicant_kind", Outcome::Pass, "EPCI"},
        {"syndicate refused", [](Dossier& d) { d.applicantKind = QStringLiteral("syndicat"); },
         "applicant_kind", Outcome::Fail, "seuls sont admis"},
        {"small town", [](Dossier&) {}, "population", Outcome::Pass, "8\u202F247"},
        {"population at the ceiling", [](Dossier& d) { d.population = 500000; }, "population",
         Outcome::Fail, "500\u202F000"},
        {"population unknown", [](Dossier& d) { d.population.reset(); }, "population",
         Outcome::ToCheck, "inconnue"},
        {"starts in time", [](Dossier& d) { d.startDate = QDate(2021, 12, 31); }, "start_date",
         Outcome::Pass, "31/12/2021"},
        {"starts too late", [](Dossier& d) { d.startDate = QDate(2022, 1, 1); }, "start_date",
         Outcome::Fail, "01/01/2022"},
        {"no start date", [](Dossier& d) { d.startDate = QDate(); }, "start_date", Outcome::ToCheck,
         "non renseignée"},
        {"ends in time", [](Dossier& d) { d.endDate = QDate(2022, 12, 31); }, "end_date",
         Outcome::Pass, "31/12/2022"},
        {"ends too late", [](Dossier& d) { d.endDate = QDate(2023, 3, 1); }, "end_date",
         Outcome::Fail, "01/03/2023"},
        {"no personnel costs", [](Dossier&) {}, "personnel_excluded", Outcome::Pass, "Aucune"},
        {"personnel costs", [](Dossier& d) { d.personnelCost = 500000; }, "personnel_excluded",
         Outcome::Fail, "5\u202F000,00"},
        {"agents' equipment", [](Dossier& d) { d.itEquipmentCost = 1; }, "it_equipment_excluded",
         Outcome::Fail, "0,01"},
        {"licences at 10 %", [](Dossier& d) { d.nonEuLicencesCost = 280000; }, "non_eu_licences",
         Outcome::Pass, "10 %"},
        {"licences above 10 %", [](Dossier& d) { d.nonEuLicencesCost = 280001; }, "non_eu_licences",
         Outcome::Warning, "au plus 10 %"},
        {"licences, no cost",
         [](Dossier& d) {
             d.totalCost = 0;
             d.requested = 0;
         },
         "non_eu_licences", Outcome::ToCheck, "impossible"},
        {"requested equals cost", [](Dossier& d) { d.requested = d.totalCost; },
         "requested_within_cost", Outcome::Pass, "28\u202F000,00"},
        {"requested above cost", [](Dossier& d) { d.requested = d.totalCost + 1; },
         "requested_within_cost", Outcome::Fail, "28\u202F000,01"},
        {"manual commitment", [](Dossier&) {}, "decision_level_commitment", Outcome::ToCheck,
         "instructeur"},
    };
    return list;
}

} // namespace

class TestEligibility : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < cases().size(); ++i)
            QTest::addRow("%s", cases()[i].name) << int(i);
    }
    void rules()
    {
        QFETCH(int, index);
        const Case& c = cases()[size_t(index)];
        const Programme programme = ProgrammeReader::builtin();
        Dossier d = acceptable();
        c.change(d);
        const EligibilityAssessment assessment = EligibilityEvaluator(programme).evaluate(d);
        const auto it =
            std::find_if(assessment.checks.cbegin(), assessment.checks.cend(),
                         [&](const CheckResult& r) { return r.code == QLatin1String(c.check); });
        QVERIFY(it != assessment.checks.cend());
        QCOMPARE(int(it->outcome), int(c.expected));
        QVERIFY2(it->reason.contains(QString::fromUtf8(c.reasonPart)), qPrintable(it->reason));
    }

    void verdicts()
    {
        const Programme programme = ProgrammeReader::builtin();
        const EligibilityEvaluator evaluator(programme);
        // The manual checks stay open: an acceptable dossier is still incomplete.
        QCOMPARE(evaluator.evaluate(acceptable()).verdict,
                 EligibilityAssessment::Verdict::Incomplete);
        Dossier failing = acceptable();
        failing.personnelCost = 100;
        QCOMPARE(evaluator.evaluate(failing).verdict, EligibilityAssessment::Verdict::NotEligible);

        // Without manual checks, warnings alone do not block.
        Programme automaticOnly = programme;
        automaticOnly.eligibilityChecks.removeIf(
            [](const EligibilityCheck& c) { return c.rule == QLatin1String("manual"); });
        Dossier warned = acceptable();
        warned.nonEuLicencesCost = 1000000;
        QCOMPARE(EligibilityEvaluator(automaticOnly).evaluate(warned).verdict,
                 EligibilityAssessment::Verdict::Eligible);
        QCOMPARE(EligibilityAssessment::apiName(EligibilityAssessment::Verdict::NotEligible),
                 QStringLiteral("not_eligible"));
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "TestEligibility.moc"
