#include "referential/CollectivityName.h"

#include <QTest>

using namespace guichet;

// The name builder elides « de » French-style, for the importer and the demo alike.
class TestCollectivityName : public QObject
{
    Q_OBJECT

private slots:
    void communeName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("consonant") << "Belley"
                                   << "Commune de Belley";
        QTest::addRow("vowel") << QStringLiteral("Ambérieu-en-Bugey")
                               << QStringLiteral("Commune d'Ambérieu-en-Bugey");
        QTest::addRow("É") << QStringLiteral("Évosges") << QStringLiteral("Commune d'Évosges");
        QTest::addRow("È") << QStringLiteral("Èze") << QStringLiteral("Commune d'Èze");
        QTest::addRow("Ê") << QStringLiteral("Êtres") << QStringLiteral("Commune d'Êtres");
        QTest::addRow("Î") << QStringLiteral("Île-d'Houat")
                           << QStringLiteral("Commune d'Île-d'Houat");
        QTest::addRow("Ô") << QStringLiteral("Ôchy") << QStringLiteral("Commune d'Ôchy");
        QTest::addRow("Â") << QStringLiteral("Âges") << QStringLiteral("Commune d'Âges");
        QTest::addRow("Œ") << QStringLiteral("Œuilly") << QStringLiteral("Commune d'Œuilly");
        QTest::addRow("U") << "Ugine"
                           << "Commune d'Ugine";
        QTest::addRow("O") << "Oyonnax"
                           << "Commune d'Oyonnax";
        QTest::addRow("I") << "Izernore"
                           << "Commune d'Izernore";
        QTest::addRow("A") << "Ars-sur-Formans"
                           << "Commune d'Ars-sur-Formans";
        QTest::addRow("h aspirated") << "Hauteville-Lompnes"
                                     << "Commune de Hauteville-Lompnes";
        QTest::addRow("y before a consonant") << "Yvoire"
                                              << "Commune d'Yvoire";
        QTest::addRow("y before a vowel") << "Yenne"
                                          << "Commune de Yenne";
        QTest::addRow("y before an accented vowel")
            << QStringLiteral("Yèbles") << QStringLiteral("Commune de Yèbles");
        QTest::addRow("y alone") << "Y"
                                 << "Commune d'Y";
        QTest::addRow("article") << "L'Abergement-Clémenciat"
                                 << "Commune de L'Abergement-Clémenciat";
    }
    void communeName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        Collectivity commune;
        commune.kind = Collectivity::Kind::Commune;
        commune.name = name;
        QCOMPARE(collectivity::displayName(commune), expected);
        QCOMPARE(collectivity::communeOf(expected), name);
    }

    void epciKeepsItsName()
    {
        Collectivity epci;
        epci.kind = Collectivity::Kind::Epci;
        epci.name = QStringLiteral("CC de la Plaine de l'Ain");
        QCOMPARE(collectivity::displayName(epci), epci.name);
        QCOMPARE(collectivity::communeOf(epci.name), QString());
    }
};

QTEST_GUILESS_MAIN(TestCollectivityName)
#include "TestCollectivityName.moc"
