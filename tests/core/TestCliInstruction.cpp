#include "CliProcessTest.h"
#include "TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace guichet;

// The executable on instruction: scores set, exchanged in packages and merged, eligibility
// decisions, conflicts of interest, the selection grid exported; its refusals write nothing.
class TestCliInstruction : public testing::CliProcessTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("GUICHET_EXECUTABLE"))); }

    // Two instructors score the same dossier on two copies of a workspace, exchange packages,
    // and the merged workspace consolidates, flags their disagreement and ranks.
    void twoInstructorsMergeTheirScores()
    {
        testing::TestDir dir;
        const QString a = dir.path(QStringLiteral("alice.guichet"));
        const QString b = dir.path(QStringLiteral("bob.guichet"));
        QCOMPARE(guichet({QStringLiteral("demo"), QStringLiteral("--output"), a}).exitCode, 0);
        QVERIFY(QFile::copy(a, b));
        QJsonArray dossiers =
            QJsonDocument::fromJson(guichet({QStringLiteral("dossiers"), a}).out).array();
        QJsonObject target;
        for (const QJsonValue& v : std::as_const(dossiers)) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("subaxis")).toString() == QLatin1String("3a") &&
                o.value(QStringLiteral("eligibility")).toString() != QLatin1String("not_eligible"))
                target = o;
        }
        QVERIFY(!target.isEmpty());
        const QString number = QString::number(target.value(QStringLiteral("number")).toInteger());
        const QStringList criteria = {"impact",
                                      "besoin_mise_a_niveau",
                                      "beneficiaires",
                                      "portage",
                                      "equipe_organisation",
                                      "duree_iterations",
                                      "localisation_prestataires",
                                      "essaimage"};
        auto score = [&](const QString& file, const QString& who, const QString& criterion,
                         int level) {
            return guichet({QStringLiteral("scores"), QStringLiteral("set"), file,
                            QStringLiteral("--dossier"), number, QStringLiteral("--criterion"),
                            criterion, QStringLiteral("--level"), QString::number(level),
                            QStringLiteral("--instructor"), who})
                .exitCode;
        };
        for (const QString& c : criteria) {
            QCOMPARE(score(a, QStringLiteral("Alice"), c, 3), 0);
            // Bob agrees but on impact, where he is three levels below.
            QCOMPARE(score(b, QStringLiteral("Bob"), c, c == QLatin1String("impact") ? 0 : 3), 0);
        }
        const QString alicePackage = dir.path(QStringLiteral("alice.json"));
        const QString bobPackage = dir.path(QStringLiteral("bob.json"));
        QCOMPARE(guichet({QStringLiteral("scores"), QStringLiteral("export"), a,
                          QStringLiteral("--instructor"), QStringLiteral("Alice"),
                          QStringLiteral("--output"), alicePackage})
                     .exitCode,
                 0);
        QCOMPARE(guichet({QStringLiteral("scores"), QStringLiteral("export"), b,
                          QStringLiteral("--instructor"), QStringLiteral("Bob"),
                          QStringLiteral("--output"), bobPackage})
                     .exitCode,
                 0);
        const Run merged = guichet({QStringLiteral("scores"), QStringLiteral("import"), a,
                                    bobPackage, QStringLiteral("--json")});
        QCOMPARE(merged.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(merged.out).object();
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 8);
        QCOMPARE(report.value(QStringLiteral("identical")).toInt(), 0);
        // Merging again adds nothing.
        const Run again = guichet({QStringLiteral("scores"), QStringLiteral("import"), a,
                                   bobPackage, QStringLiteral("--json")});
        QCOMPARE(
            QJsonDocument::fromJson(again.out).object().value(QStringLiteral("identical")).toInt(),
            8);

        dossiers = QJsonDocument::fromJson(guichet({QStringLiteral("dossiers"), a}).out).array();
        QJsonObject after;
        for (const QJsonValue& v : std::as_const(dossiers)) {
            if (QString::number(v.toObject().value(QStringLiteral("number")).toInteger()) == number)
                after = v.toObject();
        }
        // Impact (weight 25 of 100) at the mean 1.5 of 3, everything else at 3: 87.5.
        QCOMPARE(after.value(QStringLiteral("score")).toDouble(), 87.5);
        QCOMPARE(after.value(QStringLiteral("disagreement")).toBool(), true);
        QVERIFY(after.value(QStringLiteral("rank")).toInt() >= 1);
        QVERIFY(after.value(QStringLiteral("rank_in_subaxis")).toInt() >= 1);

        const QString grid = dir.path(QStringLiteral("grid.csv"));
        QCOMPARE(
            guichet({QStringLiteral("export"), a, QStringLiteral("--what"), QStringLiteral("grid"),
                     QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                     grid, QStringLiteral("--subaxis"), QStringLiteral("3a")})
                .exitCode,
            0);
        const QList<QStringList> rows =
            testing::parseCsv(QString::fromUtf8(testing::readFile(grid)));
        bool found = false;
        for (const QStringList& row : rows) {
            if (row.value(2) == number) {
                found = true;
                QCOMPARE(row.value(4), QStringLiteral("3a"));
                QVERIFY(row.contains(QStringLiteral("87.50"))); // plain CSV: a decimal point
                QVERIFY(row.contains(QStringLiteral("désaccord")));
                QVERIFY(row.join(QLatin1Char(' ')).contains(QStringLiteral("Alice")));
            }
            if (rows.indexOf(row) > 0)
                QCOMPARE(row.value(4), QStringLiteral("3a"));
        }
        QVERIFY(found);
        const QString xlsx = dir.path(QStringLiteral("grid.xlsx"));
        QCOMPARE(guichet({QStringLiteral("export"), a, QStringLiteral("--what"),
                          QStringLiteral("grid"), QStringLiteral("--format"),
                          QStringLiteral("xlsx"), QStringLiteral("--output"), xlsx})
                     .exitCode,
                 0);
        QVERIFY(testing::readFile(xlsx).startsWith("PK"));
    }

    void instructionInputErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("level out of scale")
            << QStringList{"scores", "set",     "w.guichet", "--dossier",    "@",    "--criterion",
                           "impact", "--level", "7",         "--instructor", "Alice"}
            << "hors de l'échelle";
        QTest::addRow("unknown criterion")
            << QStringList{"scores", "set",     "w.guichet", "--dossier",    "@",    "--criterion",
                           "x",      "--level", "1",         "--instructor", "Alice"}
            << "Critère inconnu";
        QTest::addRow("override without justification")
            << QStringList{"eligibility", "decide",     "w.guichet", "--dossier", "@",
                           "--check",     "population", "--outcome", "fail"}
            << "justification";
        QTest::addRow("unknown outcome")
            << QStringList{"eligibility", "decide",     "w.guichet", "--dossier", "@",
                           "--check",     "population", "--outcome", "maybe"}
            << "--outcome";
        QTest::addRow("conflict on unknown applicant")
            << QStringList{"conflicts", "declare",   "w.guichet", "--person", "Alice",
                           "--siren",   "000000000", "--link",    "élue"}
            << "000000000";
        QTest::addRow("export what")
            << QStringList{"export", "w.guichet", "--what", "letters", "--output", "x.csv"}
            << "letters";
        QTest::addRow("export format") << QStringList{"export",   "w.guichet", "--what",   "grid",
                                                      "--format", "pdf",       "--output", "x.pdf"}
                                       << "pdf";
        QTest::addRow("altered package")
            << QStringList{"scores", "import", "w.guichet", "altered.json"} << "SHA-256";
        QTest::addRow("scores verb") << QStringList{"scores", "merge", "w.guichet"} << "merge";
    }
    void instructionInputErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        testing::TestDir dir;
        QDir::setCurrent(dir.path(QString()));
        QCOMPARE(guichet({QStringLiteral("demo"), QStringLiteral("--output"),
                          QStringLiteral("w.guichet")})
                     .exitCode,
                 0);
        const QJsonArray dossiers =
            QJsonDocument::fromJson(
                guichet({QStringLiteral("dossiers"), QStringLiteral("w.guichet")}).out)
                .array();
        const QString number =
            QString::number(dossiers.at(0).toObject().value(QStringLiteral("number")).toInteger());
        arguments.replaceInStrings(QStringLiteral("@"), number);
        // A package whose content was edited after its digest was computed.
        QCOMPARE(guichet({QStringLiteral("scores"), QStringLiteral("export"),
                          QStringLiteral("w.guichet"), QStringLiteral("--instructor"),
                          QStringLiteral("Claire Martin"), QStringLiteral("--output"),
                          QStringLiteral("altered.json")})
                     .exitCode,
                 0);
        QByteArray package = testing::readFile(dir.path(QStringLiteral("altered.json")));
        package.replace("\"level\": 1", "\"level\": 2");
        testing::writeFile(dir.path(QStringLiteral("altered.json")), package);

        const QByteArray before = testing::contentDigest(dir.path(QStringLiteral("w.guichet")));
        const Run run = guichet(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(testing::contentDigest(dir.path(QStringLiteral("w.guichet"))), before);
    }
};

QTEST_GUILESS_MAIN(TestCliInstruction)
#include "TestCliInstruction.moc"
