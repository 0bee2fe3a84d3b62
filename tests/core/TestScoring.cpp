#include "instruction/Consolidation.h"
#include "instruction/Ranking.h"
#include "instruction/ScoringGrid.h"
#include "programme/ProgrammeReader.h"

#include <QTest>

#include <algorithm>
#include <vector>

using namespace guichet;

namespace {

// The Ain grid: 8 criteria for every sub-axis (weights 25, 15, 15, 10, 10, 10, 10, 5 = 100),
// plus developpement_competences (weight 10) for 3b only; every scale is 0..3.
const QStringList kAinCommon = {
    QStringLiteral("impact"),
    QStringLiteral("besoin_mise_a_niveau"),
    QStringLiteral("beneficiaires"),
    QStringLiteral("portage"),
    QStringLiteral("equipe_organisation"),
    QStringLiteral("duree_iterations"),
    QStringLiteral("localisation_prestataires"),
    QStringLiteral("essaimage"),
};
const QString kCompetences = QStringLiteral("developpement_competences");

Criterion criterion(const QString& code, int weight, const QStringList& subaxes, int min, int max)
{
    Criterion c;
    c.code = code;
    c.label = code;
    c.weight = weight;
    c.subaxes = subaxes;
    c.scaleMin = min;
    c.scaleMax = max;
    return c;
}

// A small grid whose weights do not sum to 100: sub-axis x counts a (3) and b (1), sub-axis
// y counts a (3) and c (2, on a 1..5 scale); nothing applies to z.
Programme smallProgramme()
{
    Programme p;
    p.id = QStringLiteral("small");
    p.subaxes = {{QStringLiteral("x"), QStringLiteral("X"), QString()},
                 {QStringLiteral("y"), QStringLiteral("Y"), QString()},
                 {QStringLiteral("z"), QStringLiteral("Z"), QString()}};
    p.criteria = {
        criterion(QStringLiteral("a"), 3, {QStringLiteral("x"), QStringLiteral("y")}, 0, 3),
        criterion(QStringLiteral("b"), 1, {QStringLiteral("x")}, 0, 3),
        criterion(QStringLiteral("c"), 2, {QStringLiteral("y")}, 1, 5),
    };
    p.disagreementThreshold = 2;
    return p;
}

const Programme& ain()
{
    static const Programme programme = ProgrammeReader::builtin();
    return programme;
}

const Programme& small()
{
    static const Programme programme = smallProgramme();
    return programme;
}

// "*=3,impact=7/3,-essaimage": every criterion of the programme at 3, impact at 7/3, no level
// for essaimage.
QHash<QString, double> parseLevels(const Programme& programme, const QString& spec)
{
    QHash<QString, double> levels;
    for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.startsWith(QLatin1Char('-'))) {
            levels.remove(part.mid(1));
            continue;
        }
        const QString code = part.section(QLatin1Char('='), 0, 0);
        const QString text = part.section(QLatin1Char('='), 1);
        const double value = text.contains(QLatin1Char('/'))
                                 ? text.section(QLatin1Char('/'), 0, 0).toDouble() /
                                       text.section(QLatin1Char('/'), 1).toDouble()
                                 : text.toDouble();
        if (code == QLatin1String("*")) {
            for (const Criterion& c : programme.criteria)
                levels.insert(c.code, value);
        } else {
            levels.insert(code, value);
        }
    }
    return levels;
}

Score score(const QString& instructor, const QString& criterion, int level)
{
    Score s;
    s.dossier = 1;
    s.instructor = instructor;
    s.criterion = criterion;
    if (level >= 0)
        s.level = level;
    else
        s.comment = QStringLiteral("à revoir avec le demandeur");
    return s;
}

QDateTime at(const char* iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(dt.isValid());
    return dt;
}

RankCandidate candidate(qint64 number, const char* subaxis, std::optional<ScorePoints> score,
                        const char* deposited, bool eligible = true)
{
    RankCandidate c;
    c.dossier = number;
    c.subaxis = QString::fromLatin1(subaxis);
    c.score = score;
    c.depositedAt = at(deposited);
    c.eligible = eligible;
    return c;
}

