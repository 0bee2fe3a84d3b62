// Proposed amounts from the programme's rules, data-driven: forfaits by applicant kind and
// population band, rates × eligible cost, the caps (amount requested, maximum rate), the
// rounding, the seeds' real case, and each band edge.
#include "TestWorkspace.h"
#include "ledger/AmountRules.h"
#include "programme/ProgrammeReader.h"

#include <QTest>

using namespace guichet;

Q_DECLARE_METATYPE(std::optional<int>)

namespace {
// The basis with ordinary spaces, whatever spaces French typography put in it.
QString plain(QString text)
{
    text.replace(QChar(0x202F), QLatin1Char(' '));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text;
}

Dossier dossier(const QString& subaxis, const QString& kind, std::optional<int> population,
                Cents total, Cents requested, Cents personnel = 0)
{
    Dossier d = testing::eligibleDossier(1, QStringLiteral("Commune"), QString(), subaxis);
    d.applicantKind = kind;
    d.population = population;
    d.totalCost = total;
    d.requested = requested;
    d.personnelCost = personnel;
    return d;
}
} // namespace

class TestAmounts : public QObject
{
    Q_OBJECT

    const Programme m_programme = ProgrammeReader::builtin();

private slots:
    void fromRules_data()
    {
        QTest::addColumn<QString>("subaxis");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<std::optional<int>>("population");
        QTest::addColumn<Cents>("total");
        QTest::addColumn<Cents>("requested");
        QTest::addColumn<Cents>("personnel");
        QTest::addColumn<Cents>("amount");
        QTest::addColumn<QString>("basis");

        using P = std::optional<int>;
        QTest::newRow("3a commune 4 999")
            << "3a"
            << "commune" << P(4999) << Cents(1200000) << Cents(900000) << Cents(0) << Cents(500000)
            << "forfait commune < 5 000 hab.";
        QTest::newRow("3a commune 5 000")
            << "3a"
            << "commune" << P(5000) << Cents(1200000) << Cents(1100000) << Cents(0)
            << Cents(1000000) << "forfait commune ≥ 5 000 hab.";
        QTest::newRow("3a EPCI") << "3a"
                                 << "epci" << P(34086) << Cents(3000000) << Cents(3000000)
                                 << Cents(0) << Cents(2000000)
                                 << "forfait EPCI, département, région";
        QTest::newRow("3a forfait above request")
            << "3a"
            << "commune" << P(800) << Cents(1200000) << Cents(300000) << Cents(0) << Cents(300000)
            << "forfait commune < 5 000 hab. (plafonné au montant sollicité)";
        QTest::newRow("3a forfait above the eligible cost")
            << "3a"
            << "commune" << P(800) << Cents(450000) << Cents(600000) << Cents(50000)
            << Cents(400000) << "forfait commune < 5 000 hab. (plafonné à 100 % du coût éligible)";
        QTest::newRow("3b commune 4 999: 100 %")
            << "3b"
            << "commune" << P(4999) << Cents(1000000) << Cents(1000000) << Cents(0)
            << Cents(1000000) << "100 % × 10 000,00 €";
        QTest::newRow("3b commune 5 000: 80 %")
            << "3b"
            << "commune" << P(5000) << Cents(1000000) << Cents(1000000) << Cents(0) << Cents(800000)
            << "80 % × 10 000,00 €";
        QTest::newRow("3c EPCI 80 %, personnel excluded")
            << "3c"
            << "epci" << P(34086) << Cents(5200000) << Cents(5000000) << Cents(200000)
            << Cents(4000000) << "80 % × 50 000,00 €";
        // Seed 004: Vern-sur-Seiche, 8 169 inhabitants, 27 950 € eligible, 20 683 € granted.
        QTest::newRow("Vern-sur-Seiche")
            << "3c"
            << "commune" << P(8169) << Cents(2800000) << Cents(2068300) << Cents(5000)
            << Cents(2068300) << "80 % × 27 950,00 € (plafonné au montant sollicité)";
        QTest::newRow("rounded down to the cent")
            << "3c"
            << "commune" << P(9000) << Cents(12347) << Cents(100000) << Cents(0) << Cents(9877)
            << "80 % × 123,47 €"; // 98,776 €
    }

