#include "CliProcessTest.h"
#include "TestWorkspace.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace guichet;

// The executable as scripts and CI run it: how it is invoked (help, version, options, language,
// bad invocations), and a committee session run from a script.
class TestCli : public testing::CliProcessTest
{
    Q_OBJECT

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

    // A committee session run from a script: created, given its avis, validated, decided,
    // then listed; the dossiers list says each dossier's avis and session.
    void committeeLifecycle()
    {
        testing::TestDir dir;
        const QString demo = dir.path(QStringLiteral("comite.guichet"));
        QCOMPARE(guichet({QStringLiteral("demo"), QStringLiteral("--output"), demo}).exitCode, 0);
        const QStringList create = {QStringLiteral("session"),
                                    QStringLiteral("new"),
                                    demo,
                                    QStringLiteral("--date"),
                                    QStringLiteral("2021-10-12"),
                                    QStringLiteral("--time"),
                                    QStringLiteral("10:00"),
                                    QStringLiteral("--chair"),
                                    QStringLiteral("La préfète de l'Ain"),
                                    QStringLiteral("--place"),
                                    QStringLiteral("Bourg-en-Bresse"),
                                    QStringLiteral("--member"),
                                    QStringLiteral("Marc Rivière;Secrétaire général;present"),
                                    QStringLiteral("--member"),
                                    QStringLiteral("Anne Petit;Conseillère;excuse"),
                                    QStringLiteral("--member"),
                                    QStringLiteral("Jean Morel;DDFiP;represente;Paul Girard")};
        // Created by mistake, deleted, created again: the same number.
        QCOMPARE(guichet(create).out, QByteArray("4\n"));
        const QStringList remove = {QStringLiteral("session"), QStringLiteral("delete"), demo,
                                    QStringLiteral("--session"), QStringLiteral("4")};
        const Run removed = guichet(remove);
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(removed.out, QByteArray("Séance n° 4 supprimée.\n"));
        const Run created = guichet(create);
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
        // Once the committee recorded something in it, a session stays.
        const Run kept = guichet(remove);
        QCOMPARE(kept.exitCode, 2);
        QVERIFY2(kept.err.contains(QStringLiteral("déports")), qPrintable(kept.err));
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

    void englishOnRequest()
    {
        const Run run =
            guichet({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("dossiers"),
                     QStringLiteral("/nonexistent/x.guichet")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