// "2:1/1 1:2/2": dossier:overall/in-sub-axis, by dossier number.
QString describe(const QHash<qint64, Rank>& ranks)
{
    QList<qint64> numbers = ranks.keys();
    std::sort(numbers.begin(), numbers.end());
    QStringList parts;
    for (qint64 n : std::as_const(numbers))
        parts.append(QStringLiteral("%1:%2/%3")
                         .arg(n)
                         .arg(ranks.value(n).overall)
                         .arg(ranks.value(n).inSubaxis));
    return parts.join(QLatin1Char(' '));
}

struct RankCase
{
    const char* name;
    QList<RankCandidate> candidates;
    const char* expected;
};

const std::vector<RankCase>& rankCases()
{
    static const std::vector<RankCase> list = {
        {"nothing to rank", {}, ""},
        {"best score first",
         {candidate(1, "3a", 8000, "2021-07-01T10:00:00+02:00"),
          candidate(2, "3a", 9000, "2021-07-01T10:00:00+02:00"),
          candidate(3, "3a", 7000, "2021-07-01T10:00:00+02:00")},
         "1:2/2 2:1/1 3:3/3"},
        {"one hundredth apart",
         {candidate(1, "3a", 8000, "2021-07-01T10:00:00+02:00"),
          candidate(2, "3a", 8001, "2021-07-09T10:00:00+02:00")},
         "1:2/2 2:1/1"},
        {"tie: filed first wins over a lower number",
         {candidate(1, "3a", 8000, "2021-07-05T10:00:00+02:00"),
          candidate(2, "3a", 8000, "2021-07-03T10:00:00+02:00")},
         "1:2/2 2:1/1"},
        {"tie: same filing time, lower number",
         {candidate(7, "3a", 8000, "2021-07-01T10:00:00+02:00"),
          candidate(5, "3a", 8000, "2021-07-01T10:00:00+02:00")},
         "5:1/1 7:2/2"},
        {"tie: filing instants compared across offsets",
         {candidate(9, "3a", 8000, "2021-07-01T08:30:00Z"),        // 10:30 in Paris
          candidate(10, "3a", 8000, "2021-07-01T10:00:00+02:00")}, // 08:00 UTC
         "9:2/2 10:1/1"},
        {"same instant written with two offsets",
         {candidate(12, "3a", 8000, "2021-07-01T08:00:00Z"),
          candidate(11, "3a", 8000, "2021-07-01T10:00:00+02:00")},
         "11:1/1 12:2/2"},
        {"ineligible and unscored are not ranked",
         {candidate(1, "3a", 9000, "2021-07-01T10:00:00+02:00"),
          candidate(2, "3a", 9500, "2021-07-01T10:00:00+02:00", false),
          candidate(3, "3a", std::nullopt, "2021-06-01T10:00:00+02:00"),
          candidate(4, "3a", 5000, "2021-07-02T10:00:00+02:00")},
         "1:1/1 4:2/2"},
        {"a score of zero is still ranked",
         {candidate(1, "3a", 0, "2021-07-01T10:00:00+02:00")},
         "1:1/1"},
        {"rank within each sub-axis",
         {candidate(1, "3a", 9000, "2021-07-01T10:00:00+02:00"),
          candidate(2, "3b", 8500, "2021-07-01T10:00:00+02:00"),
          candidate(3, "3a", 8000, "2021-07-01T10:00:00+02:00"),
          candidate(4, "3c", 7000, "2021-07-01T10:00:00+02:00"),
          candidate(5, "3b", 6000, "2021-07-01T10:00:00+02:00"),
          candidate(6, "3b", 9500, "2021-07-01T10:00:00+02:00", false)},
         "1:1/1 2:2/1 3:3/2 4:4/1 5:5/2"},
    };
    return list;
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void weightedScore_data()
    {
        QTest::addColumn<QString>("programme"); // "ain" or "small"
        QTest::addColumn<QString>("subaxis");
        QTest::addColumn<QString>("levels");
        QTest::addColumn<bool>("scored");
        QTest::addColumn<int>("expected");

        QTest::newRow("3a all max") << "ain"
                                    << "3a"
                                    << "*=3" << true << 10000;
        QTest::newRow("3b all max") << "ain"
                                    << "3b"
                                    << "*=3" << true << 10000;
        QTest::newRow("3c all max") << "ain"
                                    << "3c"
                                    << "*=3" << true << 10000;
        QTest::newRow("3a all min") << "ain"
                                    << "3a"
                                    << "*=0" << true << 0;
        QTest::newRow("3b all min") << "ain"
                                    << "3b"
                                    << "*=0" << true << 0;
        QTest::newRow("3a all at 2") << "ain"
                                     << "3a"
                                     << "*=2" << true << 6667;
        QTest::newRow("3a all at 1") << "ain"
                                     << "3a"
                                     << "*=1" << true << 3333;
        // 25 + 15·2/3 + 15·1/3 + 0 + 10 + 10·2/3 + 10·1/3 + 0 = 60
        QTest::newRow("3a mixed, round")
            << "ain"
            << "3a"
            << "impact=3,besoin_mise_a_niveau=2,beneficiaires=1,portage=0,"
               "equipe_organisation=3,duree_iterations=2,localisation_prestataires=1,"
               "essaimage=0"
            << true << 6000;
        // 25·2/3 + 15 + 15·2/3 + 10·1/3 + 0 + 10 + 10·2/3 + 5·1/3 = 63.333…
        QTest::newRow("3a mixed")
            << "ain"
            << "3a"
            << "impact=2,besoin_mise_a_niveau=3,beneficiaires=2,portage=1,"
               "equipe_organisation=0,duree_iterations=3,localisation_prestataires=2,"
               "essaimage=1"
            << true << 6333;
        // The same plus developpement_competences at 3: (63.333… + 10) / 110 = 66.666…
        QTest::newRow("3b mixed")
            << "ain"
            << "3b"
            << "impact=2,besoin_mise_a_niveau=3,beneficiaires=2,portage=1,"
               "equipe_organisation=0,duree_iterations=3,localisation_prestataires=2,"
               "essaimage=1,developpement_competences=3"
            << true << 6667;
        // (60 + 10·1/3) / 110 = 57.5757…
        QTest::newRow("3b mixed, competences at 1")
            << "ain"
            << "3b"
            << "impact=3,besoin_mise_a_niveau=2,beneficiaires=1,portage=0,"
               "equipe_organisation=3,duree_iterations=2,localisation_prestataires=1,"
               "essaimage=0,developpement_competences=1"
            << true << 5758;
        QTest::newRow("3a ignores developpement_competences")
            << "ain"
            << "3a"
            << "*=3,developpement_competences=0" << true << 10000;
        QTest::newRow("3b counts developpement_competences")
            << "ain"
            << "3b"
            << "*=3,developpement_competences=0" << true << 9091;
        QTest::newRow("3a does not need developpement_competences")
            << "ain"
            << "3a"
            << "*=3,-developpement_competences" << true << 10000;
        QTest::newRow("3b needs developpement_competences")
            << "ain"
            << "3b"
            << "*=3,-developpement_competences" << false << 0;
        QTest::newRow("3a missing impact") << "ain"
                                           << "3a"
                                           << "*=3,-impact" << false << 0;
        QTest::newRow("3c missing essaimage") << "ain"
                                              << "3c"
                                              << "*=3,-essaimage" << false << 0;
        QTest::newRow("no level at all") << "ain"
                                         << "3a"
                                         << "" << false << 0;
        QTest::newRow("unknown sub-axis") << "ain"
                                          << "3z"
                                          << "*=3" << false << 0;
        // Fractional means: 75 + 25·(7/3)/3 = 94.444…; 75 + 25·2.5/3 = 95.833…
        QTest::newRow("mean of 3, 2, 2") << "ain"
                                         << "3a"
                                         << "*=3,impact=7/3" << true << 9444;
        QTest::newRow("mean of 3 and 2") << "ain"
                                         << "3a"
                                         << "*=3,impact=2.5" << true << 9583;
        QTest::newRow("mean of 0 and 1") << "ain"
                                         << "3a"
                                         << "*=3,impact=0.5" << true << 7917;

        // Weights 3 and 1: the denominator is 4, not 100.
        QTest::newRow("weights 3+1, heavy at max") << "small"
                                                   << "x"
                                                   << "a=3,b=0" << true << 7500;
        QTest::newRow("weights 3+1, light at max") << "small"
                                                   << "x"
                                                   << "a=0,b=3" << true << 2500;
        // (3·1/3 + 1·2/3) / 4 = 0.41666…
        QTest::newRow("weights 3+1, mixed") << "small"
                                            << "x"
                                            << "a=1,b=2" << true << 4167;
        // (3·2.5/3 + 1·1.5/3) / 4 = 0.75
        QTest::newRow("weights 3+1, fractional") << "small"
                                                 << "x"
                                                 << "a=2.5,b=1.5" << true << 7500;
        QTest::newRow("weights 3+1, other sub-axis level ignored")
            << "small"
            << "x"
            << "a=3,b=3,c=1" << true << 10000;
        QTest::newRow("weights 3+1, b missing") << "small"
                                                << "x"
                                                << "a=3,c=5" << false << 0;
        // c on 1..5: 1 → 0, 3 → ½, 5 → 1.
        QTest::newRow("scale 1..5 at its min") << "small"
                                               << "y"
                                               << "a=3,c=1" << true << 6000;
        QTest::newRow("scale 1..5 at its max") << "small"
                                               << "y"
                                               << "a=0,c=5" << true << 4000;
        QTest::newRow("scale 1..5 in the middle") << "small"
                                                  << "y"
                                                  << "a=0,c=3" << true << 2000;
        // (3·1/3 + 2·1/4) / 5 = 0.3
        QTest::newRow("scale 1..5 and 0..3 mixed") << "small"
                                                   << "y"
                                                   << "a=1,c=2" << true << 3000;
        // (3 + 2·3.5/4) / 5 = 0.95
        QTest::newRow("scale 1..5 fractional") << "small"
                                               << "y"
                                               << "a=3,c=4.5" << true << 9500;
        QTest::newRow("nothing applies") << "small"
                                         << "z"
                                         << "*=3" << false << 0;
    }
    void weightedScore()
    {
        QFETCH(QString, programme);
        QFETCH(QString, subaxis);
        QFETCH(QString, levels);
        QFETCH(bool, scored);
        QFETCH(int, expected);
        const Programme& p = programme == QLatin1String("ain") ? ain() : small();
        const std::optional<ScorePoints> points =
            ScoringGrid(p).weightedScore(subaxis, parseLevels(p, levels));
        QCOMPARE(points.has_value(), scored);
        if (scored)
            QCOMPARE(*points, expected);
    }

    void grid()
    {
        const Programme& programme = ain();
        const ScoringGrid grid(programme);
        QCOMPARE(programme.criteriaFor(QStringLiteral("3a")).size(), 8);
        QCOMPARE(programme.criteriaFor(QStringLiteral("3b")).size(), 9);
        QCOMPARE(programme.criteriaFor(QStringLiteral("3b")).constLast().code, kCompetences);
        QVERIFY(programme.criteriaFor(QStringLiteral("3z")).isEmpty());
        const Criterion* impact = grid.criterion(QStringLiteral("impact"));
        QVERIFY(impact);
        QCOMPARE(impact->weight, 25);
        QCOMPARE(impact->scaleMin, 0);
        QCOMPARE(impact->scaleMax, 3);
        QVERIFY(!grid.criterion(QStringLiteral("originalite")));
        int weights = 0;
        for (const Criterion& c : programme.criteriaFor(QStringLiteral("3a")))
            weights += c.weight;
        QCOMPARE(weights, 100);
    }

    void format_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<QString>("text");
        QTest::newRow("72.5") << 7250 << "72,5";
        QTest::newRow("full marks") << 10000 << "100,0";
        QTest::newRow("zero") << 0 << "0,0";
        QTest::newRow("two thirds") << 6667 << "66,7";
        QTest::newRow("rounded down") << 6333 << "63,3";
        QTest::newRow("10/11") << 9091 << "90,9";
        QTest::newRow("small") << 120 << "1,2";
    }
    void format()
    {
        QFETCH(int, points);
        QFETCH(QString, text);
        QCOMPARE(scoring::format(points), text);
    }

    // Three instructors at most (Chloé, Alice, Bob, in that order), each with a level on every
    // 3a criterion at 3 except impact, whose levels are given (-1: a comment, no level).
    void consolidate_data()
    {
        QTest::addColumn<QList<int>>("impact");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("mean");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::addColumn<bool>("disagreement");
        QTest::addColumn<int>("expectedScore"); // -1: none

        QTest::newRow("one instructor") << QList<int>{2} << 1 << 2.0 << 2 << 2 << false << 9167;
        QTest::newRow("agreement") << QList<int>{3, 3} << 2 << 3.0 << 3 << 3 << false << 10000;
        QTest::newRow("spread 1") << QList<int>{2, 3} << 2 << 2.5 << 2 << 3 << false << 9583;
        QTest::newRow("spread 2: at the threshold")
            << QList<int>{1, 3} << 2 << 2.0 << 1 << 3 << true << 9167;
        QTest::newRow("spread 3") << QList<int>{0, 3} << 2 << 1.5 << 0 << 3 << true << 8750;
        QTest::newRow("three, spread 1")
            << QList<int>{3, 2, 2} << 3 << 7.0 / 3 << 2 << 3 << false << 9444;
        QTest::newRow("three, spread 2")
            << QList<int>{3, 1, 2} << 3 << 2.0 << 1 << 3 << true << 9167;
        QTest::newRow("comment only is ignored")
            << QList<int>{0, -1, 1} << 2 << 0.5 << 0 << 1 << false << 7917;
        QTest::newRow("comment only would have made a spread of 3")
            << QList<int>{3, -1, 2} << 2 << 2.5 << 2 << 3 << false << 9583;
        QTest::newRow("no level on impact")
            << QList<int>{-1, -1} << 0 << 0.0 << 0 << 0 << false << -1;
    }
    void consolidate()
    {
        QFETCH(QList<int>, impact);
        QFETCH(int, count);
        QFETCH(double, mean);
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(bool, disagreement);
        QFETCH(int, expectedScore);

        const QStringList people = {QStringLiteral("Chloé"), QStringLiteral("Alice"),
                                    QStringLiteral("Bob")};
        QList<Score> scores;
        for (int i = 0; i < impact.size(); ++i) {
            scores.append(score(people.at(i), QStringLiteral("impact"), impact.at(i)));
            for (const QString& code : kAinCommon.mid(1))
                scores.append(score(people.at(i), code, 3));
        }
        const DossierConsolidation result =
            Consolidator(ain()).consolidate(QStringLiteral("3a"), scores);

        QCOMPARE(result.criteria.size(), 8);
        const CriterionConsolidation* c = result.criterion(QStringLiteral("impact"));
        QVERIFY(c);
        QCOMPARE(c->count, count);
        QVERIFY2(qAbs(c->mean - mean) < 1e-9, qPrintable(QString::number(c->mean)));
        QCOMPARE(c->min, min);
        QCOMPARE(c->max, max);
        QCOMPARE(c->spread(), max - min);
        QCOMPARE(result.disagreement, disagreement);
        QCOMPARE(result.score.value_or(-1), expectedScore);

        // The other criteria: everyone at 3.
        const CriterionConsolidation* other = result.criterion(QStringLiteral("essaimage"));
        QVERIFY(other);
        QCOMPARE(other->count, int(impact.size()));
        QCOMPARE(other->mean, 3.0);
        QCOMPARE(other->spread(), 0);

        QStringList sorted = people.mid(0, impact.size());
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(result.instructors, sorted);
    }

    void consolidationDetails()
    {
        const Consolidator consolidator(ain());
        // Nothing scored: every criterion listed, empty, no score, no instructor.
        const DossierConsolidation empty = consolidator.consolidate(QStringLiteral("3b"), {});
        QCOMPARE(empty.criteria.size(), 9);
        QVERIFY(!empty.score);
        QVERIFY(empty.instructors.isEmpty());
        QVERIFY(!empty.disagreement);

        // Criteria in grid order; developpement_competences only for 3b.
        QList<Score> scores;
        for (const QString& code : kAinCommon) {
            scores.append(score(QStringLiteral("Zoé"), code, 2));
            scores.append(score(QStringLiteral("Bob"), code, 2));
        }
        scores.append(score(QStringLiteral("Marc"), QStringLiteral("impact"), -1)); // comment
        const DossierConsolidation a = consolidator.consolidate(QStringLiteral("3a"), scores);
        QStringList codes;
        for (const CriterionConsolidation& c : a.criteria)
            codes.append(c.criterion);
        QCOMPARE(codes, kAinCommon);
        QVERIFY(!a.criterion(kCompetences));
        QCOMPARE(a.score.value_or(-1), 6667);
        // Marc only commented: he has not scored.
        QCOMPARE(a.instructors, (QStringList{QStringLiteral("Bob"), QStringLiteral("Zoé")}));

        // 3b: no level for developpement_competences yet, so no score.
        const DossierConsolidation b = consolidator.consolidate(QStringLiteral("3b"), scores);
        QCOMPARE(b.criteria.size(), 9);
        QVERIFY(b.criterion(kCompetences));
        QCOMPARE(b.criterion(kCompetences)->count, 0);
        QVERIFY(!b.score);
        scores.append(score(QStringLiteral("Bob"), kCompetences, 3));
        const DossierConsolidation b2 = consolidator.consolidate(QStringLiteral("3b"), scores);
        // (66.666… + 10) / 110 = 69.69…
        QCOMPARE(b2.score.value_or(-1), 6970);

        // A disagreement on any one criterion flags the dossier.
        QList<Score> apart = scores;
        for (Score& s : apart) {
            if (s.instructor == QStringLiteral("Zoé") && s.criterion == QLatin1String("essaimage"))
                s.level = 0;
        }
        const DossierConsolidation flagged = consolidator.consolidate(QStringLiteral("3a"), apart);
        QVERIFY(flagged.disagreement);
        QCOMPARE(flagged.criterion(QStringLiteral("essaimage"))->spread(), 2);
        QCOMPARE(flagged.criterion(QStringLiteral("impact"))->spread(), 0);

        // The threshold is the programme's.
        Programme strict = ain();
        strict.disagreementThreshold = 1;
        QList<Score> close = scores;
        close.first().level = 3; // Zoé, impact: 3 against Bob's 2
        QVERIFY(!consolidator.consolidate(QStringLiteral("3a"), close).disagreement);
        QVERIFY(Consolidator(strict).consolidate(QStringLiteral("3a"), close).disagreement);
    }

    void rank_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < rankCases().size(); ++i)
            QTest::addRow("%s", rankCases()[i].name) << int(i);
    }
    void rank()
    {
        QFETCH(int, index);
        const RankCase& c = rankCases()[size_t(index)];
        QCOMPARE(describe(rankDossiers(c.candidates)), QString::fromUtf8(c.expected));
        // The order the candidates come in does not matter.
        QList<RankCandidate> reversed = c.candidates;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(describe(rankDossiers(reversed)), QString::fromUtf8(c.expected));
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "TestScoring.moc"
