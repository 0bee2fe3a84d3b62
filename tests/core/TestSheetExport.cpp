#include "InstructionFixture.h"
#include "exportgen/ListExport.h"
#include "instruction/SelectionGrid.h"
#include "programme/ProgrammeReader.h"

#include <QTest>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>

using namespace guichet;

namespace {

QByteArray zipEntry(const QString& zipPath, const QString& name)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A cell as the workbook holds it.
struct XlsxCell
{
    QString type; // the t attribute: "" or "n" for a number
    int style = 0;
    QString value; // <v>, or the inline string's text
    bool formula = false;
};

// Cells by reference ("A1"), read back from the sheet's XML.
QHash<QString, XlsxCell> readCells(const QByteArray& xml)
{
    QHash<QString, XlsxCell> cells;
    QXmlStreamReader reader(xml);
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("c")) {
            current = reader.attributes().value(QLatin1String("r")).toString();
            cells[current].type = reader.attributes().value(QLatin1String("t")).toString();
            cells[current].style = reader.attributes().value(QLatin1String("s")).toInt();
        } else if (reader.name() == QLatin1String("v") || reader.name() == QLatin1String("t")) {
            cells[current].value = reader.readElementText();
        } else if (reader.name() == QLatin1String("f")) {
            cells[current].formula = true;
        }
    }
    return cells;
}

// The fill colour ("FF3182BD") of each cell style, from styles.xml.
QList<QString> styleFills(const QByteArray& xml)
{
    QList<QString> fills;
    QList<QString> styles;
    QXmlStreamReader reader(xml);
    bool inCellXfs = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("fill"))
            fills.append(QString());
        else if (reader.name() == QLatin1String("fgColor"))
            fills.last() = reader.attributes().value(QLatin1String("rgb")).toString();
        else if (reader.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (inCellXfs && reader.name() == QLatin1String("xf"))
            styles.append(fills.value(reader.attributes().value(QLatin1String("fillId")).toInt()));
    }
    return styles;
}

QString cellName(int column, int row)
{
    QString name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name + QString::number(row);
}

int rowOf(const SelectionGrid& grid, qint64 number)
{
    for (int row = 0; row < grid.rowCount(); ++row) {
        if (grid.text(row, SelectionGrid::Number) == QString::number(number))
            return row;
    }
    return -1;
}

} // namespace

// The selection grid's colour bands and columns, and the exports a French office opens: the
// workbook cell by cell, the two CSV flavours byte by byte, the dossier list's table.
class TestSheetExport : public QObject
{
    Q_OBJECT

    const Programme m_programme = ProgrammeReader::builtin();
    const QList<Dossier> m_dossiers = testing::gridDossiers();
    const int m_impact = SelectionGrid::FirstCriterion; // the first criterion

private slots:
    void distinctMeansGetDistinctBands()
    {
        SelectionGrid grid(m_programme, m_dossiers, testing::gridOverview(m_dossiers, m_programme));
        QCOMPARE(grid.criterion(m_impact)->code, QStringLiteral("impact"));
        const auto two = grid.fill(rowOf(grid, 201), m_impact);
        const auto three = grid.fill(rowOf(grid, 202), m_impact);
        const auto twoAndAHalf = grid.fill(rowOf(grid, 203), m_impact);
        QVERIFY(two && three && twoAndAHalf);
        QVERIFY(*two != *three);
        QVERIFY(*twoAndAHalf != *two && *twoAndAHalf != *three);
        // Another criterion at 3,0 shares the 3,0 band: the band follows the value alone.
        QCOMPARE(grid.fill(rowOf(grid, 201), m_impact + 1), three);
        // One band per half level of the 0–3 scale, ColorBrewer's 7-class "Blues".
        const QList<SelectionGrid::Band> bands = grid.bands();
        QCOMPARE(bands.size(), 7);
        QCOMPARE(bands.at(4).value, 2.0);
        QCOMPARE(bands.at(4).colour, *two);
        QCOMPARE(bands.at(6).colour, *three);
        QCOMPARE(bands.at(0).colour, 0xEFF3FFu);
        // The value is printed in the cell whatever its colour.
        QCOMPARE(grid.text(rowOf(grid, 203), m_impact), QStringLiteral("2,5 (2–3)"));
    }

