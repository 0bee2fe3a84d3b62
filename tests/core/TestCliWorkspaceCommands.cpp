#include "CliCommandTest.h"
#include "TestWorkspace.h"
#include "cli/Cli.h"
#include "storage/WorkspaceProbe.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QTest>

using namespace guichet;

// The workspace's commands in-process (the list exported, backups, a writer elsewhere), and
// how the command line is read (help, language, the window's options).
class TestCliWorkspaceCommands : public testing::CliCommandTest
{
    Q_OBJECT

    testing::TestDir m_dir;
    QString m_current; // a demo workspace of the current schema
    QString m_older;   // a workspace of schema version 3

private slots:
    void initTestCase()
    {
        m_current = m_dir.path(QStringLiteral("current.guichet"));
        QVERIFY(testing::createDemoWorkspace(m_current, 8));
        m_older = m_dir.path(QStringLiteral("older.guichet"));
        writeOlderWorkspace(m_older);
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

QTEST_GUILESS_MAIN(TestCliWorkspaceCommands)
#include "TestCliWorkspaceCommands.moc"
