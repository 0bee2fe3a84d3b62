#include "referential/CollectivityName.h"

#include <QTest>

using namespace guichet;

// The name builder elides « de » French-style, for the importer and the demo alike, and gives
// the applicant its article and the contractions of « de » and « à » for the documents.
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
        QTest::addRow("le contracted") << "Le Poizat"
                                       << "Commune du Poizat";
        QTest::addRow("les contracted") << "Les Neyrolles"
                                        << "Commune des Neyrolles";
        QTest::addRow("la kept") << "La Burbanche"
                                 << "Commune de La Burbanche";
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

    void applicantWithArticle_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("withArticle");
        QTest::addColumn<QString>("of");
        QTest::addColumn<QString>("to");
        QTest::addRow("commune, vowel")
            << QStringLiteral("Commune d'Évosges") << "commune"
            << QStringLiteral("la commune d'Évosges") << QStringLiteral("de la commune d'Évosges")
            << QStringLiteral("à la commune d'Évosges");
        QTest::addRow("CC in full")
            << "CC Bugey Sud"
            << "epci" << QStringLiteral("la communauté de communes Bugey Sud")
            << QStringLiteral("de la communauté de communes Bugey Sud")
            << QStringLiteral("à la communauté de communes Bugey Sud");
        QTest::addRow("CA in full")
            << "CA du Pays de Gex"
            << "epci" << QStringLiteral("la communauté d'agglomération du Pays de Gex")
            << QStringLiteral("de la communauté d'agglomération du Pays de Gex")
            << QStringLiteral("à la communauté d'agglomération du Pays de Gex");
        QTest::addRow("syndicat") << "Syndicat mixte du Haut-Bugey"
                                  << "syndicat"
                                  << "le syndicat mixte du Haut-Bugey"
                                  << "du syndicat mixte du Haut-Bugey"
                                  << "au syndicat mixte du Haut-Bugey";
        QTest::addRow("syndicat's acronym") << "SIEA"
                                            << "syndicat"
                                            << "le SIEA"
                                            << "du SIEA"
                                            << "au SIEA";
        QTest::addRow("acronym of another kind") << "SIEA"
                                                 << "autre"
                                                 << "SIEA"
                                                 << "de SIEA" << QStringLiteral("à SIEA");
        QTest::addRow("département") << QStringLiteral("Département de l'Ain") << "departement"
                                     << QStringLiteral("le département de l'Ain")
                                     << QStringLiteral("du département de l'Ain")
                                     << QStringLiteral("au département de l'Ain");
        QTest::addRow("région") << QStringLiteral("Région Auvergne-Rhône-Alpes") << "region"
                                << QStringLiteral("la région Auvergne-Rhône-Alpes")
                                << QStringLiteral("de la région Auvergne-Rhône-Alpes")
                                << QStringLiteral("à la région Auvergne-Rhône-Alpes");
        QTest::addRow("elided article")
            << QStringLiteral("Établissement public foncier de l'Ain") << "autre"
            << QStringLiteral("l'établissement public foncier de l'Ain")
            << QStringLiteral("de l'établissement public foncier de l'Ain")
            << QStringLiteral("à l'établissement public foncier de l'Ain");
        QTest::addRow("proper name")
            << QStringLiteral("Ain Numérique") << "autre" << QStringLiteral("Ain Numérique")
            << QStringLiteral("d'Ain Numérique") << QStringLiteral("à Ain Numérique");
        QTest::addRow("h aspirated") << "Haut-Bugey Agglomération"
                                     << "epci" << QStringLiteral("Haut-Bugey Agglomération")
                                     << QStringLiteral("de Haut-Bugey Agglomération")
                                     << QStringLiteral("à Haut-Bugey Agglomération");
        QTest::addRow("le contracted") << "Le Poizat"
                                       << "commune"
                                       << "Le Poizat"
                                       << "du Poizat"
                                       << "au Poizat";
        QTest::addRow("les contracted") << "Les Neyrolles"
                                        << "commune"
                                        << "Les Neyrolles"
                                        << "des Neyrolles"
                                        << "aux Neyrolles";
        QTest::addRow("stored before the contraction")
            << "Commune de Le Poizat"
            << "commune"
            << "la commune du Poizat"
            << "de la commune du Poizat" << QStringLiteral("à la commune du Poizat");
        QTest::addRow("la kept") << "La Burbanche"
                                 << "commune"
                                 << "La Burbanche"
                                 << "de La Burbanche" << QStringLiteral("à La Burbanche");
    }
    void applicantWithArticle()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, withArticle);
        QFETCH(QString, of);
        QFETCH(QString, to);
        QCOMPARE(collectivity::withArticle(name, kind), withArticle);
        QCOMPARE(collectivity::ofPhrase(withArticle), of);
        QCOMPARE(collectivity::toPhrase(withArticle), to);
    }

    void titleInSentence_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("inSentence");
        QTest::addColumn<QString>("of");
        QTest::addRow("préfet") << QStringLiteral("Le préfet de l'Ain")
                                << QStringLiteral("le préfet de l'Ain")
                                << QStringLiteral("du préfet de l'Ain");
        QTest::addRow("préfète") << QStringLiteral("La préfète de l'Ain")
                                 << QStringLiteral("la préfète de l'Ain")
                                 << QStringLiteral("de la préfète de l'Ain");
        QTest::addRow("secrétaire générale")
            << QStringLiteral("La secrétaire générale") << QStringLiteral("la secrétaire générale")
            << QStringLiteral("de la secrétaire générale");
        QTest::addRow("no article") << QStringLiteral("Mme Dupont") << QStringLiteral("Mme Dupont")
                                    << QStringLiteral("de Mme Dupont");
    }
    void titleInSentence()
    {
        QFETCH(QString, title);
        QFETCH(QString, inSentence);
        QFETCH(QString, of);
        QCOMPARE(collectivity::inSentence(title), inSentence);
        QCOMPARE(collectivity::ofPhrase(collectivity::inSentence(title)), of);
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
