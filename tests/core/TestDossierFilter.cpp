#include "dossier/DossierFilter.h"

#include <QTest>

using namespace guichet;

namespace {
Dossier sample()
{
    Dossier d;
    d.number = 4812305;
    d.applicantName = QStringLiteral("Commune d'Échenevex");
    d.title = QStringLiteral("Réservation en ligne des salles municipales");
    d.subaxis = QStringLiteral("3c");
    d.state = DossierState::EnInstruction;
    return d;
}
} // namespace

class TestDossierFilter : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("subaxis");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("expected");
        QTest::addRow("empty") << ""
                               << ""
                               << "" << true;
        QTest::addRow("number prefix") << "48123"
                                       << ""
                                       << "" << true;
        QTest::addRow("collectivité without accent") << "echenevex"
                                                     << ""
                                                     << "" << true;
        QTest::addRow("title word upper case") << "SALLES"
                                               << ""
                                               << "" << true;
        QTest::addRow("title accent typed") << QStringLiteral("réservation") << ""
                                            << "" << true;
        QTest::addRow("two words anywhere") << "salles echen"
                                            << ""
                                            << "" << true;
        QTest::addRow("one word missing") << "salles portail"
                                          << ""
                                          << "" << false;
        QTest::addRow("absent") << "bourg"
                                << ""
                                << "" << false;
        QTest::addRow("subaxis match") << ""
                                       << "3c"
                                       << "" << true;
        QTest::addRow("subaxis mismatch") << ""
                                          << "3a"
                                          << "" << false;
        QTest::addRow("state match") << ""
                                     << ""
                                     << "en_instruction" << true;
        QTest::addRow("state mismatch") << ""
                                        << ""
                                        << "accepte" << false;
        QTest::addRow("all three") << "salles"
                                   << "3c"
                                   << "en_instruction" << true;
        QTest::addRow("text ok, state not") << "salles"
                                            << "3c"
                                            << "refuse" << false;
    }
    void matches()
    {
        QFETCH(QString, text);
        QFETCH(QString, subaxis);
        QFETCH(QString, state);
        QFETCH(bool, expected);
        DossierFilter filter;
        filter.setText(text);
        filter.setSubaxis(subaxis);
        filter.setState(dossier_state::fromApiName(state));
        const Dossier d = sample();
        QCOMPARE(filter.matches(d, DossierFilter::searchText(d)), expected);
    }

    void stateNamesRoundTrip()
    {
        for (DossierState state : dossier_state::all())
            QCOMPARE(dossier_state::fromApiName(dossier_state::apiName(state)), state);
        QVERIFY(!dossier_state::fromApiName(u"brouillon"));
        QCOMPARE(dossier_state::exportLabel(DossierState::SansSuite),
                 QStringLiteral("Classé sans suite"));
    }
};

QTEST_GUILESS_MAIN(TestDossierFilter)
#include "TestDossierFilter.moc"
