#include "InstructionFixture.h"
#include "dossier/DossierRepository.h"
#include "storage/AuditLog.h"
#include "storage/WorkspaceCopy.h"

#include <QDir>
#include <QTest>

using namespace guichet;

// The copy of an open workspace (Fichier > Enregistrer une copie…): it opens and holds the
// same dossiers, scores and audit log; it replaces a file only when asked, never the workspace
// itself nor a workspace another Guichet has open.
class TestWorkspaceCopy : public QObject
{
    Q_OBJECT

private slots:
    void copyOfAnOpenWorkspaceHoldsEverything()
    {
        testing::InstructionFixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(fixture.store()
                    .setScore(testing::score(101, testing::kActor, QStringLiteral("impact"), 2))
                    .ok());
        const QString copy = fixture.dir.path(QStringLiteral("copie.guichet"));
        QVERIFY(workspace_copy::write(*fixture.ws, copy).ok());
        QCOMPARE(testing::contentDigest(copy), testing::contentDigest(fixture.path));

        auto opened = Workspace::open(copy);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(DossierRepository(*opened.value()).count(), qint64(4));
        const InstructionStore store(opened.value()->database(), opened.value()->programme(),
                                     testing::kActor);
        QCOMPARE(testing::describe(store.scores(101)),
                 testing::describe(fixture.store().scores(101)));
        QCOMPARE(AuditLog(opened.value()->database()).count(), AuditLog(fixture.db()).count());
    }

    void replacesOnlyWhatItMay()
    {
        testing::InstructionFixture fixture;
        QVERIFY(fixture.open());
        const QString other = fixture.dir.path(QStringLiteral("autre.guichet"));
        testing::writeFile(other, "ancien contenu");
        testing::writeFile(other + QStringLiteral("-wal"), "journal périmé");

        auto refused = workspace_copy::write(*fixture.ws, other);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().isInputError());
        QCOMPARE(testing::readFile(other), QByteArray("ancien contenu"));

        // Replacing, once confirmed, drops the old file's journal with it.
        QVERIFY(workspace_copy::write(*fixture.ws, other, workspace_copy::Existing::Replace).ok());
        QVERIFY(!QFile::exists(other + QStringLiteral("-wal")));
        QCOMPARE(testing::contentDigest(other), testing::contentDigest(fixture.path));

        // Never the workspace itself, never a workspace open for writing elsewhere.
        const QByteArray before = testing::contentDigest(fixture.path);
        QVERIFY(!workspace_copy::write(*fixture.ws, fixture.path, workspace_copy::Existing::Replace)
                     .ok());
        QCOMPARE(testing::contentDigest(fixture.path), before);
        auto writer = Workspace::open(other);
        QVERIFY(writer.ok());
        QVERIFY(!workspace_copy::write(*fixture.ws, other, workspace_copy::Existing::Replace).ok());

        // No temporary file is left behind.
        const QStringList files =
            QDir(fixture.dir.path(QString())).entryList(QDir::Files | QDir::Hidden);
        for (const QString& file : files)
            QVERIFY2(!file.startsWith(QLatin1Char('.')), qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCopy)
#include "TestWorkspaceCopy.moc"