    void criteriaOfAnotherSubaxisAreHidden()
    {
        SelectionGrid grid(m_programme, m_dossiers, testing::gridOverview(m_dossiers, m_programme));
        auto codes = [&grid] {
            QStringList list;
            for (int column = 0; column < grid.columnCount(); ++column) {
                if (const Criterion* c = grid.criterion(column))
                    list.append(c->code);
            }
            return list;
        };
        const QString competences = QStringLiteral("developpement_competences"); // 3b only
        QVERIFY(codes().contains(competences));
        grid.setSubaxis(QStringLiteral("3a"));
        QVERIFY(!codes().contains(competences));
        QCOMPARE(grid.columnCount(), SelectionGrid::FirstCriterion + 8 + 1);
        for (int row = 0; row < grid.rowCount(); ++row) {
            for (int column = 0; column < grid.columnCount(); ++column)
                QVERIFY(grid.text(row, column) != QStringLiteral("s.o."));
        }
        grid.setSubaxis(QStringLiteral("3b"));
        QVERIFY(codes().contains(competences));
        // Every header is the whole label; its tooltip too.
        for (int column = 0; column < grid.columnCount(); ++column) {
            QVERIFY(!grid.header(column).contains(QStringLiteral("…")));
            if (const Criterion* c = grid.criterion(column))
                QVERIFY(grid.headerToolTip(column).startsWith(c->label));
        }
    }

