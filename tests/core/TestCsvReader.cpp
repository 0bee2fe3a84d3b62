#include "TestWorkspace.h"
#include "importer/CsvReader.h"

#include <QTest>

using namespace guichet;

namespace {

const QList<QStringList> kTable = {
    {QStringLiteral("ID"), QStringLiteral("Intitulé du projet"), QStringLiteral("Coût")},
    {QStringLiteral("1"), QStringLiteral("Portail « famille », phase 1"),
     QStringLiteral("16400,5")},
    {QStringLiteral("2"), QStringLiteral("Ligne 1\r\nLigne 2 avec \"guillemets\""),
     QStringLiteral("0")},
    {QStringLiteral("3"), QStringLiteral("Œuvre; virgule, point-virgule"), QStringLiteral("")},
};

QByteArray encode(const QList<QStringList>& rows, char separator, const QByteArray& lineEnd)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList fields;
        for (const QString& f : row) {
            const bool quote = f.contains(QLatin1Char(separator)) || f.contains(QLatin1Char('"')) ||
                               f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r'));
            QString escaped = f;
            escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            fields.append(quote ? QLatin1Char('"') + escaped + QLatin1Char('"') : f);
        }
        text += fields.join(QLatin1Char(separator)) + QString::fromLatin1(lineEnd);
    }
    return text.toUtf8();
}

QByteArray toCp1252(const QByteArray& utf8)
{
    // The test table's characters: Latin-1 ones plus Œ (0x8C) and the guillemets (0xAB, 0xBB).
    QByteArray out;
    for (const QChar c : QString::fromUtf8(utf8))
        out += c.unicode() == 0x0152 ? char(0x8C) : char(c.unicode());
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void dialects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<char>("separator");
        const QByteArray ds = encode(kTable, ',', "\n");
        const QByteArray excel = encode(kTable, ';', "\r\n");
        QTest::addRow("DS: comma, UTF-8, LF") << ds << int(CsvReader::Encoding::Utf8) << ',';
        QTest::addRow("re-saved: semicolon, Windows-1252, CRLF")
            << toCp1252(excel) << int(CsvReader::Encoding::Windows1252) << ';';
        QTest::addRow("re-saved: semicolon, UTF-8 with BOM, CRLF")
            << QByteArray("\xEF\xBB\xBF") + excel << int(CsvReader::Encoding::Utf8) << ';';
        QTest::addRow("no final line end")
            << ds.chopped(1) << int(CsvReader::Encoding::Utf8) << ',';
        QTest::addRow("old Mac line ends")
            << encode(kTable, ',', "\r") << int(CsvReader::Encoding::Utf8) << ',';
    }
    void dialects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(char, separator);
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("export.csv"));
        testing::writeFile(path, bytes);
        CsvReader reader(path);
        QVERIFY(reader.open().ok());
        QCOMPARE(int(reader.encoding()), encoding);
        QCOMPARE(reader.separator(), separator);
        QCOMPARE(reader.headers(), kTable.constFirst());
        ImportRow row;
        const QList<qint64> lines = {2, 3, 5};
        for (int r = 1; r < kTable.size(); ++r) {
            QVERIFY(reader.next(row));
            QStringList cells;
            for (const ImportCell& cell : std::as_const(row.cells))
                cells.append(cell.text);
            QCOMPARE(cells, kTable.at(r));
            if (!bytes.contains("\r") || bytes.contains("\r\n"))
                QCOMPARE(row.position, lines.at(r - 1)); // where the record starts
        }
        QVERIFY(!reader.next(row));
        QVERIFY(!reader.error());
    }

    void headerOnlyAndEmpty()
    {
        testing::TestDir dir;
        const QString header = dir.path(QStringLiteral("header.csv"));
        testing::writeFile(header, "ID,État du dossier\n");
        CsvReader headerOnly(header);
        QVERIFY(headerOnly.open().ok());
        ImportRow row;
        QVERIFY(!headerOnly.next(row));
        QVERIFY(!headerOnly.error());

        const QString empty = dir.path(QStringLiteral("empty.csv"));
        testing::writeFile(empty, QByteArray());
        CsvReader none(empty);
        QVERIFY(!none.open().ok());
    }

    // Records are read in 1 MiB chunks: escapes, quoted line breaks and CR LF pairs must
    // survive every position of a chunk boundary.
    void chunkBoundaries()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("large.csv"));
        QList<QStringList> rows = {
            {QStringLiteral("ID"), QStringLiteral("Texte"), QStringLiteral("Fin")}};
        for (int i = 0; i < 120000; ++i)
            rows.append({QString::number(i),
                         QString(i % 13, QLatin1Char('x')) + QStringLiteral("\"cité\"\r\nsuite, é"),
                         QStringLiteral("z")});
        testing::writeFile(path, encode(rows, ',', "\r\n"));
        CsvReader reader(path);
        QVERIFY(reader.open().ok());
        ImportRow row;
        qint64 count = 0;
        while (reader.next(row)) {
            QCOMPARE(row.cells.size(), 3);
            QCOMPARE(row.cells.at(0).text, QString::number(count));
            QCOMPARE(row.cells.at(1).text, rows.at(count + 1).at(1));
            QCOMPARE(row.cells.at(2).text, QStringLiteral("z"));
            QCOMPARE(row.position, 2 + 2 * count);
            ++count;
        }
        QVERIFY(!reader.error());
        QCOMPARE(count, 120000);
        QCOMPARE(reader.progress(), reader.size());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
