#include "CliCommandTest.h"
#include "TestWorkspace.h"
#include "campaign/Campaign.h"
#include "cli/Cli.h"
#include "ledger/EnvelopeOverview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace guichet;

// The envelope's commands in-process: amounts, decisions, payments, the ledger, scenarios.
class TestCliEnvelopeCommands : public testing::CliCommandTest
{
    Q_OBJECT

private slots:
    // The envelope's commands on an older workspace: each says what it did in one line, and
    // the balances `guichet envelope` prints are the sums of the exported ledger.
    void envelopeCommandsSayWhatTheyDid()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("older.guichet"));
        writeOlderWorkspace(path);
        const QString d42 = QString::number(kOlderDossier);
        const QList<QStringList> steps = {
            {"amounts", "set", path, "--dossier", d42, "--rate-percent", "74", "--reason",
             "Taux du comité"},
            {"decide", path, "--dossier", d42, "--decision", "attribution", "--date", "2021-09-15"},
            {"payments", "add", path, "--dossier", d42, "--kind", "avance", "--amount-cents", "15",
             "--date", "2021-09-20"},
            // The avance, movement 3, typed by mistake: its counter-entry, then the right one.
            {"ledger", "counter-entry", path, "--movement", "3", "--reason", "Erreur de saisie"},
            {"payments", "add", path, "--dossier", d42, "--kind", "avance", "--amount-cents", "15",
             "--date", "2021-09-21"},
            {"decision", "reduce", path, "--dossier", d42, "--amount-cents", "10", "--reason",
             "Devis révisé"},
            {"decide", path, "--dossier", "43", "--decision", "sans_suite"},
            {"decision", "cancel", path, "--dossier", "43", "--reason", "Erreur de saisie"},
            {"scenario", "save", path, "--name", "Tout", "--cutoff-rank", "100"},
            {"scenario", "adopt", path, "Tout"},
            {"export", path, "--what", "ledger", "--output", dir.path(QStringLiteral("l.csv"))},
        };
        for (const QStringList& step : steps) {
            const Run run = guichet(step);
            QVERIFY2(run.exitCode == 0, qPrintable(step.join(QLatin1Char(' ')) + run.err));
            QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
        }
        const Run unknown = guichet(
            {QStringLiteral("scenario"), QStringLiteral("show"), path, QStringLiteral("Z")});
        QCOMPARE(unknown.exitCode, int(cli::BadInput));
        const Run shown = guichet({QStringLiteral("scenario"), QStringLiteral("show"), path,
                                   QStringLiteral("Tout"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(shown.out.toUtf8())[QStringLiteral("adopted")].toBool());
        const Run envelope = guichet({QStringLiteral("envelope"), path, QStringLiteral("--json")});
        QCOMPARE(envelope.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(envelope.out.toUtf8()).object();
        for (const char* key : {"envelope_cents", "proposed_cents", "committed_cents", "paid_cents",
                                "remaining_cents", "by_subaxis"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json[QStringLiteral("by_subaxis")][QStringLiteral("3c")]
                     [QStringLiteral("committed_cents")]
                         .toInteger(),
                 40); // 74 % × 1,00 € capped at the 0,50 € requested, less 0,10 €
        const QList<QStringList> rows = testing::parseCsv(
            QString::fromUtf8(testing::readFile(dir.path(QStringLiteral("l.csv")))));
        QCOMPARE(rows.size(), 9);
        Cents committed = 0, paid = 0;
        for (const QStringList& row : rows.mid(1)) {
            committed +=
                row.at(rows.first().indexOf(QStringLiteral("committed_delta_cents"))).toLongLong();
            paid += row.at(rows.first().indexOf(QStringLiteral("paid_delta_cents"))).toLongLong();
        }
        QCOMPARE(json[QStringLiteral("committed_cents")].toInteger(), committed);
        QCOMPARE(json[QStringLiteral("paid_cents")].toInteger(), paid);
        QCOMPARE(json[QStringLiteral("remaining_cents")].toInteger(),
                 json[QStringLiteral("envelope_cents")].toInteger() - committed);

        const Run listing = guichet({QStringLiteral("dossiers"), path});
        const QJsonObject first =
            QJsonDocument::fromJson(listing.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(first[QStringLiteral("decision")].toString(), QStringLiteral("attribution"));
        QCOMPARE(first[QStringLiteral("decided_cents")].toInteger(), 40);
        QCOMPARE(first[QStringLiteral("paid_cents")].toInteger(), 15);
        QVERIFY(first[QStringLiteral("amount_basis")].toString().contains(QStringLiteral("74")));
    }

    // The guard through the CLI: over the envelope without a justification, exit 2 and the
    // file unchanged; with one, the attribution is recorded.
    void guardWantsAJustification()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("guard.guichet"));
        qint64 dossier = 0;
        {
            QVERIFY(testing::createDemoWorkspace(path, 40));
            auto campaign = Campaign::open(path);
            QVERIFY(campaign);
            const auto overview = EnvelopeOverview::load(campaign.value()->workspace().database(),
                                                         campaign.value()->programme());
            for (auto it = overview->all().cbegin(); it != overview->all().cend(); ++it) {
                if (it->isPending() && it->proposed() > 100)
                    dossier = it.key();
            }
            QVERIFY(dossier > 0);
            // One euro left in the envelope.
            QVERIFY(campaign.value()->amendEnvelope(
                -overview->balances().overall.remaining().value() + 100,
                QStringLiteral("Crédits repris"), QDate(2021, 10, 1)));
        }
        const QStringList decide = {QStringLiteral("decide"),     path,
                                    QStringLiteral("--dossier"),  QString::number(dossier),
                                    QStringLiteral("--decision"), QStringLiteral("attribution")};
        const QByteArray before = testing::fileDigest(path);
        const Run refused = guichet(decide);
        QCOMPARE(refused.exitCode, int(cli::BadInput));
        QVERIFY2(refused.err.contains(QStringLiteral("dépasserait l'enveloppe de")),
                 qPrintable(refused.err));
        QCOMPARE(testing::fileDigest(path), before);
        const Run justified = guichet(decide + QStringList{QStringLiteral("--justification"),
                                                           QStringLiteral("Arbitrage du préfet")});
        QVERIFY2(justified.exitCode == 0, qPrintable(justified.err));
        const QJsonObject json =
            QJsonDocument::fromJson(
                guichet({QStringLiteral("envelope"), path, QStringLiteral("--json")}).out.toUtf8())
                .object();
        QVERIFY(json[QStringLiteral("remaining_cents")].toInteger() < 0);
    }
};

QTEST_GUILESS_MAIN(TestCliEnvelopeCommands)
#include "TestCliEnvelopeCommands.moc"
