#include "TestWorkspace.h"
#include "dossier/DossierListing.h"
#include "dossier/DossierRepository.h"
#include "importer/DossierImporter.h"
#include "instruction/InstructionOverview.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace guichet;

// Every folder of tests/data/import holds an export (input.*) and the dossiers it must give
// (expected.json, as `guichet dossiers` lists them). The format variants of one export (DS
// CSV of two eras, a spreadsheet's re-save, XLSX, ODS) must all give the same dossiers.
class TestImportGolden : public QObject
{
    Q_OBJECT

private slots:
    void goldenCases_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir root(QStringLiteral(GUICHET_TEST_DATA_DIR "/import"));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 8);
        for (const QString& name : cases)
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }
    void goldenCases()
    {
        QFETCH(QString, folder);
        const QStringList inputs = QDir(folder).entryList({QStringLiteral("input.*")}, QDir::Files);
        QCOMPARE(inputs.size(), 1);
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("w.guichet")));
        QVERIFY(ws);
        auto report = DossierImporter(*ws).run({QDir(folder).filePath(inputs.constFirst())});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->added.size(), 6);

        const QJsonArray expected =
            QJsonDocument::fromJson(testing::readFile(folder + QStringLiteral("/expected.json")))
                .array();
        const QList<Dossier> dossiers = DossierRepository(*ws).loadAll().value();
        const QJsonArray actual =
            QJsonDocument::fromJson(
                listing::toJsonDocument(
                    dossiers, InstructionOverview::load(dossiers, ws->programme(), ws->database())))
                .array();
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject e = expected.at(i).toObject();
            const QJsonObject a = actual.at(i).toObject();
            for (auto it = e.begin(); it != e.end(); ++it)
                QVERIFY2(a.value(it.key()) == it.value(),
                         qPrintable(QStringLiteral("dossier %1, %2: %3 instead of %4")
                                        .arg(e.value(QStringLiteral("number")).toInteger())
                                        .arg(it.key(), a.value(it.key()).toVariant().toString(),
                                             it.value().toVariant().toString())));
        }
    }

    void unresolvedApplicantIsFlaggedNotDropped()
    {
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("w.guichet")));
        QVERIFY(ws);
        auto report = DossierImporter(*ws).run(
            {QStringLiteral(GUICHET_TEST_DATA_DIR "/import/unresolved-applicant/input.csv")});
        QVERIFY(report.ok());
        QCOMPARE(report->unresolved.size(), 1);
        QCOMPARE(report->unresolved.constFirst().applicant,
                 QStringLiteral("SYNDICAT MIXTE DU NUMERIQUE"));
        const auto dossier = DossierRepository(*ws).find(report->unresolved.constFirst().number);
        QVERIFY(dossier);
        QVERIFY(!dossier->applicantResolved);
        QCOMPARE(dossier->applicantKind, QStringLiteral("syndicat"));
    }
};

QTEST_GUILESS_MAIN(TestImportGolden)
#include "TestImportGolden.moc"
