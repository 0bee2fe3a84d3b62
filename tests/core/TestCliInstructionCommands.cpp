#include "CliCommandTest.h"
#include "TestWorkspace.h"
#include "cli/Cli.h"
#include "storage/Migrations.h"
#include "storage/WorkspaceProbe.h"

#include <QTest>

using namespace guichet;

// The instruction's commands in-process (scores, eligibility, conflicts of interest).
class TestCliInstructionCommands : public testing::CliCommandTest
{
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(TestCliInstructionCommands)
#include "TestCliInstructionCommands.moc"
