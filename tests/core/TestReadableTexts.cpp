// What a person reads never shows an internal code: every report and history text is scanned
// for snake_case words (applicant_name, besoin_mise_a_niveau, joint_project_contact…). The JSON
// outputs, which are for scripts, keep their codes.
#include "InstructionFixture.h"
#include "common/Siret.h"
#include "dossier/DossierRepository.h"
#include "importer/DossierImporter.h"
#include "instruction/ScorePackage.h"
#include "instruction/ScoringHistory.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace guichet;

namespace {

const QString kExport = QStringLiteral(GUICHET_TEST_DATA_DIR "/import/ds-2021-csv/input.csv");

// The first snake_case word of `text`, or empty.
QString firstCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("\\b[a-z]+_[a-z_]+\\b"));
    return code.match(text).captured();
}

#define VERIFY_READABLE(text)                                                                      \
    QVERIFY2(firstCode(text).isEmpty(),                                                            \
             qPrintable(QStringLiteral("« %1 » in:\n%2").arg(firstCode(text), text)))

void setCell(QList<QStringList>& rows, int row, const QString& header, const QString& value)
{
    rows[row][rows.constFirst().indexOf(header)] = value;
}

} // namespace

class TestReadableTexts : public QObject
{
    Q_OBJECT

private slots:
    void importReport()
    {
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("w.guichet")));
        QVERIFY(ws);
        auto first = DossierImporter(*ws).run({kExport});
        QVERIFY(first.ok());
        VERIFY_READABLE(first->toText());

        // Every field the report can name changes in one dossier or another.
        QList<QStringList> rows = testing::parseCsv(QString::fromUtf8(testing::readFile(kExport)));
        setCell(rows, 1, QStringLiteral("Intitulé du projet"), QStringLiteral("Portail v2"));
        setCell(rows, 1, QStringLiteral("Montant de la subvention sollicitée (€)"),
                QStringLiteral("9000.0"));
        setCell(rows, 1, QStringLiteral("Sous-axe"),
                QStringLiteral("3a - Accompagnement par un expert du numérique"));
        setCell(rows, 1, QStringLiteral("Archivé"), QStringLiteral("true"));
        setCell(rows, 2, QStringLiteral("État du dossier"), QStringLiteral("Accepté"));
        setCell(rows, 2, QStringLiteral("Date prévisionnelle de début"),
                QStringLiteral("2021-09-01"));
        // Another applicant on the same DS number: Belley instead of Ambérieu.
        setCell(rows, 3, QStringLiteral("Établissement SIRET"),
                siret::make(QStringLiteral("210100343"), 1));
        setCell(rows, 3, QStringLiteral("Entreprise SIREN"), QStringLiteral("210100343"));
        rows.removeAt(6); // absent from this export
        const QString next = dir.path(QStringLiteral("next.csv"));
        testing::writeFile(next, testing::toCsv(rows));
        auto report = DossierImporter(*ws).run({next});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->applicantChanges.size(), 1);
        QVERIFY(!report->absent.isEmpty());
        const QString text = report->toText();
        VERIFY_READABLE(text);
        QVERIFY2(text.contains(QStringLiteral("Montant de la subvention sollicitée (€)")) &&
                     text.contains(QStringLiteral("« non » → « oui »")) &&
                     text.contains(QStringLiteral("SIREN 210100343")),
                 qPrintable(text));
        // The JSON keeps the codes.
        const QJsonObject json = report->toJson();
        QVERIFY(json.contains(QStringLiteral("applicant_changed")));
        QStringList fields;
        for (const QJsonValue& updated : json.value(QStringLiteral("updated")).toArray()) {
            for (const QJsonValue& change : updated[QStringLiteral("changes")].toArray())
                fields.append(change[QStringLiteral("field")].toString());
        }
        QVERIFY2(fields.contains(QStringLiteral("requested_amount")) &&
                     fields.contains(QStringLiteral("subaxis")),
                 qPrintable(fields.join(QLatin1Char(' '))));

        // A partial export says so, in words.
        DossierImporter::Options partial;
        partial.absent = DossierImporter::Absent::Ignore;
        auto subset = DossierImporter(*ws).run({next}, partial);
        QVERIFY(subset.ok());
        VERIFY_READABLE(subset->toText());
    }

    void unresolvedApplicantReport()
    {
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("w.guichet")));
        QVERIFY(ws);
        auto report = DossierImporter(*ws).run(
            {QStringLiteral(GUICHET_TEST_DATA_DIR "/import/unresolved-applicant/input.csv")});
        QVERIFY(report.ok());
        QVERIFY(!report->unresolved.isEmpty());
        VERIFY_READABLE(report->toText());
    }

    void scorePackageReport()
    {
        testing::InstructionFixture alice;
        QVERIFY(alice.open());
        const QString me = QStringLiteral("Alice");
        InstructionStore store = alice.store(me);
        const QDateTime at = testing::utc("2021-10-04T08:00:00.000Z");
        QVERIFY(store
                    .setScore(
                        testing::score(101, me, QStringLiteral("besoin_mise_a_niveau"), 2, {}, at))
                    .ok());
        QVERIFY(store
                    .setScore(
                        testing::score(104, me, QStringLiteral("besoin_mise_a_niveau"), 1, {}, at))
                    .ok());
        EligibilityDecision decision{
            104, QStringLiteral("joint_project_contact"), CheckResult::Outcome::Pass, {}, me, at};
        QVERIFY(store.decide(decision).ok());
        const QString package = alice.dir.path(QStringLiteral("alice.json"));
        QVERIFY(score_package::write(alice.db(), alice.programme(), me, package).ok());

        // The colleague's workspace lacks 104, and Alice declared a link with Bâgé (101) there.
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("b.guichet")));
        QVERIFY(ws);
        QVERIFY(DossierRepository(*ws).insert(testing::instructionDossiers().mid(0, 3)).ok());
        InstructionStore colleague(ws->database(), ws->programme(), QStringLiteral("Bob"));
        QVERIFY(
            colleague
                .declareConflict(
                    {me, testing::kBageSiren, testing::kBageName, QStringLiteral("adjointe"), {}})
                .ok());
        const auto report =
            score_package::merge(ws->database(), ws->programme(), QStringLiteral("Bob"), package);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->refused.size(), 3);
        VERIFY_READABLE(report->toText());
    }

    void scoringHistory()
    {
        testing::InstructionFixture fixture;
        QVERIFY(fixture.open());
        InstructionStore store = fixture.store();
        QVERIFY(store
                    .setScore(testing::score(101, testing::kActor,
                                             QStringLiteral("besoin_mise_a_niveau"), 2))
                    .ok());
        QVERIFY(store
                    .setScore(testing::score(101, QStringLiteral("Alice"), QStringLiteral("impact"),
                                             3))
                    .ok()); // merged from a colleague: named as hers
        Opinion opinion;
        opinion.dossier = 101;
        opinion.instructor = testing::kActor;
        opinion.stance = Opinion::Stance::Favourable;
        QVERIFY(store.setOpinion(opinion).ok());
        QVERIFY(store
                    .decide({101,
                             QStringLiteral("joint_project_contact"),
                             CheckResult::Outcome::Pass,
                             {},
                             testing::kActor,
                             {}})
                    .ok());
        QVERIFY(store
                    .decide({101,
                             QStringLiteral("population"),
                             CheckResult::Outcome::Fail,
                             QStringLiteral("recensement 2021"),
                             testing::kActor,
                             {}})
                    .ok());
        const QStringList lines = scoring_history::lines(fixture.programme(), store.history(101));
        QCOMPARE(lines.size(), 5);
        VERIFY_READABLE(lines.join(QLatin1Char('\n')));
        QVERIFY2(lines.constFirst().contains(QStringLiteral("éligibilité : ")),
                 qPrintable(lines.constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestReadableTexts)
#include "TestReadableTexts.moc"