    void workbookHasNumbersFillsAndTheScreensOrder()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("grille.xlsx"));
        SelectionGrid grid(m_programme, m_dossiers, testing::gridOverview(m_dossiers, m_programme));
        QVERIFY(sheet::write(grid.sheet(), path, sheet::Format::Xlsx).ok());
        const QHash<QString, XlsxCell> cells =
            readCells(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        const QList<QString> fills = styleFills(zipEntry(path, QStringLiteral("xl/styles.xml")));
        QVERIFY(!cells.isEmpty());

        // The screen's order: the score and the flag, then each criterion's mean, min, max.
        const QStringList headers = {QStringLiteral("Rang"),
                                     QStringLiteral("Rang (sous-axe)"),
                                     QStringLiteral("Dossier"),
                                     QStringLiteral("Demandeur"),
                                     QStringLiteral("Sous-axe"),
                                     QStringLiteral("Éligibilité"),
                                     QStringLiteral("Note /100"),
                                     QStringLiteral("Désaccord"),
                                     QStringLiteral("Pertinence et impact (25) — moyenne"),
                                     QStringLiteral("Pertinence et impact — min"),
                                     QStringLiteral("Pertinence et impact — max")};
        for (int column = 0; column < headers.size(); ++column)
            QCOMPARE(cells.value(cellName(column, 1)).value, headers.at(column));
        QCOMPARE(cells.value(cellName(headers.size() + 3 * 9 - 3, 1)).value,
                 QStringLiteral("Instructeurs"));

        for (int row = 0; row < grid.rowCount(); ++row) {
            const int line = row + 2; // after the headers
            const XlsxCell number = cells.value(cellName(SelectionGrid::Number, line));
            QVERIFY(number.type.isEmpty() || number.type == QLatin1String("n"));
            QCOMPARE(number.value, grid.text(row, SelectionGrid::Number));
            const XlsxCell score = cells.value(cellName(SelectionGrid::Score, line));
            QVERIFY(score.type.isEmpty());
            QVERIFY(score.value.toDouble() > 50);
            const XlsxCell mean = cells.value(cellName(8, line));
            const XlsxCell min = cells.value(cellName(9, line));
            const XlsxCell max = cells.value(cellName(10, line));
            QVERIFY(mean.type.isEmpty() && min.type.isEmpty() && max.type.isEmpty());
            const auto fill = grid.fill(row, m_impact);
            QVERIFY(fill);
            QCOMPARE(fills.value(mean.style),
                     QStringLiteral("FF%1").arg(*fill, 6, 16, QLatin1Char('0')).toUpper());
            if (grid.text(row, SelectionGrid::Number) == QLatin1String("203")) {
                QCOMPARE(mean.value.toDouble(), 2.5);
                QCOMPARE(min.value, QStringLiteral("2"));
                QCOMPARE(max.value, QStringLiteral("3"));
            }
            // A name that looks like a formula stays an inline string.
            const XlsxCell applicant = cells.value(cellName(SelectionGrid::Applicant, line));
            QCOMPARE(applicant.type, QStringLiteral("inlineStr"));
            QVERIFY(!applicant.formula);
            if (grid.text(row, SelectionGrid::Number) == QLatin1String("202"))
                QCOMPARE(applicant.value, testing::kFormulaName);
        }
    }

    void csvFlavoursByteByByte()
    {
        Sheet table;
        table.headers = {QStringLiteral("Nom"), QStringLiteral("Montant"), QStringLiteral("Date")};
        table.rows = {
            {SheetCell::ofText(QStringLiteral("=1+1")), SheetCell::ofNumber(1234.5, 2),
             SheetCell::ofDate(QDate(2021, 3, 15))},
            {SheetCell::ofText(QStringLiteral("Bâgé; \"le\" bourg")), SheetCell::ofNumber(-2),
             SheetCell()},
            {SheetCell::ofText(QStringLiteral("+33")), SheetCell::ofText(QStringLiteral("-1")),
             SheetCell::ofText(QStringLiteral("@x"))},
            {SheetCell::ofText(QStringLiteral("\tA")), SheetCell::ofText(QStringLiteral("\rB")),
             SheetCell::ofText(QStringLiteral("a,b"))}};
        QCOMPARE(sheet::toCsv(table, sheet::Format::CsvExcel),
                 QByteArray("\xEF\xBB\xBF"
                            "Nom;Montant;Date\r\n"
                            "'=1+1;1234,50;15/03/2021\r\n"
                            "\"B\xC3\xA2g\xC3\xA9; \"\"le\"\" bourg\";-2;\r\n"
                            "'+33;'-1;'@x\r\n"
                            "'\tA;\"'\rB\";a,b\r\n"));
        QCOMPARE(sheet::toCsv(table, sheet::Format::CsvPlain),
                 QByteArray("Nom,Montant,Date\n"
                            "'=1+1,1234.50,2021-03-15\n"
                            "\"B\xC3\xA2g\xC3\xA9; \"\"le\"\" bourg\",-2,\n"
                            "'+33,'-1,'@x\n"
                            "'\tA,\"'\rB\",\"a,b\"\n"));
        QVERIFY(sheet::formatNamed(QStringLiteral("csv-excel")) == sheet::Format::CsvExcel);
        QVERIFY(sheet::formatNamed(QStringLiteral("csv")) == sheet::Format::CsvPlain);
        QVERIFY(!sheet::formatNamed(QStringLiteral("ods")));
    }

    void gridCsvNeutralisesFormulas()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("grille.csv"));
        SelectionGrid grid(m_programme, m_dossiers, testing::gridOverview(m_dossiers, m_programme));
        QVERIFY(sheet::write(grid.sheet(), path, sheet::Format::CsvExcel).ok());
        const QByteArray bytes = testing::readFile(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFRang;Rang (sous-axe);Dossier;"));
        QVERIFY(bytes.contains("\"'=HYPERLINK("));
        QVERIFY(bytes.contains(";2,50;2;3;")); // 203's impact: mean, min, max
    }

    void aFailedWriteLeavesNothing()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("missing/grille.xlsx"));
        SelectionGrid grid(m_programme, m_dossiers, testing::gridOverview(m_dossiers, m_programme));
        QVERIFY(!sheet::write(grid.sheet(), path, sheet::Format::Xlsx).ok());
        QVERIFY(!QFile::exists(path));
    }

    void listHasTypedValuesInTheGivenColumns()
    {
        const InstructionOverview overview = testing::gridOverview(m_dossiers, m_programme);
        const QList<const Dossier*> rows =
            list_export::defaultRows(m_dossiers, overview, QStringLiteral("3a"), std::nullopt);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)->number, qint64(201)); // by deposit date
        const Sheet table = list_export::sheet(
            rows, overview,
            {list_export::Requested, list_export::Number, list_export::DepositedAt});
        QCOMPARE(table.headers,
                 QStringList({QStringLiteral("Montant sollicité"), QStringLiteral("N° DS"),
                              QStringLiteral("Déposé le")}));
        QCOMPARE(table.rows.at(0).at(0).kind, SheetCell::Kind::Number);
        QCOMPARE(table.rows.at(0).at(0).number, 20720.0);
        QCOMPARE(table.rows.at(0).at(1).number, 201.0);
        QCOMPARE(table.rows.at(1).at(2).kind, SheetCell::Kind::Date);
        const auto verdict = overview.find(201)->eligibility.verdict;
        QCOMPARE(list_export::defaultRows(m_dossiers, overview, QString(), verdict).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSheetExport)
#include "TestSheetExport.moc"
