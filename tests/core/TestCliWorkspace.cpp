#include "CliProcessTest.h"
#include "TestWorkspace.h"
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

// The executable on workspace files: new, demo, the dossiers listed, programmes, DS exports
// generated and imported, backups, a file another process holds.
class TestCliWorkspace : public testing::CliProcessTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("GUICHET_EXECUTABLE"))); }

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
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "TestCliWorkspace.moc"
