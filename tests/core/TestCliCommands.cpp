#include "TestWorkspace.h"
#include "campaign/Campaign.h"
#include "cli/Cli.h"
#include "committee/SessionAgenda.h"
#include "ledger/EnvelopeOverview.h"
#include "programme/ProgrammeReader.h"
#include "storage/Migrations.h"
#include "storage/WorkspaceProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

using namespace guichet;

// The commands run in-process, through Command::execute(): every bad input exits 2 and leaves
// the workspace file byte for byte as it was, on a workspace of the current schema and on one
// of an older schema (which a refused command must not upgrade).
class TestCliCommands : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    // Runs `words` (what follows `guichet` on a command line) in-process.
    static Run guichet(const QStringList& words)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const auto command = cli::find(words);
        const int exitCode = command ? command->execute(words, outStream, errStream)
                                     : cli::run(words, outStream, errStream);
        return {exitCode, out, err};
    }

    static constexpr int kOlderVersion = 3;
    static constexpr qint64 kOlderDossier = 42;

    // A workspace as schema version 3 wrote it: the programme and two dossiers, no
    // instruction tables yet.
    static void writeOlderWorkspace(const QString& path)
    {
        const QString name = QStringLiteral("older-writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA application_id = %1").arg(probe::kApplicationId)));
            QVERIFY(migrations::migrateTo(db, kOlderVersion).ok());
            q.prepare(QStringLiteral("INSERT INTO programme VALUES (1, ?, 'x', '2021-01-01')"));
            q.addBindValue(QString::fromUtf8(ProgrammeReader::builtinDocument()));
            QVERIFY(q.exec());
            for (const char* row :
                 {"(42, 'en_instruction', 'Commune de Belley', '210100343', 'commune', '3c', "
                  "'Portail', 100, 50, '2021-03-15T10:00:00+01:00')",
                  "(43, 'en_instruction', 'Commune de Nantua', '210102695', 'commune', '3a', "
                  "'Guichet', 200, 80, '2021-03-16T10:00:00+01:00')"})
                QVERIFY(q.exec(QStringLiteral("INSERT INTO dossiers (number, state, "
                                              "applicant_name, applicant_siren, applicant_kind, "
                                              "subaxis, title, total_cost_cents, requested_cents, "
                                              "deposited_at) VALUES ") +
                               QLatin1String(row)));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(probe::schemaVersion(path), kOlderVersion);
    }

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

    // The list as the window first shows it, filtered; « CSV (Excel) » for a French spreadsheet.
    void listExport()
    {
        testing::TestDir dir;
        const QString csv = dir.path(QStringLiteral("liste.csv"));
        const Run run = guichet({QStringLiteral("export"), m_current, QStringLiteral("--what"),
                                 QStringLiteral("list"), QStringLiteral("--format"),
                                 QStringLiteral("csv-excel"), QStringLiteral("--output"), csv,
                                 QStringLiteral("--eligibility"), QStringLiteral("eligible")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(csv));
        const QByteArray bytes = testing::readFile(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFN° DS;Collectivité;Type;Population;Sous-axe;"
                                 "Éligibilité;Note /100;Rang;Intitulé;"));
        const QList<QByteArray> lines = bytes.split('\n');
        const QString listing = guichet({QStringLiteral("dossiers"), m_current}).out;
        QCOMPARE(lines.size() - 2, listing.count(QStringLiteral("\"eligibility\": \"eligible\"")));
        QVERIFY(lines.size() > 2);
        for (const QByteArray& line : lines.mid(1, lines.size() - 2)) {
            QVERIFY(line.endsWith('\r'));
            QVERIFY2(line.contains(";Éligible;"), line.constData());
        }
        const QString xlsx = dir.path(QStringLiteral("liste.xlsx"));
        const Run workbook = guichet({QStringLiteral("export"), m_current, QStringLiteral("--what"),
                                      QStringLiteral("list"), QStringLiteral("--format"),
                                      QStringLiteral("xlsx"), QStringLiteral("--output"), xlsx,
                                      QStringLiteral("--subaxis"), QStringLiteral("3a")});
        QVERIFY2(workbook.exitCode == 0, qPrintable(workbook.err));
        QVERIFY(testing::readFile(xlsx).startsWith("PK"));
    }

    // A change that passes its checks upgrades an older workspace, then is made; each
    // writing command says what it did in one line.
    void writingCommandsSayWhatTheyDid()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("older.guichet"));
        writeOlderWorkspace(path);
        const QString dossier = QString::number(kOlderDossier);

        const Run score =
            guichet({QStringLiteral("scores"), QStringLiteral("set"), path,
                     QStringLiteral("--dossier"), dossier, QStringLiteral("--criterion"),
                     QStringLiteral("impact"), QStringLiteral("--level"), QStringLiteral("2"),
                     QStringLiteral("--instructor"), QStringLiteral("Alice")});
        QVERIFY2(score.exitCode == 0, qPrintable(score.err));
        QCOMPARE(probe::schemaVersion(path), migrations::latestVersion());
        QCOMPARE(score.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(score.out.contains(QStringLiteral("impact")) &&
                     score.out.contains(QStringLiteral("Alice")),
                 qPrintable(score.out));

        const Run decision = guichet(
            {QStringLiteral("eligibility"), QStringLiteral("decide"), path,
             QStringLiteral("--dossier"), dossier, QStringLiteral("--check"),
             QStringLiteral("population"), QStringLiteral("--outcome"), QStringLiteral("fail"),
             QStringLiteral("--justification"), QStringLiteral("recensement 2021"),
             QStringLiteral("--instructor"), QStringLiteral("Alice")});
        QVERIFY2(decision.exitCode == 0, qPrintable(decision.err));
        QCOMPARE(decision.out.count(QLatin1Char('\n')), 1);

        const Run conflict = guichet({QStringLiteral("conflicts"), QStringLiteral("declare"), path,
                                      QStringLiteral("--person"), QStringLiteral("Alice"),
                                      QStringLiteral("--siren"), QStringLiteral("210100343"),
                                      QStringLiteral("--link"), QStringLiteral("élue")});
        QVERIFY2(conflict.exitCode == 0, qPrintable(conflict.err));
        QCOMPARE(conflict.out.count(QLatin1Char('\n')), 1);
        QVERIFY(conflict.out.contains(QStringLiteral("1 note(s) retirée(s)")));

        // The score of a person with a declared link is refused (exit 2), and nothing changes.
        const QByteArray before = testing::contentDigest(path);
        const Run barred =
            guichet({QStringLiteral("scores"), QStringLiteral("set"), path,
                     QStringLiteral("--dossier"), dossier, QStringLiteral("--criterion"),
                     QStringLiteral("impact"), QStringLiteral("--level"), QStringLiteral("3"),
                     QStringLiteral("--instructor"), QStringLiteral("Alice")});
        QCOMPARE(barred.exitCode, int(cli::BadInput));
        QCOMPARE(testing::contentDigest(path), before);

        const Run list = guichet({QStringLiteral("conflicts"), QStringLiteral("list"), path});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("\"applicant_siren\": \"210100343\"")));
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

    // The envelope's commands on an older workspace: each says what it did in one line, and
    // the balances `guichet envelope` prints are the sums of the exported ledger.
    void envelopeCommandsSayWhatTheyDid()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("older.guichet"));
        writeOlderWorkspace(path);
        const QString d42 = QString::number(kOlderDossier);
        const QList<QStringList> steps = {
            {"amounts", "set", path, "--dossier", d42, "--rate-percent", "74", "--reason",
             "Taux du comité"},
            {"decide", path, "--dossier", d42, "--decision", "attribution", "--date", "2021-09-15"},
            {"payments", "add", path, "--dossier", d42, "--kind", "avance", "--amount-cents", "15",
             "--date", "2021-09-20"},
            // The avance, movement 3, typed by mistake: its counter-entry, then the right one.
            {"ledger", "counter-entry", path, "--movement", "3", "--reason", "Erreur de saisie"},
            {"payments", "add", path, "--dossier", d42, "--kind", "avance", "--amount-cents", "15",
             "--date", "2021-09-21"},
            {"decision", "reduce", path, "--dossier", d42, "--amount-cents", "10", "--reason",
             "Devis révisé"},
            {"decide", path, "--dossier", "43", "--decision", "sans_suite"},
            {"decision", "cancel", path, "--dossier", "43", "--reason", "Erreur de saisie"},
            {"scenario", "save", path, "--name", "Tout", "--cutoff-rank", "100"},
            {"scenario", "adopt", path, "Tout"},
            {"export", path, "--what", "ledger", "--output", dir.path(QStringLiteral("l.csv"))},
        };
        for (const QStringList& step : steps) {
            const Run run = guichet(step);
            QVERIFY2(run.exitCode == 0, qPrintable(step.join(QLatin1Char(' ')) + run.err));
            QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
        }
        const Run unknown = guichet(
            {QStringLiteral("scenario"), QStringLiteral("show"), path, QStringLiteral("Z")});
        QCOMPARE(unknown.exitCode, int(cli::BadInput));
        const Run shown = guichet({QStringLiteral("scenario"), QStringLiteral("show"), path,
                                   QStringLiteral("Tout"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(shown.out.toUtf8())[QStringLiteral("adopted")].toBool());
        const Run envelope = guichet({QStringLiteral("envelope"), path, QStringLiteral("--json")});
        QCOMPARE(envelope.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(envelope.out.toUtf8()).object();
        for (const char* key : {"envelope_cents", "proposed_cents", "committed_cents", "paid_cents",
                                "remaining_cents", "by_subaxis"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json[QStringLiteral("by_subaxis")][QStringLiteral("3c")]
                     [QStringLiteral("committed_cents")]
                         .toInteger(),
                 40); // 74 % × 1,00 € capped at the 0,50 € requested, less 0,10 €
        const QList<QStringList> rows = testing::parseCsv(
            QString::fromUtf8(testing::readFile(dir.path(QStringLiteral("l.csv")))));
        QCOMPARE(rows.size(), 9);
        Cents committed = 0, paid = 0;
        for (const QStringList& row : rows.mid(1)) {
            committed +=
                row.at(rows.first().indexOf(QStringLiteral("committed_delta_cents"))).toLongLong();
            paid += row.at(rows.first().indexOf(QStringLiteral("paid_delta_cents"))).toLongLong();
        }
        QCOMPARE(json[QStringLiteral("committed_cents")].toInteger(), committed);
        QCOMPARE(json[QStringLiteral("paid_cents")].toInteger(), paid);
        QCOMPARE(json[QStringLiteral("remaining_cents")].toInteger(),
                 json[QStringLiteral("envelope_cents")].toInteger() - committed);

        const Run listing = guichet({QStringLiteral("dossiers"), path});
        const QJsonObject first =
            QJsonDocument::fromJson(listing.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(first[QStringLiteral("decision")].toString(), QStringLiteral("attribution"));
        QCOMPARE(first[QStringLiteral("decided_cents")].toInteger(), 40);
        QCOMPARE(first[QStringLiteral("paid_cents")].toInteger(), 15);
        QVERIFY(first[QStringLiteral("amount_basis")].toString().contains(QStringLiteral("74")));
    }

    // The guard through the CLI: over the envelope without a justification, exit 2 and the
    // file unchanged; with one, the attribution is recorded.
    void guardWantsAJustification()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("guard.guichet"));
        qint64 dossier = 0;
        {
            QVERIFY(testing::createDemoWorkspace(path, 40));
            auto campaign = Campaign::open(path);
            QVERIFY(campaign);
            const auto overview = EnvelopeOverview::load(campaign.value()->workspace().database(),
                                                         campaign.value()->programme());
            for (auto it = overview->all().cbegin(); it != overview->all().cend(); ++it) {
                if (it->isPending() && it->proposed() > 100)
                    dossier = it.key();
            }
            QVERIFY(dossier > 0);
            // One euro left in the envelope.
            QVERIFY(campaign.value()->amendEnvelope(
                -overview->balances().overall.remaining().value() + 100,
                QStringLiteral("Crédits repris"), QDate(2021, 10, 1)));
        }
        const QStringList decide = {QStringLiteral("decide"),     path,
                                    QStringLiteral("--dossier"),  QString::number(dossier),
                                    QStringLiteral("--decision"), QStringLiteral("attribution")};
        const QByteArray before = testing::fileDigest(path);
        const Run refused = guichet(decide);
        QCOMPARE(refused.exitCode, int(cli::BadInput));
        QVERIFY2(refused.err.contains(QStringLiteral("dépasserait l'enveloppe de")),
                 qPrintable(refused.err));
        QCOMPARE(testing::fileDigest(path), before);
        const Run justified = guichet(decide + QStringList{QStringLiteral("--justification"),
                                                           QStringLiteral("Arbitrage du préfet")});
        QVERIFY2(justified.exitCode == 0, qPrintable(justified.err));
        const QJsonObject json =
            QJsonDocument::fromJson(
                guichet({QStringLiteral("envelope"), path, QStringLiteral("--json")}).out.toUtf8())
                .object();
        QVERIFY(json[QStringLiteral("remaining_cents")].toInteger() < 0);
    }

    // The copy holds what the workspace holds, table by table (dossiers, scores, audit log),
    // in the workspace's own schema: a backup never upgrades.
    void backupCopiesEverything()
    {
        testing::TestDir dir;
        for (const QString& source : {m_current, m_older}) {
            const QString copy =
                dir.path(QFileInfo(source).baseName() + QStringLiteral("-copie.guichet"));
            const int version = probe::schemaVersion(source);
            const QByteArray before = testing::fileDigest(source);
            const Run run =
                guichet({QStringLiteral("backup"), source, QStringLiteral("--output"), copy});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
            QCOMPARE(testing::contentDigest(copy), testing::contentDigest(source));
            QCOMPARE(probe::schemaVersion(copy), version);
            QCOMPARE(testing::fileDigest(source), before);
            QCOMPARE(guichet({QStringLiteral("dossiers"), copy}).out,
                     guichet({QStringLiteral("dossiers"), source}).out);
        }
        // The two copies, and no temporary file left beside them.
        QCOMPARE(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void writerElsewhereIsNamed()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("shared.guichet"));
        auto writer = testing::createDemoWorkspace(path, 3);
        QVERIFY(writer);
        const Run run = guichet({QStringLiteral("conflicts"), QStringLiteral("declare"), path,
                                 QStringLiteral("--person"), QStringLiteral("Alice"),
                                 QStringLiteral("--siren"), QStringLiteral("210100343"),
                                 QStringLiteral("--link"), QStringLiteral("élue")});
        QCOMPARE(run.exitCode, int(cli::Failure));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QString::number(QCoreApplication::applicationPid())) &&
                     run.err.contains(QSysInfo::machineHostName()) &&
                     run.err.contains(QStringLiteral("shared.guichet")),
                 qPrintable(run.err));
    }

    void invocations()
    {
        testing::TestDir dir;
        const QString notes = dir.path(QStringLiteral("notes.txt"));
        testing::writeFile(notes, "courses");
        Run run = guichet({notes});
        QCOMPARE(run.exitCode, int(cli::BadInput));
        QVERIFY2(run.err.contains(QStringLiteral("pas un classeur Guichet")), qPrintable(run.err));

        run = guichet({QStringLiteral("new"), QStringLiteral("/nonexistent/dossier/w.guichet")});
        QCOMPARE(run.exitCode, int(cli::BadInput));
        QVERIFY2(run.err.contains(QStringLiteral("/nonexistent/dossier")) &&
                     run.err.contains(QStringLiteral("n'existe pas")),
                 qPrintable(run.err));

        run = guichet({QStringLiteral("scores")});
        QCOMPARE(run.exitCode, int(cli::BadInput));
        QVERIFY(run.err.contains(QStringLiteral("set|export|import")));
        run = guichet({QStringLiteral("eligibility"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("decide")));
        run = guichet({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, int(cli::BadInput));
        QVERIFY(run.err.contains(QStringLiteral("frobnicate")));

        // Every command has its help, and is listed in `guichet --help`.
        const QString usage = guichet({QStringLiteral("--help")}).out;
        for (const auto& command : cli::commands()) {
            QVERIFY2(usage.contains(command->name()), qPrintable(command->name()));
            const Run help = guichet(command->name().split(QLatin1Char(' ')) +
                                     QStringList{QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.startsWith(QStringLiteral("Usage : guichet ") + command->name()));
        }
    }

    void languageAndApplicationOptions()
    {
        QStringList arguments = {QStringLiteral("guichet"), QStringLiteral("--lang"),
                                 QStringLiteral("en"), QStringLiteral("dossiers")};
        auto language = cli::requestedLanguage(arguments);
        QVERIFY(language.ok());
        QCOMPARE(*language, QStringLiteral("en"));
        QCOMPARE(arguments, (QStringList{QStringLiteral("guichet"), QStringLiteral("dossiers")}));
        for (const char* bad : {"de", "", "EN"}) {
            arguments = QStringList{QStringLiteral("guichet"), QStringLiteral("--lang"),
                                    QString::fromLatin1(bad)};
            language = cli::requestedLanguage(arguments);
            QVERIFY(!language.ok());
            QVERIFY(language.error().isInputError());
            QVERIFY(language.error().message.contains(QStringLiteral("fr ou en")));
        }

        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        cli::GuiArguments gui;
        QCOMPARE(cli::parseGuiArguments({QStringLiteral("guichet"), QStringLiteral("--bogus")}, gui,
                                        outStream, errStream),
                 std::optional<int>(cli::BadInput));
        QVERIFY2(err.contains(QStringLiteral("option inconnue « --bogus »")), qPrintable(err));
        QCOMPARE(cli::parseGuiArguments({QStringLiteral("guichet"), QStringLiteral("--demo"),
                                         QStringLiteral("--dossiers"), QStringLiteral("12")},
                                        gui, outStream, errStream),
                 std::nullopt);
        QVERIFY(gui.demo);
        QCOMPARE(gui.demoDossiers, 12);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
