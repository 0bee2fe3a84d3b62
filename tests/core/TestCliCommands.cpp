#include "CliCommandTest.h"
#include "TestWorkspace.h"
#include "campaign/Campaign.h"
#include "cli/Cli.h"
#include "committee/SessionAgenda.h"
#include "storage/Migrations.h"
#include "storage/WorkspaceProbe.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace guichet;

// The commands run in-process, through Command::execute(): every bad input exits 2 and leaves
// the workspace file byte for byte as it was, on a workspace of the current schema and on one
// of an older schema (which a refused command must not upgrade); a read of an older workspace
// writes nothing. The commands of each family: TestCli*Commands.
class TestCliCommands : public testing::CliCommandTest
{
    Q_OBJECT

    testing::TestDir m_dir;
    QString m_current; // a demo workspace of the current schema
    QString m_older;   // a workspace of schema version 3
    qint64 m_currentDossier = 0;
    qint64 m_undecided = 0; // a dossier of the current workspace the demo did not decide
    QString m_package;      // a score package whose content was edited after its digest
    QString m_brokenExport; // a DS export with an invalid state
    // A valid DS export of six dossiers that neither workspace holds: a partial export.
    const QString m_export = QStringLiteral(GUICHET_TEST_DATA_DIR "/import/ds-2021-csv/input.csv");

private slots:
    void initTestCase()
    {
        m_current = m_dir.path(QStringLiteral("current.guichet"));
        {
            auto workspace = testing::createDemoWorkspace(m_current, 8);
            QVERIFY(workspace);
        }
        const Run listing = guichet({QStringLiteral("dossiers"), m_current});
        QCOMPARE(listing.exitCode, 0);
        m_currentDossier = listing.out.section(QStringLiteral("\"number\": "), 1, 1)
                               .section(QLatin1Char(','), 0, 0)
                               .toLongLong();
        QVERIFY(m_currentDossier > 0);
        for (const QJsonValue& d : QJsonDocument::fromJson(listing.out.toUtf8()).array()) {
            if (d[QStringLiteral("decision")].isNull())
                m_undecided = d[QStringLiteral("number")].toInteger();
        }
        QVERIFY(m_undecided > 0);

        m_older = m_dir.path(QStringLiteral("older.guichet"));
        writeOlderWorkspace(m_older);

        m_package = m_dir.path(QStringLiteral("altered.json"));
        const Run exported =
            guichet({QStringLiteral("scores"), QStringLiteral("export"), m_current,
                     QStringLiteral("--instructor"), QStringLiteral("Claire Martin"),
                     QStringLiteral("--output"), m_package});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out.count(QLatin1Char('\n')), 1);
        const QByteArray original = testing::readFile(m_package);
        QByteArray package = original;
        package.replace("\"level\": 1", "\"level\": 2");
        QVERIFY(package != original);
        testing::writeFile(m_package, package);

