#include "common/TextFold.h"

#include <QTest>

using namespace guichet;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("ascii") << "Bourg-en-Bresse"
                               << "bourg-en-bresse";
        QTest::addRow("accents") << QStringLiteral("Échenevex Ménétrux") << "echenevex menetrux";
        QTest::addRow("cedilla") << QStringLiteral("Françoise") << "francoise";
        QTest::addRow("ligature") << QStringLiteral("Œuvre Cœur") << "oeuvre coeur";
        QTest::addRow("nbsp") << QStringLiteral("12\u00A0345") << "12 345";
        QTest::addRow("digits kept") << "4812305"
                                     << "4812305";
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(text::fold(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "TestTextFold.moc"
