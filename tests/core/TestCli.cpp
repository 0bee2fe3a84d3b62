#include "TestWorkspace.h"
#include "storage/Migrations.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

using namespace guichet;

// Runs the real executable, as scripts and CI do.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QByteArray out;
        QString err;
    };

    static Run
    guichet(const QStringList& arguments,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("GUICHET_EXECUTABLE"), arguments);
        if (!process.waitForFinished(120000))
            return {-1, {}, QStringLiteral("timeout")};
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // A demo workspace of `dossiers` dossiers at `path`, made by the executable.
    static bool makeDemo(const QString& path, int dossiers)
    {
        return guichet({QStringLiteral("demo"), QStringLiteral("--output"), path,
                        QStringLiteral("--dossiers"), QString::number(dossiers)})
                   .exitCode == 0;
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("GUICHET_EXECUTABLE"))); }

    void help()
    {
        const Run run = guichet({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char* command :
             {"new", "demo", "dossiers", "backup", "programme", "generate-export", "scores",
              "eligibility", "conflicts", "export"})
            QVERIFY(run.out.contains(command));
        const Run sub = guichet({QStringLiteral("dossiers"), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains("--format"));
    }

    void badInvocations_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
        QTest::addRow("unknown option")
            << QStringList{"dossiers", "x.guichet", "--colour"} << "colour";
        QTest::addRow("missing file")
            << QStringList{"dossiers", "/nonexistent/x.guichet"} << "/nonexistent/x.guichet";
        QTest::addRow("bad format")
            << QStringList{"dossiers", "x.guichet", "--format", "xml"} << "xml";
        QTest::addRow("demo count")
            << QStringList{"demo", "--output", "d.guichet", "--dossiers", "0"} << "--dossiers";
        QTest::addRow("demo too many")
            << QStringList{"demo", "--output", "d.guichet", "--dossiers", "100001"} << "--dossiers";
        QTest::addRow("demo extension") << QStringList{"demo", "--output", "d.db"} << ".guichet";
        QTest::addRow("export rows")
            << QStringList{"generate-export", "--rows", "abc", "--format", "csv",
                           "--output",        "x.csv"}
            << "abc";
        QTest::addRow("export format")
            << QStringList{"generate-export", "--rows", "3", "--format", "ods", "--output", "x.ods"}
            << "ods";
        QTest::addRow("validate missing")
            << QStringList{"programme", "validate", "/nonexistent.json"} << "/nonexistent.json";
        QTest::addRow("programme verb") << QStringList{"programme", "check", "x.json"} << "check";
        QTest::addRow("new in a missing folder")
            << QStringList{"new", "/nonexistent/folder/x.guichet"} << "n'existe pas";
        QTest::addRow("not a workspace") << QStringList{"notes.txt"} << "pas un classeur Guichet";
        QTest::addRow("language") << QStringList{"--lang", "de", "new", "d.guichet"} << "fr ou en";
        QTest::addRow("scores export without instructor")
            << QStringList{"scores", "export", "w.guichet", "--output", "p.json"} << "--instructor";
    }
    // The version, and the schema of the workspaces this version writes.
    void version()
    {
        const Run run = guichet({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out),
                 QStringLiteral("guichet %1\nClasseurs écrits au schéma %2.\n")
                     .arg(QStringLiteral(GUICHET_VERSION))
                     .arg(migrations::latestVersion()));
    }

    // A workspace renamed without its extension (the desktop recognises it by its header) opens
    // in the window; any other file is still refused as a command.
    void renamedWorkspaceOpens()
    {
        testing::TestDir dir;
        const QString demo = dir.path(QStringLiteral("demo.guichet"));
        QVERIFY(makeDemo(demo, 3));
        const QString renamed = dir.path(QStringLiteral("campagne"));
        QVERIFY(QFile::copy(demo, renamed));
        const QString shot = dir.path(QStringLiteral("window.png"));
        QProcessEnvironment ownFolders = QProcessEnvironment::systemEnvironment();
        ownFolders.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path(QStringLiteral("config")));
        ownFolders.insert(QStringLiteral("XDG_DATA_HOME"), dir.path(QStringLiteral("data")));
        const Run run = guichet({renamed, QStringLiteral("--screenshot"), shot}, ownFolders);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(shot));

        const QString other = dir.path(QStringLiteral("notes"));
        testing::writeFile(other, "SQLite format 3");
        const Run refused = guichet({other});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("pas un classeur")), qPrintable(refused.err));
    }

    void badInvocations()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        testing::TestDir dir;
        QDir::setCurrent(dir.path(QString()));
        testing::writeFile(dir.path(QStringLiteral("notes.txt")), "courses du samedi\n");
        const Run run = guichet(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("guichet: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(dir.path(QStringLiteral("d.guichet"))));
    }

    // The application's options are checked before the window needs a display.
    void unknownOptionWithoutDisplay()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("GUICHET_EXECUTABLE"), {QStringLiteral("--bogus")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("option inconnue « --bogus »")), qPrintable(err));
    }

    void newDemoAndDossiers()
    {
        testing::TestDir dir;
        const QString empty = dir.path(QStringLiteral("vide.guichet"));
        QCOMPARE(guichet({QStringLiteral("new"), empty}).exitCode, 0);
        const Run again = guichet({QStringLiteral("new"), empty});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("existe déjà")));
        const Run none = guichet({QStringLiteral("dossiers"), empty});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);

        const QString demo = dir.path(QStringLiteral("demo.guichet"));
        QCOMPARE(guichet({QStringLiteral("demo"), QStringLiteral("--output"), demo}).exitCode, 0);
        const Run json = guichet(
            {QStringLiteral("dossiers"), demo, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray dossiers = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(dossiers.size(), 40);
        const QJsonObject first = dossiers.at(0).toObject();
        for (const char* key :
             {"number", "state", "applicant_name", "applicant_siren", "applicant_kind",
              "population", "subaxis", "title", "total_cost_cents", "requested_cents",
              "deposited_at", "eligibility"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QVERIFY(first.value(QStringLiteral("total_cost_cents")).isDouble());
        QVERIFY(QDateTime::fromString(first.value(QStringLiteral("deposited_at")).toString(),
                                      Qt::ISODate)
                    .isValid());

        const QString csvPath = dir.path(QStringLiteral("dossiers.csv"));
        QCOMPARE(guichet({QStringLiteral("dossiers"), demo, QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--output"), csvPath})
                     .exitCode,
                 0);
        const QByteArray csv = testing::readFile(csvPath);
        QVERIFY(csv.startsWith("number,state,applicant_name,"));
        QCOMPARE(csv.count('\n'), 41);
    }

    // A committee session run from a script: created, given its avis, validated, decided,
    // then listed; the dossiers list says each dossier's avis and session.
    void committeeLifecycle()
    {
        testing::TestDir dir;
        const QString demo = dir.path(QStringLiteral("comite.guichet"));
        QCOMPARE(guichet({QStringLiteral("demo"), QStringLiteral("--output"), demo}).exitCode, 0);
        const Run created = guichet(
            {QStringLiteral("session"), QStringLiteral("new"), demo, QStringLiteral("--date"),
             QStringLiteral("2021-10-12"), QStringLiteral("--time"), QStringLiteral("10:00"),
             QStringLiteral("--chair"), QStringLiteral("La préfète de l'Ain"),
             QStringLiteral("--place"), QStringLiteral("Bourg-en-Bresse"),
             QStringLiteral("--member"), QStringLiteral("Marc Rivière;Secrétaire général;present"),
             QStringLiteral("--member"), QStringLiteral("Anne Petit;Conseillère;excuse"),
             QStringLiteral("--member"),
             QStringLiteral("Jean Morel;DDFiP;represente;Paul Girard")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        // The number alone on a line, for scripts.
        const QByteArray number = created.out.trimmed();
        QCOMPARE(created.out, number + '\n');
        QCOMPARE(number, QByteArray("4")); // after the demo's three sessions
        const QString session = QString::fromLatin1(number);

        const Run agenda =
            guichet({QStringLiteral("session"), QStringLiteral("agenda"), demo,
                     QStringLiteral("--session"), session, QStringLiteral("--json")});
        QVERIFY2(agenda.exitCode == 0, qPrintable(agenda.err));
        const QJsonArray items =
            QJsonDocument::fromJson(agenda.out).object().value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        const qint64 first = items.at(0)[QStringLiteral("dossier")].toInteger();

        const Run recused = guichet({QStringLiteral("session"), QStringLiteral("recuse"), demo,
                                     QStringLiteral("--session"), session,
                                     QStringLiteral("--dossier"), QString::number(first),
                                     QStringLiteral("--member"), QStringLiteral("marc riviere")});
        QVERIFY2(recused.exitCode == 0, qPrintable(recused.err));
        const Run all =
            guichet({QStringLiteral("session"), QStringLiteral("avis"), demo,
                     QStringLiteral("--session"), session, QStringLiteral("--all-proposed"),
                     QStringLiteral("--avis"), QStringLiteral("favorable")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        QCOMPARE(all.out.count('\n'), 1);
        const Run closed = guichet({QStringLiteral("session"), QStringLiteral("close"), demo,
                                    QStringLiteral("--session"), session});
        QVERIFY2(closed.exitCode == 0, qPrintable(closed.err));
        const Run locked =
            guichet({QStringLiteral("session"), QStringLiteral("avis"), demo,
                     QStringLiteral("--session"), session, QStringLiteral("--dossier"),
                     QString::number(first), QStringLiteral("--avis"), QStringLiteral("ajourne")});
        QCOMPARE(locked.exitCode, 2);
        const Run amended = guichet(
            {QStringLiteral("session"), QStringLiteral("amend"), demo, QStringLiteral("--session"),
             session, QStringLiteral("--dossier"), QString::number(first), QStringLiteral("--avis"),
             QStringLiteral("favorable_sous_reserve"), QStringLiteral("--reason"),
             QStringLiteral("Sous réserve de la délibération.")});
        QVERIFY2(amended.exitCode == 0, qPrintable(amended.err));

        // A decision that differs from its avis needs its reason: refused without, nothing
        // decided; taken with it.
        const qint64 second = items.at(1)[QStringLiteral("dossier")].toInteger();
        constexpr qint64 kReduced = 123456;
        const QString differs = QStringLiteral("%1;attribution;%2;").arg(second).arg(kReduced);
        const QStringList bare = {QStringLiteral("session"),
                                  QStringLiteral("decide"),
                                  demo,
                                  QStringLiteral("--session"),
                                  session,
                                  QStringLiteral("--justification"),
                                  QStringLiteral("Report."),
                                  QStringLiteral("--differs"),
                                  differs};
        const Run unreasoned = guichet(bare);
        QCOMPARE(unreasoned.exitCode, 2);
        QVERIFY2(unreasoned.err.contains(QStringLiteral("motif")), qPrintable(unreasoned.err));
        const QStringList decide = {QStringLiteral("session"),
                                    QStringLiteral("decide"),
                                    demo,
                                    QStringLiteral("--session"),
                                    session,
                                    QStringLiteral("--differs"),
                                    differs + QStringLiteral("Plafond du plan de financement")};
        // The guard on the decisions as a whole: over the envelope, a justification.
        Run decided = guichet(decide);
        if (decided.exitCode == 2) {
            QVERIFY2(decided.err.contains(QStringLiteral("justification")),
                     qPrintable(decided.err));
            decided = guichet(decide + QStringList{QStringLiteral("--justification"),
                                                   QStringLiteral("Report de crédits.")});
        }
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));
        QCOMPARE(decided.out.count('\n'), 1);

        const Run listed = guichet(
            {QStringLiteral("sessions"), demo, QStringLiteral("--json"), QStringLiteral("--due")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonObject json = QJsonDocument::fromJson(listed.out).object();
        const QJsonArray sessions = json.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions.size(), 4);
        const QJsonObject fourth = sessions.at(3).toObject();
        QCOMPARE(fourth.value(QStringLiteral("validated")).toBool(), true);
        QCOMPARE(fourth.value(QStringLiteral("quorum")).toString(), QStringLiteral("sans objet"));
        QCOMPARE(fourth.value(QStringLiteral("members")).toArray().size(), 3);
        QCOMPARE(fourth.value(QStringLiteral("members"))
                     .toArray()
                     .at(2)[QStringLiteral("represented_by")]
                     .toString(),
                 QStringLiteral("Paul Girard"));
        const QJsonArray avis = fourth.value(QStringLiteral("avis")).toArray();
        QCOMPARE(avis.size(), items.size());
        QCOMPARE(fourth.value(QStringLiteral("decisions")).toArray().size(), items.size());
        QCOMPARE(fourth.value(QStringLiteral("recusals")).toArray().size(), 1);
        QVERIFY(json.value(QStringLiteral("due")).toObject().contains(QStringLiteral("reason")));

        // The ledger followed the avis: each decided dossier is attributed the avis' amount, but
        // the one decided otherwise.
        const Run dossiers = guichet({QStringLiteral("dossiers"), demo});
        QCOMPARE(dossiers.exitCode, 0);
        QHash<qint64, QJsonObject> byNumber;
        for (const QJsonValue& d : QJsonDocument::fromJson(dossiers.out).array())
            byNumber.insert(d[QStringLiteral("number")].toInteger(), d.toObject());
        for (const QJsonValue& a : avis) {
            const QJsonObject d = byNumber.value(a[QStringLiteral("dossier")].toInteger());
            QCOMPARE(d.value(QStringLiteral("session")).toInt(), 4);
            QCOMPARE(d.value(QStringLiteral("avis")).toString(),
                     a[QStringLiteral("avis")].toString());
            QCOMPARE(d.value(QStringLiteral("decision")).toString(), QStringLiteral("attribution"));
            const qint64 dossier = a[QStringLiteral("dossier")].toInteger();
            QCOMPARE(d.value(QStringLiteral("decided_cents")).toInteger(),
                     dossier == second ? kReduced : a[QStringLiteral("amount_cents")].toInteger());
        }

        // The envelope per session: this session's decisions commit the sum of its avis; its
        // favourable avis propose nothing more once decided.
        const Run envelope = guichet({QStringLiteral("envelope"), demo, QStringLiteral("--json")});
        QCOMPARE(envelope.exitCode, 0);
        const QJsonObject fourthBalance = QJsonDocument::fromJson(envelope.out)
                                              .object()[QStringLiteral("by_session")]
                                              .toObject()[QStringLiteral("4")]
                                              .toObject();
        qint64 sum = 0;
        for (const QJsonValue& a : avis)
            sum += a[QStringLiteral("dossier")].toInteger() == second
                       ? kReduced
                       : a[QStringLiteral("amount_cents")].toInteger();
        QCOMPARE(fourthBalance[QStringLiteral("committed_cents")].toInteger(), sum);
        QCOMPARE(fourthBalance[QStringLiteral("proposed_cents")].toInteger(), 0);
        QVERIFY(fourthBalance[QStringLiteral("envelope_cents")].isNull());
    }

    void newWithProgrammeFile()
    {
        testing::TestDir dir;
        const QString bad = dir.path(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "guichet-programme", "schema_version": 1, "id": "x"})");
        file.close();
        const QString path = dir.path(QStringLiteral("w.guichet"));
        const Run run = guichet({QStringLiteral("new"), path, QStringLiteral("--programme"), bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("$.name")));
        QVERIFY(!QFile::exists(path));

        const QString good =
            QStringLiteral(GUICHET_SOURCE_DIR "/resources/programmes/ain-2021.json");
        QCOMPARE(
            guichet({QStringLiteral("new"), path, QStringLiteral("--programme"), good}).exitCode,
            0);
    }

    void programmeValidate()
    {
        testing::TestDir dir;
        const Run ok =
            guichet({QStringLiteral("programme"), QStringLiteral("validate"),
                     QStringLiteral(GUICHET_SOURCE_DIR "/resources/programmes/ain-2021.json")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("297"));
        const QString bad = dir.path(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray doc = testing::readFile(
            QStringLiteral(GUICHET_SOURCE_DIR "/resources/programmes/ain-2021.json"));
        doc.replace("\"envelope_cents\": 29700000", "\"envelope_cents\": \"297000\"");
        file.write(doc);
        file.close();
        const Run run = guichet({QStringLiteral("programme"), QStringLiteral("validate"), bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("$.envelope_cents")), qPrintable(run.err));
    }

    void generateExport_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::addRow("csv") << "csv" << QByteArray("ID,Email,");
        QTest::addRow("xlsx") << "xlsx" << QByteArray("PK");
    }
    void generateExport()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("export.") + format);
        const Run run = guichet({QStringLiteral("generate-export"), QStringLiteral("--rows"),
                                 QStringLiteral("120"), QStringLiteral("--format"), format,
                                 QStringLiteral("--output"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(testing::readFile(path).startsWith(magic));
    }

    void secondProcessGetsReadOnlyThenTakesOverAfterACrash()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("shared.guichet"));
        QVERIFY(makeDemo(path, 5));
        // Another instructor's Guichet has the workspace open.
        QProcess other;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        other.setProcessEnvironment(env);
        other.start(qEnvironmentVariable("GUICHET_EXECUTABLE"), {path});
        QVERIFY(other.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral(".lock")), 20000);

        const Run refused = guichet({QStringLiteral("conflicts"), QStringLiteral("declare"), path,
                                     QStringLiteral("--person"), QStringLiteral("Alice"),
                                     QStringLiteral("--siren"), QStringLiteral("210100343"),
                                     QStringLiteral("--link"), QStringLiteral("élue")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        // The message says who holds the file, on which machine, and the process.
        QVERIFY2(
            refused.err.contains(QStringLiteral("par %1 sur le poste %2 (guichet, processus %3)")
                                     .arg(QFileInfo(path).owner(), QSysInfo::machineHostName())
                                     .arg(other.processId())),
            qPrintable(refused.err));
        {
            auto second = Workspace::open(path);
            QVERIFY(second.ok());
            QVERIFY(second.value()->isReadOnly());
            QVERIFY2(second.value()->readOnlyReason().contains(QString::number(other.processId())),
                     qPrintable(second.value()->readOnlyReason()));
        }

        // The other one crashes: its lock is stale, and the next opener writes.
        other.kill();
        QVERIFY(other.waitForFinished());
        auto next = Workspace::open(path);
        QVERIFY(next.ok());
        QVERIFY(!next.value()->isReadOnly());
    }

    void importCommand()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        QCOMPARE(guichet({QStringLiteral("new"), path}).exitCode, 0);
        const QString good =
            QStringLiteral(GUICHET_TEST_DATA_DIR "/import/ds-2021-xlsx/input.xlsx");

        const Run dry = guichet({QStringLiteral("import"), path, good, QStringLiteral("--dry-run"),
                                 QStringLiteral("--json")});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject dryReport = QJsonDocument::fromJson(dry.out).object();
        QVERIFY(dryReport.value(QStringLiteral("dry_run")).toBool());
        QCOMPARE(dryReport.value(QStringLiteral("new")).toArray().size(), 6);
        QCOMPARE(
            QJsonDocument::fromJson(guichet({QStringLiteral("dossiers"), path}).out).array().size(),
            0);

        const Run run = guichet({QStringLiteral("import"), path, good, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("new")).toArray().size(),
            6);
        const Run text = guichet({QStringLiteral("import"), path, good});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("inchang"));

        // A broken file: exit 2, file/row/column named, nothing written.
        const QString broken = dir.path(QStringLiteral("broken.csv"));
        QByteArray csv = testing::readFile(
            QStringLiteral(GUICHET_TEST_DATA_DIR "/import/ds-2021-csv/input.csv"));
        csv.replace("En instruction", "En attente");
        testing::writeFile(broken, csv);
        const QByteArray before = testing::contentDigest(path);
        const Run refused = guichet({QStringLiteral("import"), path, broken});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(broken) &&
                     refused.err.contains(QStringLiteral("« État du dossier »")) &&
                     refused.err.contains(QStringLiteral("« En attente »")),
                 qPrintable(refused.err));
        QCOMPARE(testing::contentDigest(path), before);
        QCOMPARE(guichet({QStringLiteral("import"), path}).exitCode, 2); // no export given
    }

    // A partial export is refused unless the command says what it is; a backup then holds the
    // same dossiers.
    void partialImportThenBackup()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        QVERIFY(makeDemo(path, 12));
        const QString subset =
            QStringLiteral(GUICHET_TEST_DATA_DIR "/import/ds-2021-csv/input.csv");
        const QByteArray before = testing::contentDigest(path);
        const Run refused = guichet({QStringLiteral("import"), path, subset});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--partial")) &&
                     refused.err.contains(QStringLiteral("--mark-absent")),
                 qPrintable(refused.err));
        QCOMPARE(testing::contentDigest(path), before);

        const Run partial = guichet({QStringLiteral("import"), path, subset,
                                     QStringLiteral("--partial"), QStringLiteral("--json")});
        QCOMPARE(partial.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(partial.out).object();
        QVERIFY(report.value(QStringLiteral("partial")).toBool());
        QCOMPARE(report.value(QStringLiteral("absent")).toArray().size(), 0);
        QCOMPARE(report.value(QStringLiteral("new")).toArray().size(), 6);

        const QString copy = dir.path(QStringLiteral("copie.guichet"));
        const Run backup =
            guichet({QStringLiteral("backup"), path, QStringLiteral("--output"), copy});
        QCOMPARE(backup.exitCode, 0);
        QCOMPARE(backup.out.count('\n'), 1);
        QVERIFY(backup.out.contains(copy.toUtf8()));
        const Run original = guichet({QStringLiteral("dossiers"), path});
        const Run copied = guichet({QStringLiteral("dossiers"), copy});
        QCOMPARE(copied.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(copied.out).array().size(), 18);
        QCOMPARE(copied.out, original.out);
        QCOMPARE(testing::contentDigest(copy), testing::contentDigest(path));

        const QByteArray copyBefore = testing::fileDigest(copy);
        const Run again =
            guichet({QStringLiteral("backup"), path, QStringLiteral("--output"), copy});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("existe déjà")));
        QCOMPARE(testing::fileDigest(copy), copyBefore);

        const Run marked = guichet({QStringLiteral("import"), copy, subset,
                                    QStringLiteral("--mark-absent"), QStringLiteral("--json")});
        QCOMPARE(marked.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(marked.out)
                     .object()
                     .value(QStringLiteral("absent"))
                     .toArray()
                     .size(),
                 12);
    }

    void englishOnRequest()
    {
        const Run run =
            guichet({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("dossiers"),
                     QStringLiteral("/nonexistent/x.guichet")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
    }

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

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
