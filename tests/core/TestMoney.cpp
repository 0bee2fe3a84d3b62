#include "common/Money.h"

#include <QTest>

using namespace guichet;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        const QString nnbsp(QChar(0x202F));
        const QString euro = QString(QChar(0x00A0)) + QChar(0x20AC);
        QTest::addRow("zero") << qint64(0) << QStringLiteral("0,00") + euro;
        QTest::addRow("cents only") << qint64(7) << QStringLiteral("0,07") + euro;
        QTest::addRow("thousands")
            << qint64(1234567) << QStringLiteral("12") + nnbsp + QStringLiteral("345,67") + euro;
        QTest::addRow("envelope") << qint64(29700000)
                                  << QStringLiteral("297") + nnbsp + QStringLiteral("000,00") +
                                         euro;
        QTest::addRow("millions") << qint64(123456789012)
                                  << QStringLiteral("1") + nnbsp + QStringLiteral("234") + nnbsp +
                                         QStringLiteral("567") + nnbsp + QStringLiteral("890,12") +
                                         euro;
        QTest::addRow("negative") << qint64(-150050)
                                  << QStringLiteral("-1") + nnbsp + QStringLiteral("500,50") + euro;
    }
    void format()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        QCOMPARE(money::format(cents), expected);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("cents");
        QTest::addRow("integer") << "12345" << true << qint64(1234500);
        QTest::addRow("dot decimal") << "12345.67" << true << qint64(1234567);
        QTest::addRow("comma decimal") << "12345,67" << true << qint64(1234567);
        QTest::addRow("one decimal") << "42.5" << true << qint64(4250);
        QTest::addRow("grouped French") << QStringLiteral("12 345,67 €") << true << qint64(1234567);
        QTest::addRow("nbsp grouped")
            << QStringLiteral("12\u202F345,00") << true << qint64(1234500);
        QTest::addRow("negative") << "-3,5" << true << qint64(-350);
        QTest::addRow("exact float trap") << "0.29" << true << qint64(29);
        QTest::addRow("three decimals") << "1.234" << false << qint64(0);
        QTest::addRow("two separators") << "1.234,56" << false << qint64(0);
        QTest::addRow("letters") << "12a" << false << qint64(0);
        QTest::addRow("empty") << "" << false << qint64(0);
        QTest::addRow("trailing separator") << "12." << false << qint64(0);
        QTest::addRow("leading separator") << ",5" << false << qint64(0);
        QTest::addRow("space in decimals") << "1,2 3" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, cents);
        const std::optional<Cents> parsed = money::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, cents);
    }

    void plainRoundTrip()
    {
        for (qint64 cents : {qint64(0), qint64(5), qint64(1234567), qint64(-990)})
            QCOMPARE(money::parse(money::formatPlain(cents)).value(), cents);
        QCOMPARE(money::formatPlain(1640000), QStringLiteral("16400.00"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
