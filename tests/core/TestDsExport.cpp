#include "TestWorkspace.h"
#include "demo/DemoBuilder.h"
#include "exportgen/DsExportWriter.h"
#include "programme/ProgrammeReader.h"
#include "referential/Referential.h"

#include <QRegularExpression>
#include <QTest>

using namespace guichet;

class TestDsExport : public QObject
{
    Q_OBJECT

private slots:
    void csvInTheRealDialect_data()
    {
        QTest::addColumn<int>("era");
        QTest::addColumn<QString>("archiveColumn");
        QTest::addColumn<int>("columnCount");
        const int champs = ProgrammeReader::builtin().dsMapping.size();
        // ID, Email, 31 établissement columns, archive, state, 2 or 3 timestamps of update,
        // deposit, instruction, decision, motivation, instructors, then the champs.
        QTest::addRow("2021") << int(DsExportTable::Era::Y2021) << QStringLiteral("Archivé")
                              << 2 + 31 + 2 + 1 + 3 + 2 + champs;
        QTest::addRow("2025") << int(DsExportTable::Era::Y2025) << QStringLiteral("À archiver")
                              << 2 + 1 + 31 + 2 + 2 + 3 + 2 + champs + 1;
    }
    void csvInTheRealDialect()
    {
        QFETCH(int, era);
        QFETCH(QString, archiveColumn);
        QFETCH(int, columnCount);
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("export.csv"));
        const QList<Dossier> dossiers = DemoBuilder(Referential::instance()).build(25);
        QVERIFY(ds_export::write(path, ds_export::Format::Csv, DsExportTable::Era(era),
                                 ProgrammeReader::builtin(), dossiers)
                    .ok());
        const QByteArray bytes = testing::readFile(path);
        QVERIFY(bytes.startsWith("ID,Email,")); // no BOM
        const QList<QStringList> rows = testing::parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), 26);
        const QStringList header = rows.constFirst();
        QCOMPARE(header.size(), columnCount);
        QVERIFY(header.contains(archiveColumn));
        QVERIFY(header.contains(QStringLiteral("Établissement SIRET")));
        const qsizetype deposited = header.indexOf(QStringLiteral("Déposé le"));
        const qsizetype state = header.indexOf(QStringLiteral("État du dossier"));
        const qsizetype cost = header.indexOf(QStringLiteral("Coût total du projet (€ HT)"));
        const qsizetype team = header.indexOf(QStringLiteral("Composition de l'équipe projet"));
        QVERIFY(deposited > 0 && state > 0 && cost > 0 && team > 0);
        const QRegularExpression timestamp(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0[12]00$"));
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QStringList& row = rows.at(r);
            const Dossier& d = dossiers.at(r - 1);
            QCOMPARE(row.size(), columnCount);
            QCOMPARE(row.at(0), QString::number(d.number));
            QVERIFY2(timestamp.match(row.at(deposited)).hasMatch(), qPrintable(row.at(deposited)));
            QCOMPARE(row.at(state), dossier_state::exportLabel(d.state));
            QCOMPARE(money::parse(row.at(cost)), std::optional<Cents>(d.totalCost));
            QVERIFY(row.at(team).contains(QLatin1Char('\n'))); // multi-line field survives quoting
        }
    }

    void xlsxHasTheThreeSheets()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("export.xlsx"));
        QVERIFY(ds_export::write(path, ds_export::Format::Xlsx, DsExportTable::Era::Y2021,
                                 ProgrammeReader::builtin(),
                                 DemoBuilder(Referential::instance()).build(10))
                    .ok());
        const QByteArray bytes = testing::readFile(path);
        QVERIFY(bytes.startsWith("PK"));
        for (const char* entry : {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                                  "xl/worksheets/sheet3.xml", "xl/workbook.xml"})
            QVERIFY2(bytes.contains(entry), entry);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void unwritableDestinationFails()
    {
        const Status status =
            ds_export::write(QStringLiteral("/nonexistent-dir/x.csv"), ds_export::Format::Csv,
                             DsExportTable::Era::Y2021, ProgrammeReader::builtin(), {});
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QStringLiteral("/nonexistent-dir/x.csv")));
    }
};

QTEST_GUILESS_MAIN(TestDsExport)
#include "TestDsExport.moc"