    void fromRules()
    {
        QFETCH(QString, subaxis);
        QFETCH(QString, kind);
        QFETCH(std::optional<int>, population);
        QFETCH(Cents, total);
        QFETCH(Cents, requested);
        QFETCH(Cents, personnel);
        QFETCH(Cents, amount);
        QFETCH(QString, basis);
        const auto proposed =
            AmountRules(m_programme)
                .fromRules(dossier(subaxis, kind, population, total, requested, personnel));
        QVERIFY(proposed);
        QCOMPARE(proposed->amount, amount);
        QCOMPARE(plain(proposed->basis()), basis);
    }

    void vernSurSeicheAtTheCommitteesRate()
    {
        const Dossier vern =
            dossier(QStringLiteral("3c"), QStringLiteral("commune"), 8169, 2800000, 2500000, 5000);
        Movement rate;
        rate.kind = Movement::Kind::Proposal;
        rate.rate = 7400;
        const ProposedAmount proposed = AmountRules(m_programme).fromMovement(vern, rate);
        QCOMPARE(proposed.amount, Cents(2068300)); // 20 683,00 €
        QCOMPARE(plain(proposed.basis()), "74 % × 27 950,00 € (taux fixé par l'instructeur)");
        // The same rate on a smaller request: capped, and said so.
        Dossier smaller = vern;
        smaller.requested = 2000000;
        QCOMPARE(plain(AmountRules(m_programme).fromMovement(smaller, rate).basis()),
                 "74 % × 27 950,00 € (taux fixé par l'instructeur, plafonné au montant sollicité)");
    }

    void noRuleNoProposal()
    {
        // Rates depend on the population: an unknown one leaves the amount to the instructor.
        QVERIFY(!AmountRules(m_programme)
                     .fromRules(dossier(QStringLiteral("3c"), QStringLiteral("commune"),
                                        std::nullopt, 1000000, 1000000)));
    }

    void versionOneProgrammeKeepsItsMaximumRate()
    {
        QByteArray document = ProgrammeReader::builtinDocument();
        const qsizetype start = document.indexOf("  \"rates\"");
        const qsizetype end = document.indexOf("  \"committee\"");
        document.remove(start, end - start);
        document.replace("\"schema_version\": 2", "\"schema_version\": 1");
        const auto outcome = ProgrammeReader::read(document);
        QVERIFY2(outcome.programme, qPrintable(ProgrammeReader::describe(outcome.issues)));
        QVERIFY(outcome.programme->rates.isEmpty());
        const auto proposed =
            AmountRules(*outcome.programme)
                .fromRules(dossier(QStringLiteral("3c"), QStringLiteral("commune"), 8169, 1000000,
                                   1000000));
        QCOMPARE(proposed->amount, Cents(1000000));
        // A version 1 document may not have the key of version 2.
        QByteArray mixed = ProgrammeReader::builtinDocument();
        mixed.replace("\"schema_version\": 2", "\"schema_version\": 1");
        QVERIFY(!ProgrammeReader::read(mixed).programme);
    }

    void instructorAmountsAreChecked()
    {
        const AmountRules rules(m_programme);
        const Dossier d = dossier(QStringLiteral("3c"), QStringLiteral("commune"), 8169, 1000000,
                                  900000, 200000); // eligible 8 000 €
        QVERIFY(rules.checkAmount(d, 800000));
        QCOMPARE(rules.checkAmount(d, 900001).error().kind, Error::Kind::BadInput);
        const Status aboveRate = rules.checkAmount(d, 850000);
        QVERIFY(!aboveRate);
        QVERIFY(plain(aboveRate.error().message).contains("100 %"));
        QVERIFY(!rules.checkRate(10001));
        QVERIFY(!rules.checkRate(0));
        QVERIFY(rules.checkRate(7450));
    }

    void rates()
    {
        QCOMPARE(money::applyRate(2795000, 7400), Cents(2068300));
        QCOMPARE(money::applyRate(Cents(1) << 50, kFullRate), Cents(1) << 50);
        QCOMPARE(money::parseRate(u"74,5"), std::optional<Rate>(7450));
        QCOMPARE(money::parseRate(u"100"), std::optional<Rate>(10000));
        QVERIFY(!money::parseRate(u"100,01"));
        QVERIFY(!money::parseRate(u"7,455"));
        QCOMPARE(plain(money::formatRate(7450)), "74,5 %");
    }
};

QTEST_GUILESS_MAIN(TestAmounts)
#include "TestAmounts.moc"