        m_brokenExport = m_dir.path(QStringLiteral("broken.csv"));
        QByteArray csv = testing::readFile(
            QStringLiteral(GUICHET_TEST_DATA_DIR "/import/ds-2021-csv/input.csv"));
        QVERIFY(csv.contains("En instruction"));
        csv.replace("En instruction", "En attente");
        testing::writeFile(m_brokenExport, csv);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        // W is the workspace, @ one of its dossiers, P the altered package, B the broken export,
        // E a valid export.
        const QList<std::tuple<const char*, QStringList, QString>> rows = {
            {"new over a workspace", {"new", "W"}, "existe déjà"},
            {"demo over a workspace", {"demo", "--output", "W"}, "existe déjà"},
            {"demo count", {"demo", "--output", "W", "--dossiers", "0"}, "--dossiers"},
            {"import missing export", {"import", "W", "/nonexistent/export.csv"}, "n'existe pas"},
            {"import broken export", {"import", "W", "B"}, "« En attente »"},
            {"import without export", {"import", "W"}, "au moins un export"},
            {"import partial export", {"import", "W", "E"}, "--partial"},
            {"import partial and mark-absent",
             {"import", "W", "E", "--partial", "--mark-absent"},
             "--mark-absent"},
            {"backup over a file", {"backup", "W", "--output", "W"}, "existe déjà"},
            {"backup without output", {"backup", "W"}, "--output"},
            {"backup extension", {"backup", "W", "--output", "x.csv"}, ".guichet"},
            {"dossiers format", {"dossiers", "W", "--format", "xml"}, "xml"},
            {"unknown option", {"scores", "set", "W", "--colour", "red"}, "option inconnue"},
            {"dossier not a number",
             {"scores", "set", "W", "--dossier", "abc", "--criterion", "impact", "--level", "1"},
             "--dossier"},
            {"level not a number",
             {"scores", "set", "W", "--dossier", "@", "--criterion", "impact", "--level", "x"},
             "--level"},
            {"unknown criterion",
             {"scores", "set", "W", "--dossier", "@", "--criterion", "x", "--level", "1"},
             "impact, besoin_mise_a_niveau"},
            {"level out of scale",
             {"scores", "set", "W", "--dossier", "@", "--criterion", "impact", "--level", "7"},
             "hors de l'échelle"},
            {"unknown dossier",
             {"scores", "set", "W", "--dossier", "999999", "--criterion", "impact", "--level", "1",
              "--instructor", "Alice"},
             "999999"},
            {"scores export without instructor",
             {"scores", "export", "W", "--output", "package.json"},
             "--instructor"},
            {"scores import altered package", {"scores", "import", "W", "P"}, "SHA-256"},
            {"scores import missing package",
             {"scores", "import", "W", "/nonexistent/p.json"},
             "n'existe pas"},
            {"scores verb", {"scores", "merge", "W"}, "merge"},
            {"unknown check",
             {"eligibility", "decide", "W", "--dossier", "@", "--check", "x", "--outcome", "pass"},
             "population"},
            {"unknown outcome",
             {"eligibility", "decide", "W", "--dossier", "@", "--check", "population", "--outcome",
              "maybe"},
             "--outcome"},
            {"override without justification",
             {"eligibility", "decide", "W", "--dossier", "@", "--check", "population", "--outcome",
              "fail"},
             "justification"},
            {"decision on unknown dossier",
             {"eligibility", "decide", "W", "--dossier", "999999", "--check", "population",
              "--outcome", "fail", "--justification", "vu"},
             "999999"},
            {"conflict on unknown applicant",
             {"conflicts", "declare", "W", "--person", "Alice", "--siren", "000000000", "--link",
              "élue"},
             "000000000"},
            {"conflict without link",
             {"conflicts", "declare", "W", "--person", "Alice", "--siren", "210100343"},
             "--link"},
            {"conflicts list arguments", {"conflicts", "list", "W", "W"}, "argument"},
            {"export what", {"export", "W", "--what", "letters", "--output", "x.csv"}, "letters"},
            {"export format",
             {"export", "W", "--what", "grid", "--format", "pdf", "--output", "x.pdf"},
             "pdf"},
            {"export subaxis", {"export", "W", "--output", "x.csv", "--subaxis", "9z"}, "3a"},
            {"export list subaxis",
             {"export", "W", "--what", "list", "--output", "x.csv", "--subaxis", "9z"},
             "3a"},
            {"export list format",
             {"export", "W", "--what", "list", "--format", "ods", "--output", "x.csv"},
             "csv, csv-excel ou xlsx"},
            {"export list verdict",
             {"export", "W", "--what", "list", "--eligibility", "maybe", "--output", "x.csv"},
             "eligible, not_eligible ou incomplete"},
            {"export grid verdict",
             {"export", "W", "--eligibility", "eligible", "--output", "x.csv"},
             "--what list"},
            {"programme verb", {"programme", "check", "W"}, "check"},
            {"envelope option", {"envelope", "W", "--csv"}, "option inconnue"},
            {"amounts without reason",
             {"amounts", "set", "W", "--dossier", "U", "--amount-cents", "100"},
             "--reason"},
            {"amounts and rate",
             {"amounts", "set", "W", "--dossier", "U", "--amount-cents", "100", "--rate-percent",
              "50", "--reason", "r"},
             "l'un des deux"},
            {"rate above 100",
             {"amounts", "set", "W", "--dossier", "U", "--rate-percent", "120", "--reason", "r"},
             "--rate-percent"},
            {"amount above request",
             {"amounts", "set", "W", "--dossier", "U", "--amount-cents", "999999999", "--reason",
              "r"},
             "montant sollicité"},
            {"decision word",
             {"decide", "W", "--dossier", "U", "--decision", "maybe"},
             "attribution, refus ou sans_suite"},
            {"refusal with an amount",
             {"decide", "W", "--dossier", "U", "--decision", "refus", "--amount-cents", "5"},
             "--amount-cents"},
            {"decision date",
             {"decide", "W", "--dossier", "U", "--decision", "refus", "--date", "2021-13-01"},
             "--date"},
            {"attribution above request",
             {"decide", "W", "--dossier", "U", "--decision", "attribution", "--amount-cents",
              "999999999"},
             "montant sollicité"},
            {"reduce nothing",
             {"decision", "reduce", "W", "--dossier", "U", "--amount-cents", "100", "--reason",
              "r"},
             "pas d'attribution"},
            {"cancel with amount",
             {"decision", "cancel", "W", "--dossier", "U", "--amount-cents", "100", "--reason",
              "r"},
             "--amount-cents"},
            {"cancel nothing",
             {"decision", "cancel", "W", "--dossier", "U", "--reason", "r"},
             "pas de décision"},
            {"decision verb", {"decision", "undo", "W"}, "undo"},
            {"counter-entry of no movement",
             {"ledger", "counter-entry", "W", "--movement", "999999", "--reason", "r"},
             "Aucun mouvement"},
            {"counter-entry movement word",
             {"ledger", "counter-entry", "W", "--movement", "trois", "--reason", "r"},
             "--movement"},
            {"counter-entry without reason",
             {"ledger", "counter-entry", "W", "--movement", "1"},
             "--reason"},
            {"payment kind",
             {"payments", "add", "W", "--dossier", "U", "--kind", "prime", "--amount-cents", "100",
              "--date", "2021-09-01"},
             "avance, acompte ou solde"},
            {"payment without attribution",
             {"payments", "add", "W", "--dossier", "U", "--kind", "avance", "--amount-cents", "100",
              "--date", "2021-09-01"},
             "pas d'attribution"},
            {"payment without date",
             {"payments", "add", "W", "--dossier", "U", "--kind", "avance", "--amount-cents",
              "100"},
             "--date"},
            {"scenario subaxis",
             {"scenario", "save", "W", "--name", "S", "--cutoff-rank", "3", "--subaxis", "9z"},
             "3a"},
            {"scenario without name", {"scenario", "save", "W", "--cutoff-rank", "3"}, "--name"},
            {"scenario cutoff",
             {"scenario", "save", "W", "--name", "S", "--cutoff-rank", "premier"},
             "--cutoff-rank"},
            {"adopt unknown", {"scenario", "adopt", "W", "Z"}, "Aucun scénario « Z »"},
            {"compare arguments", {"scenario", "compare", "W", "Z"}, "argument"},
            {"session new without date",
             {"session", "new", "W", "--chair", "La préfète"},
             "--date"},
            {"session new without chair",
             {"session", "new", "W", "--date", "2021-09-14"},
             "--chair"},
            {"session new member",
             {"session", "new", "W", "--date", "2021-09-14", "--chair", "X", "--member", "Y;Z"},
             "--member"},
            {"session new attendance",
             {"session", "new", "W", "--date", "2021-09-14", "--chair", "X", "--member",
              "Y;Maire;absent"},
             "--member"},
            {"session new time",
             {"session", "new", "W", "--date", "2021-09-14", "--chair", "X", "--time", "25:00"},
             "--time"},
            {"session number", {"session", "close", "W", "--session", "trois"}, "--session"},
            {"session agenda number", {"session", "agenda", "W", "--session", "0"}, "--session"},
            {"session avis unknown session",
             {"session", "avis", "W", "--session", "99", "--dossier", "U", "--avis", "favorable"},
             "Aucune séance n° 99"},
            {"session avis word",
             {"session", "avis", "W", "--session", "1", "--dossier", "U", "--avis", "oui"},
             "defavorable ou ajourne"},
            {"session avis dossier and all",
             {"session", "avis", "W", "--session", "1", "--dossier", "U", "--all-proposed",
              "--avis", "favorable"},
             "l'un des deux"},
            {"session avis all unfavourable",
             {"session", "avis", "W", "--session", "3", "--all-proposed", "--avis", "defavorable"},
             "--all-proposed"},
            {"session avis amount of a refusal",
             {"session", "avis", "W", "--session", "3", "--dossier", "U", "--avis", "defavorable",
              "--amount-cents", "100"},
             "--amount-cents"},
            {"session avis on a validated session",
             {"session", "avis", "W", "--session", "1", "--dossier", "U", "--avis", "favorable"},
             "séance n° 1"},
            {"session recuse without member",
             {"session", "recuse", "W", "--session", "3", "--dossier", "U"},
             "--member"},
            {"session recuse unknown session",
             {"session", "recuse", "W", "--session", "99", "--dossier", "U", "--member", "X"},
             "Aucune séance n° 99"},
            {"session close unknown", {"session", "close", "W", "--session", "99"}, "n° 99"},
            {"session delete validated",
             {"session", "delete", "W", "--session", "1"},
             "séance n° 1"},
            {"session delete unknown", {"session", "delete", "W", "--session", "99"}, "n° 99"},
            {"session amend without reason",
             {"session", "amend", "W", "--session", "1", "--dossier", "U", "--avis", "ajourne"},
             "--reason"},
            {"session decide unknown", {"session", "decide", "W", "--session", "99"}, "n° 99"},
            {"session decide nothing pending",
             {"session", "decide", "W", "--session", "1"},
             "séance n° 1"},
            {"session decide date",
             {"session", "decide", "W", "--session", "1", "--date", "2021-13-01"},
             "--date"},
            {"session decide differs form",
             {"session", "decide", "W", "--session", "1", "--differs", "U;attribution"},
             "--differs"},
            {"session decide differs kind",
             {"session", "decide", "W", "--session", "1", "--differs", "U;avance;;motif"},
             "--differs"},
            {"session decide differs amount of a refusal",
             {"session", "decide", "W", "--session", "1", "--differs", "U;refus;100;motif"},
             "--differs"},
            {"print grid and session",
             {"print", "W", "--grid", "--session", "1", "--output", "x.pdf"},
             "--session"},
            {"print unknown session",
             {"print", "W", "--session", "99", "--output", "x.pdf"},
             "n° 99"},
            {"sessions option", {"sessions", "W", "--csv"}, "option inconnue"},
            {"ledger by subaxis",
             {"export", "W", "--what", "ledger", "--output", "x.csv", "--subaxis", "3a"},
             "--subaxis"},
        };
        for (const char* schema : {"current", "older"}) {
            for (const auto& [name, arguments, message] : rows)
                QTest::addRow("%s, %s", schema, name)
                    << QString::fromLatin1(schema) << arguments << message;
        }
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, schema);
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const bool older = schema == QLatin1String("older");
        const QString path = older ? m_older : m_current;
        const qint64 dossier = older ? kOlderDossier : m_currentDossier;
        for (QString& argument : arguments) {
            if (argument == QLatin1String("W"))
                argument = path;
            else if (argument == QLatin1String("@"))
                argument = QString::number(dossier);
            else if (argument == QLatin1String("U"))
                argument = QString::number(older ? kOlderDossier : m_undecided);
            else if (argument == QLatin1String("P"))
                argument = m_package;
            else if (argument == QLatin1String("B"))
                argument = m_brokenExport;
            else if (argument == QLatin1String("E"))
                argument = m_export;
        }
        QDir::setCurrent(m_dir.path(QString()));
        const int version = probe::schemaVersion(path);
        const QByteArray before = testing::fileDigest(path);
        const QByteArray walBefore = testing::fileDigest(path + QStringLiteral("-wal"));
        const QByteArray contentBefore = testing::contentDigest(path);

        const Run run = guichet(arguments);
        QCOMPARE(run.exitCode, int(cli::BadInput));
        QVERIFY2(run.err.startsWith(QStringLiteral("guichet: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QCOMPARE(testing::contentDigest(path), contentBefore);
        QCOMPARE(testing::fileDigest(path + QStringLiteral("-wal")), walBefore);
        QCOMPARE(testing::fileDigest(path), before);
        QCOMPARE(probe::schemaVersion(path), version);
        QVERIFY(!QFile::exists(m_dir.path(QStringLiteral("package.json"))));
        QVERIFY(!QFile::exists(m_dir.path(QStringLiteral("x.csv"))));
    }

    // « Prendre les décisions » over the envelope without a justification: exit 2 and the file
    // byte for byte as it was, nothing decided; with one, the decisions are taken.
    void sessionDecisionsOverTheEnvelope()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("comite.guichet"));
        int session = 0;
        {
            QVERIFY(testing::createDemoWorkspace(path, 40));
            auto campaign = Campaign::open(path);
            QVERIFY(campaign);
            Session s;
            s.date = QDate(2021, 10, 12);
            s.chair = QStringLiteral("La préfète de l'Ain");
            const auto number = campaign.value()->createSession(s);
            QVERIFY(number);
            session = *number;
            QVERIFY(campaign.value()->recordAllProposals(session).ok());
            QVERIFY(campaign.value()->validateSession(session).ok());
            const EnvelopeGauge gauge =
                SessionAgenda::load(campaign.value()->workspace().database(),
                                    campaign.value()->programme(), session)
                    ->gauge();
            const Cents cut = gauge.envelope - gauge.committed - gauge.favourable + 100;
            if (cut > 0)
                QVERIFY(
                    campaign.value()
                        ->amendEnvelope(-cut, QStringLiteral("Gel de crédits."), QDate(2021, 10, 1))
                        .ok());
        }
        const QStringList decide = {QStringLiteral("session"), QStringLiteral("decide"), path,
                                    QStringLiteral("--session"), QString::number(session)};
        const QByteArray before = testing::fileDigest(path);
        const QByteArray walBefore = testing::fileDigest(path + QStringLiteral("-wal"));
        const QByteArray contentBefore = testing::contentDigest(path);
        const Run refused = guichet(decide);
        QCOMPARE(refused.exitCode, int(cli::BadInput));
        QVERIFY2(refused.err.contains(QStringLiteral("justification")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(testing::contentDigest(path), contentBefore);
        QCOMPARE(testing::fileDigest(path + QStringLiteral("-wal")), walBefore);
        QCOMPARE(testing::fileDigest(path), before);
        const Run taken = guichet(decide + QStringList{QStringLiteral("--justification"),
                                                       QStringLiteral("Crédits reportés.")});
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
        QCOMPARE(taken.out.count(QLatin1Char('\n')), 1);
    }

    // A read of an older workspace answers from an upgraded copy: the file is left byte for
    // byte as it was, still at its schema version.
    void readsOfAnOlderWorkspaceWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("dossiers") << QStringList{QStringLiteral("dossiers"), QStringLiteral("W")};
        QTest::addRow("envelope") << QStringList{QStringLiteral("envelope"), QStringLiteral("W"),
                                                 QStringLiteral("--json")};
        QTest::addRow("conflicts") << QStringList{QStringLiteral("conflicts"),
                                                  QStringLiteral("list"), QStringLiteral("W")};
        QTest::addRow("scenarios")
            << QStringList{QStringLiteral("scenario"), QStringLiteral("list"), QStringLiteral("W"),
                           QStringLiteral("--json")};
        QTest::addRow("sessions") << QStringList{QStringLiteral("sessions"), QStringLiteral("W"),
                                                 QStringLiteral("--json")};
    }
    void readsOfAnOlderWorkspaceWriteNothing()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(QStringLiteral("W"), m_older);
        const int version = probe::schemaVersion(m_older);
        QVERIFY(version < migrations::latestVersion());
        const QByteArray before = testing::fileDigest(m_older);
        const Run run = guichet(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.out.isEmpty());
        QCOMPARE(testing::fileDigest(m_older), before);
        QCOMPARE(probe::schemaVersion(m_older), version);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
