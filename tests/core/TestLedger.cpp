// The ledger: payment ceilings (décret 2018-514, art. 12), the guard of the envelope, nothing
// ever deleted, and a property test of 10 000 random operations checking after each one that
// the balances add up to the cent and that nothing commits above the envelope unjustified.
#include "FakeClock.h"
#include "TestWorkspace.h"
#include "campaign/Campaign.h"
#include "dossier/DossierRepository.h"
#include "ledger/EnvelopeOverview.h"
#include "ledger/LedgerExport.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace guichet;

namespace {
Movement movement(Movement::Kind kind, qint64 dossier, Cents amount, QDate date = {2021, 9, 1})
{
    Movement m;
    m.kind = kind;
    m.dossier = dossier;
    m.amount = amount;
    m.date = date;
    m.reason = QStringLiteral("motif");
    return m;
}

QString plain(QString text)
{
    text.replace(QChar(0x202F), QLatin1Char(' '));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text;
}

// What the model knows of one dossier, kept by the test apart from the code under test.
struct Model
{
    bool attributed = false; // an attribution in force
    Cents attributedAmount = 0, committed = 0, advances = 0, instalments = 0, balance = 0;
    QList<Movement> entries; // reductions and payments of the attribution in force
    bool closed = false;
    Cents paid() const { return advances + instalments + balance; }
};
} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private slots:
    void paymentCeilings()
    {
        LedgerState state(29700000);
        const qint64 d = 7;
        QVERIFY(state.check(movement(Movement::Kind::Avance, d, 100), 0)
                    .error()
                    .message.contains(QStringLiteral("pas d'attribution")));
        const Movement attribution = movement(Movement::Kind::Attribution, d, 1000000);
        QVERIFY(state.check(attribution, 1000000));
        state.apply(attribution);

        auto refused = [&](Movement::Kind kind, Cents amount, const char* ceiling) {
            const Status status = state.check(movement(kind, d, amount), 0);
            if (status)
                return false;
            return status.error().kind == Error::Kind::BadInput &&
                   plain(status.error().message).contains(QString::fromUtf8(ceiling));
        };
        QVERIFY(
            refused(Movement::Kind::Avance, 300001, "30 % du montant attribué, soit 3 000,00 €"));
        QCOMPARE(state.find(d)->paymentRoom(Movement::Kind::Avance), Cents(300000));
        QCOMPARE(state.find(d)->paymentRoom(Movement::Kind::Acompte), Cents(800000));
        QCOMPARE(state.find(d)->paymentRoom(Movement::Kind::Solde), Cents(1000000));
        state.apply(movement(Movement::Kind::Avance, d, 300000));
        QCOMPARE(state.find(d)->paymentRoom(Movement::Kind::Avance), Cents(0));
        QCOMPARE(state.find(d)->paymentRoom(Movement::Kind::Acompte), Cents(500000));
        QVERIFY(refused(Movement::Kind::Avance, 1, "30 %"));
        QVERIFY(
            refused(Movement::Kind::Acompte, 500001, "80 % du montant attribué, soit 8 000,00 €"));
        state.apply(movement(Movement::Kind::Acompte, d, 500000));
        QVERIFY(refused(Movement::Kind::Solde, 200001, "le montant attribué, soit 10 000,00 €"));
        QVERIFY(refused(Movement::Kind::Avance, 100, "30 %"));
        // A payment never precedes its decision.
        QVERIFY(!state.check(movement(Movement::Kind::Solde, d, 100, {2021, 8, 1}), 0));
        state.apply(movement(Movement::Kind::Solde, d, 200000));
        QCOMPARE(state.find(d)->paid(), Cents(1000000));
        QVERIFY(!state.check(movement(Movement::Kind::Acompte, d, 1), 0)); // closed by the solde
        QCOMPARE(state.find(d)->paymentRoom(Movement::Kind::Solde), Cents(0));
        // Paid money cannot be freed.
        QVERIFY(!state.check(movement(Movement::Kind::Reduction, d, 100), 0));
        QVERIFY(!state.check(movement(Movement::Kind::Cancellation, d, 1000000), 0));
    }

    // A mistaken reduction or payment is corrected by its counter-entry: the same kind with the
    // opposite amount and a reason; it never gives back more than was entered.
    void counterEntries()
    {
        LedgerState state(1000000);
        const qint64 d = 3;
        state.apply(movement(Movement::Kind::Attribution, d, 600000));
        state.apply(movement(Movement::Kind::Reduction, d, 100000));
        state.apply(movement(Movement::Kind::Avance, d, 150000));
        state.apply(movement(Movement::Kind::Solde, d, 350000));
        QVERIFY(state.find(d)->closed);

        Movement unreasoned = movement(Movement::Kind::Solde, d, -350000);
        unreasoned.reason.clear();
        QVERIFY(!state.check(unreasoned, 0));
        QVERIFY(!state.check(movement(Movement::Kind::Avance, d, -150001), 0));
        QVERIFY(!state.check(movement(Movement::Kind::Reduction, d, -100001), 0));
        state.apply(movement(Movement::Kind::Solde, d, -350000));
        QVERIFY(!state.find(d)->closed); // the payments reopen
        QVERIFY(state.check(movement(Movement::Kind::Acompte, d, 250000), 0));
        QVERIFY(state.check(movement(Movement::Kind::Reduction, d, -100000), 0));
        state.apply(movement(Movement::Kind::Reduction, d, -100000));
        QCOMPARE(state.find(d)->committed, Cents(600000));
        QCOMPARE(state.totals().committed, Cents(600000));
        QCOMPARE(state.totals().paid, Cents(150000));
        // Credits freed then committed elsewhere are not given back over the envelope.
        state.apply(movement(Movement::Kind::Reduction, d, 200000));
        state.apply(movement(Movement::Kind::Attribution, 4, 600000));
        QVERIFY(!state.check(movement(Movement::Kind::Reduction, d, -200000), 0));
    }

    void guard()
    {
        LedgerState state(1000000); // 10 000 €
        state.apply(movement(Movement::Kind::Attribution, 1, 800000));
        Movement over = movement(Movement::Kind::Attribution, 2, 300000);
        const Status refused = state.check(over, 300000);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QVERIFY2(plain(refused.error().message).contains("dépasserait l'enveloppe de 1 000,00 €"),
                 qPrintable(refused.error().message));
        over.justification = QStringLiteral("Arbitrage du préfet : crédits de fin d'année.");
        QVERIFY(state.check(over, 300000));
        state.apply(over);
        QCOMPARE(state.remaining(), Cents(-100000));
        // An amendment cannot take the envelope below what is committed; a reduction frees.
        QVERIFY(!state.check(movement(Movement::Kind::EnvelopeAmendment, 0, -1), 0));
        QVERIFY(state.check(movement(Movement::Kind::EnvelopeAmendment, 0, 100000), 0));
        QVERIFY(state.check(movement(Movement::Kind::Reduction, 1, 100000), 0));
    }

    // 10 000 random operations through the campaign on a workspace of 30 dossiers; after each:
    // the store's totals equal the model's to the cent, a refused operation wrote nothing, and
    // committed exceeds the envelope only after a justified attribution. At the end, the
    // folded state, the overview and the exported ledger agree with the model.
    void randomOperations()
    {
        FakeClock fakeClock;
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("ledger.guichet"));
        QList<Dossier> dossiers;
        {
            auto ws = testing::createWorkspace(path);
            QVERIFY(ws);
            for (qint64 n = 1; n <= 30; ++n) {
                Dossier d = testing::eligibleDossier(
                    n, QStringLiteral("Commune %1").arg(n),
                    QStringLiteral("2101%1").arg(n, 5, 10, QLatin1Char('0')),
                    n % 3 == 0 ? QStringLiteral("3a") : QStringLiteral("3c"));
                d.requested = 500000 + n * 37011;
                dossiers.append(d);
            }
            QVERIFY(DossierRepository(*ws).insert(dossiers));
        }
        auto opened = Campaign::open(path);
        QVERIFY(opened);
        Campaign& campaign = **opened;
        campaign.setActor(QStringLiteral("Test"));
        const LedgerStore& ledger = campaign.ledger();

        QRandomGenerator random(20210915);
        QHash<qint64, Model> model;
        Cents envelope = campaign.programme().envelope, committed = 0, paid = 0;
        qint64 movements = 0;
        int accepted = 0, justified = 0;
        QDate date(2021, 6, 1);
        for (int op = 0; op < 10000; ++op) {
            if (random.bounded(20) == 0)
                date = date.addDays(1);
            const qint64 n = random.bounded(1, 31);
            Model& m = model[n];
            const Cents requested = dossiers.at(n - 1).requested;
            const int kind = random.bounded(100);
            Result<Movement> result = Error::failure(QString());
            bool expected = true; // whether the model says the operation must pass
            bool overrunOk = false;
            if (kind < 15) {
                DecisionRequest request;
                request.dossier = n;
                request.amount = random.bounded(1, int(requested / 100) + 1) * 100;
                request.date = date;
                if (random.bounded(4) == 0)
                    request.justification = QStringLiteral("Arbitrage.");
                overrunOk = !request.justification.isEmpty();
                // A cancelled attribution may be decided again.
                expected = !m.attributed && (committed + *request.amount <= envelope || overrunOk);
                result = campaign.decide(request);
            } else if (kind < 22) {
                const Cents cut = random.bounded(1, 200000);
                expected = m.attributed && cut < m.committed && m.committed - cut >= m.paid();
                result = campaign.reduceDecision(n, cut, QStringLiteral("Réduction."), date);
            } else if (kind < 27) {
                expected = m.attributed && m.paid() == 0;
                result = campaign.cancelDecision(n, QStringLiteral("Abandon."), date);
            } else if (kind < 32 && !m.entries.isEmpty()) {
                // The counter-entry of one of its reductions or payments, maybe given twice.
                const Movement entry = m.entries.at(random.bounded(int(m.entries.size())));
                const Cents back = entry.amount;
                expected =
                    entry.kind == Movement::Kind::Reduction
                        ? m.committed + back <= m.attributedAmount && committed + back <= envelope
                    : entry.kind == Movement::Kind::Avance  ? back <= m.advances
                    : entry.kind == Movement::Kind::Acompte ? back <= m.instalments
                                                            : back <= m.balance;
                result = campaign.counterEntry(entry, QStringLiteral("Erreur de saisie."));
            } else if (kind < 90) {
                const Movement::Kind payment =
                    std::array{Movement::Kind::Avance, Movement::Kind::Acompte,
                               Movement::Kind::Solde}[random.bounded(3)];
                const Cents amount = random.bounded(1, 300000);
                const Cents advanceCeiling = money::applyRate(m.committed, 3000);
                const Cents instalmentCeiling = money::applyRate(m.committed, 8000);
                expected =
                    m.attributed && !m.closed && m.paid() + amount <= m.committed &&
                    (payment != Movement::Kind::Avance || m.advances + amount <= advanceCeiling) &&
                    (payment == Movement::Kind::Solde ||
                     m.advances + m.instalments + amount <= instalmentCeiling);
                result = campaign.addPayment(n, payment, amount, date);
            } else {
                const Cents delta = random.bounded(-3000000, 3000000);
                expected = delta != 0 && envelope + delta >= committed;
                result =
                    campaign.amendEnvelope(delta, QStringLiteral("Délégation de crédits."), date);
            }
            QVERIFY2(
                result.ok() == expected,
                qPrintable(QStringLiteral("operation %1 (kind %2, dossier %3): %4")
                               .arg(op)
                               .arg(kind)
                               .arg(n)
                               .arg(result ? QStringLiteral("accepted") : result.error().message)));
            if (result) {
                ++accepted;
                ++movements;
                const Movement& w = *result;
                if ((w.kind == Movement::Kind::Reduction || w.isPayment()) && w.amount > 0)
                    m.entries.append(w);
                switch (w.kind) {
                case Movement::Kind::Attribution:
                    m.attributed = true;
                    m.attributedAmount = m.committed = w.amount;
                    committed += w.amount;
                    if (committed > envelope) {
                        QVERIFY(!w.justification.isEmpty());
                        ++justified;
                    }
                    break;
                case Movement::Kind::Reduction:
                    m.committed -= w.amount;
                    committed -= w.amount;
                    break;
                case Movement::Kind::Cancellation:
                    QCOMPARE(w.amount, m.committed);
                    committed -= m.committed;
                    m.committed = 0;
                    m.attributed = false;
                    m.entries.clear();
                    break;
                case Movement::Kind::Avance:
                    m.advances += w.amount;
                    paid += w.amount;
                    break;
                case Movement::Kind::Acompte:
                    m.instalments += w.amount;
                    paid += w.amount;
                    break;
                case Movement::Kind::Solde:
                    m.balance += w.amount;
                    m.closed = m.balance > 0;
                    paid += w.amount;
                    break;
                case Movement::Kind::EnvelopeAmendment:
                    envelope += w.amount;
                    QVERIFY(committed <= envelope);
                    break;
                default:
                    QFAIL("unexpected movement");
                }
            }
            const LedgerTotals totals = ledger.totals();
            QCOMPARE(totals.envelope, envelope);
            QCOMPARE(totals.committed, committed);
            QCOMPARE(totals.paid, paid);
            QVERIFY(totals.paid <= totals.committed);
            if (op % 1000 == 999) {
                const LedgerState state = ledger.state();
                QCOMPARE(state.totals().committed, committed);
                QCOMPARE(state.totals().paid, paid);
                QCOMPARE(state.totals().envelope, envelope);
                for (auto it = model.cbegin(); it != model.cend(); ++it) {
                    const DossierLedger* d = state.find(it.key());
                    QCOMPARE(d ? d->committed : 0, it->committed);
                    QCOMPARE(d ? d->paid() : 0, it->paid());
                }
            }
        }
        QVERIFY(accepted > 1000);
        QSqlQuery count(QStringLiteral("SELECT COUNT(*) FROM ledger_movements"),
                        campaign.workspace().database());
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toLongLong(), movements);

        // The exported ledger sums back to the same balances.
        const QString csvPath = dir.path(QStringLiteral("ledger.csv"));
        QVERIFY(ledger_export::write(ledger, csvPath, ledger_export::Format::Csv));
        const QList<QStringList> rows =
            testing::parseCsv(QString::fromUtf8(testing::readFile(csvPath)));
        QCOMPARE(rows.size(), movements + 1);
        const qsizetype c = rows.first().indexOf(QStringLiteral("committed_delta_cents"));
        const qsizetype p = rows.first().indexOf(QStringLiteral("paid_delta_cents"));
        const qsizetype e = rows.first().indexOf(QStringLiteral("envelope_delta_cents"));
        Cents sumCommitted = 0, sumPaid = 0, sumEnvelope = campaign.programme().envelope;
        for (const QStringList& row : rows.mid(1)) {
            sumCommitted += row.at(c).toLongLong();
            sumPaid += row.at(p).toLongLong();
            sumEnvelope += row.at(e).toLongLong();
        }
        QCOMPARE(sumCommitted, committed);
        QCOMPARE(sumPaid, paid);
        QCOMPARE(sumEnvelope, envelope);

        const auto overview =
            EnvelopeOverview::load(campaign.workspace().database(), campaign.programme());
        QVERIFY(overview);
        Cents bySubaxis = 0;
        for (const EnvelopeBalance& b : overview->balances().bySubaxis)
            bySubaxis += b.committed;
        QCOMPARE(bySubaxis, committed);
        QCOMPARE(*overview->balances().overall.remaining(), envelope - committed);
    }

    void nothingIsDeleted()
    {
        testing::TestDir dir;
        auto ws = testing::createDemoWorkspace(dir.path(QStringLiteral("d.guichet")), 40);
        QVERIFY(ws);
        QSqlQuery query(ws->database());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM ledger_movements")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE ledger_movements SET amount_cents = 0")));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "TestLedger.moc"
