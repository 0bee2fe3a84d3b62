#include "LetterGenerator.h"
#include "Minutes.h"
#include "PdfText.h"
#include "TestWorkspace.h"
#include "campaign/Campaign.h"
#include "documents/DecisionLetters.h"
#include "storage/AuditLog.h"

#include <QTest>

using namespace guichet;
using testing::pdfText;

// What the documents say: the applicant with its article, the préfète's signature, the
// committee's visa only when a committee gave its avis, and where a correction says what it
// replaces.
class TestDocumentContent : public QObject
{
    Q_OBJECT

    testing::TestDir m_dir;
    std::unique_ptr<Campaign> m_campaign;

    qint64 firstDecided(Movement::Kind kind) const
    {
        for (const qint64 number : DecisionFacts::decidedDossiers(*m_campaign)) {
            auto facts = DecisionFacts::load(*m_campaign, number);
            if (facts && facts->decision.kind == kind)
                return number;
        }
        return 0;
    }

    // The shipped template of `kind` filled for `facts`, as rich text.
    static QString shippedFilled(DocumentTemplate::Kind kind, const DecisionFacts& facts)
    {
        return composeBody(
            DocumentTemplate::shipped(kind),
            facts.values(Letterhead(), QStringLiteral("2021-ARR-0001"), QDate(2021, 10, 1)),
            DocumentTemplate::shipped(DocumentTemplate::Kind::Recours),
            DocumentTemplate::shipped(DocumentTemplate::Kind::Rgpd));
    }

    static DecisionFacts attribution(const QString& applicant, const QString& kind)
    {
        DecisionFacts facts;
        facts.dossier.applicantName = applicant;
        facts.dossier.applicantKind = kind;
        facts.dossier.depositedAt = QDateTime(QDate(2021, 3, 2), QTime(10, 0));
        facts.decision.kind = Movement::Kind::Attribution;
        facts.decision.amount = 1000000;
        return facts;
    }

private slots:
    void initTestCase()
    {
        m_campaign = std::make_unique<Campaign>(
            testing::createDemoWorkspace(m_dir.path(QStringLiteral("demo.guichet")), 40));
        QVERIFY(
            m_campaign
                ->setLetterhead({{QStringLiteral("signataire_nom"), QStringLiteral("Jean Dupont")},
                                 {QStringLiteral("delegation_reference"),
                                  QStringLiteral("n° 01-2021-01-04-00001")},
                                 {QStringLiteral("delegation_date"), QStringLiteral("2021-01-04")}})
                .ok());
    }

    void applicantWithArticle_data()
    {
        QTest::addColumn<QString>("applicant");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("visa");
        QTest::newRow("commune") << QStringLiteral("Commune d'Évosges") << "commune"
                                 << QStringLiteral("présentée par la commune d'Évosges, reçue");
        QTest::newRow("communauté de communes")
            << "CC Bugey Sud"
            << "epci" << QStringLiteral("présentée par la communauté de communes Bugey Sud, reçue");
        QTest::newRow("syndicat") << "Syndicat mixte du Haut-Bugey"
                                  << "syndicat"
                                  << QStringLiteral(
                                         "présentée par le syndicat mixte du Haut-Bugey, reçue");
        QTest::newRow("proper name") << QStringLiteral("Ain Numérique") << "autre"
                                     << QStringLiteral("présentée par Ain Numérique, reçue");
    }
    void applicantWithArticle()
    {
        QFETCH(QString, applicant);
        QFETCH(QString, kind);
        QFETCH(QString, visa);
        const QString html =
            shippedFilled(DocumentTemplate::Kind::Arrete, attribution(applicant, kind));
        QVERIFY2(html.contains(visa.toHtmlEscaped()), qPrintable(html));
        // Offered in the editor's list of placeholders.
        const auto& all = placeholders::all();
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const placeholders::Placeholder& p) {
            return p.key == QLatin1String("le_beneficiaire");
        }));
    }

    void committeeVisaOnlyWhenThereWasOne_data()
    {
        QTest::addColumn<QDate>("committee");
        QTest::addColumn<QString>("visasEnd");
        QTest::newRow("with a committee")
            << QDate(2021, 6, 15)
            << QStringLiteral("reçue le 2 mars 2021 ;<br/>\nVu l'avis du comité de sélection du "
                              "15 juin 2021 ;</p>");
        QTest::newRow("without") << QDate() << QStringLiteral("reçue le 2 mars 2021 ;</p>");
    }
    void committeeVisaOnlyWhenThereWasOne()
    {
        QFETCH(QDate, committee);
        QFETCH(QString, visasEnd);
        DecisionFacts facts = attribution(QStringLiteral("Commune de Belley"), "commune");
        facts.committeeDate = committee;
        const QString html = shippedFilled(DocumentTemplate::Kind::Arrete, facts);
        QVERIFY2(html.contains(visasEnd), qPrintable(html));
        QCOMPARE(html.contains(QStringLiteral("Vu l'avis du comité")), committee.isValid());
        // A refusal given without reason says nothing in its place.
        DecisionFacts refused = facts;
        refused.decision.kind = Movement::Kind::Refus;
        QVERIFY(shippedFilled(DocumentTemplate::Kind::RefusIneligible, refused)
                    .contains(QStringLiteral("conditions d'éligibilité du fonds. </p>")));
    }

    void signatureFollowsTheIntitule_data()
    {
        QTest::addColumn<QString>("intitule");
        QTest::addColumn<QString>("delegate");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("unexpected");
        QTest::newRow("préfet, delegation")
            << QStringLiteral("PRÉFET DE L'AIN") << QStringLiteral("le secrétaire général")
            << QStringList{QStringLiteral("Le préfet de l'Ain, Vu la loi"),
                           QStringLiteral("Pour le préfet et par délégation, le secrétaire "
                                          "général, Jean Dupont"),
                           QStringLiteral("recours gracieux auprès du préfet de l'Ain"),
                           QStringLiteral("traitées par le préfet de l'Ain")}
            << QStringLiteral("préfète");
        QTest::newRow("préfète, delegation")
            << QStringLiteral("PRÉFÈTE DE L'AIN") << QStringLiteral("le secrétaire général")
            << QStringList{QStringLiteral("La préfète de l'Ain, Vu la loi"),
                           QStringLiteral("Pour la préfète et par délégation, le secrétaire "
                                          "général, Jean Dupont"),
                           QStringLiteral("recours gracieux auprès de la préfète de l'Ain"),
                           QStringLiteral("traitées par la préfète de l'Ain")}
            << QStringLiteral("préfet,");
        QTest::newRow("préfète signs") << QStringLiteral("PRÉFÈTE DE L'AIN") << QString()
                                       << QStringList{QStringLiteral("La préfète, Jean Dupont")}
                                       << QStringLiteral("délégation,");
        QTest::newRow("préfet signs")
            << QStringLiteral("PRÉFET DE L'AIN") << QString()
            << QStringList{QStringLiteral("Le préfet, Jean Dupont")} << QStringLiteral("préfète");
    }
    void signatureFollowsTheIntitule()
    {
        QFETCH(QString, intitule);
        QFETCH(QString, delegate);
        QFETCH(QStringList, expected);
        QFETCH(QString, unexpected);
        // Audited like every letterhead setting: one row per value changed.
        const Letterhead before = m_campaign->letterhead();
        const int changes = int(before.value(QStringLiteral("intitule")) != intitule) +
                            int(before.value(QStringLiteral("delegation_qualite")) != delegate);
        const qint64 audited = AuditLog(m_campaign->workspace().database()).count();
        const Status set =
            m_campaign->setLetterhead({{QStringLiteral("intitule"), intitule},
                                       {QStringLiteral("delegation_qualite"), delegate}});
        QVERIFY2(set, set ? "" : qPrintable(set.error().message));
        QCOMPARE(AuditLog(m_campaign->workspace().database()).count(), audited + changes);
        const qint64 dossier = firstDecided(Movement::Kind::Attribution);
        QVERIFY(dossier);
        auto drafts = LetterGenerator(*m_campaign).drafts(dossier, QDate(2021, 10, 15));
        QVERIFY(drafts);
        const QString text = pdfText(drafts->constFirst().pdf); // the arrêté
        for (const QString& words : expected)
            QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral(" | ") + text));
        QVERIFY2(!text.contains(unexpected), qPrintable(text));
    }

    void nominationVisa_data()
    {
        QTest::addColumn<QString>("intitule");
        QTest::addColumn<QString>("prefet");
        QTest::addColumn<QString>("nominated");
        QTest::addColumn<QString>("visa");
        QTest::newRow("not given")
            << QStringLiteral("PRÉFET DE L'AIN") << QStringLiteral("à compléter")
            << QStringLiteral("à compléter")
            << QStringLiteral("Vu le décret du à compléter portant nomination de à compléter en "
                              "qualité de préfet de l'Ain ;");
        QTest::newRow("préfète")
            << QStringLiteral("PRÉFÈTE DE L'AIN") << QStringLiteral("Mme Anne Martin")
            << QStringLiteral("2020-07-29")
            << QStringLiteral("Vu le décret du 29 juillet 2020 portant nomination de Mme Anne "
                              "Martin en qualité de préfète de l'Ain ;");
        QTest::newRow("préfet, first of the month")
            << QStringLiteral("PRÉFET DE L'AIN") << QStringLiteral("M. Paul Durand")
            << QStringLiteral("2019-06-01")
            << QStringLiteral("Vu le décret du 1er juin 2019 portant nomination de M. Paul "
                              "Durand en qualité de préfet de l'Ain ;");
    }
    void nominationVisa()
    {
        QFETCH(QString, intitule);
        QFETCH(QString, prefet);
        QFETCH(QString, nominated);
        QFETCH(QString, visa);
        const Status set =
            m_campaign->setLetterhead({{QStringLiteral("intitule"), intitule},
                                       {QStringLiteral("prefet_nom"), prefet},
                                       {QStringLiteral("nomination_date"), nominated}});
        QVERIFY2(set, set ? "" : qPrintable(set.error().message));
        const qint64 dossier = firstDecided(Movement::Kind::Attribution);
        auto drafts = LetterGenerator(*m_campaign).drafts(dossier, QDate(2021, 10, 15));
        QVERIFY(drafts);
        const QString arrete = pdfText(drafts->constFirst().pdf);
        // Between the decree on the préfets' powers and the delegation of signature.
        QVERIFY2(arrete.contains(QStringLiteral("projets d'investissement ; ") + visa +
                                 QStringLiteral(" Vu l'arrêté préfectoral")),
                 qPrintable(arrete));
        // The notification letter cites no visa.
        QVERIFY(!pdfText(drafts->at(1).pdf).contains(QStringLiteral("portant nomination")));
    }

    void nominationDateIsADate()
    {
        const Status refused = m_campaign->setLetterhead(
            {{QStringLiteral("nomination_date"), QStringLiteral("29/07/2020")}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("nomination_date")),
                 qPrintable(refused.error().message));
    }

    void correctionNoticeUnderTheTitle()
    {
        QVERIFY(
            m_campaign
                ->setLetterhead({{QStringLiteral("intitule"), QStringLiteral("PRÉFET DE L'AIN")},
                                 {QStringLiteral("delegation_qualite"),
                                  QStringLiteral("le secrétaire général")}})
                .ok());
        const qint64 dossier = firstDecided(Movement::Kind::Attribution);
        LetterGenerator generator(*m_campaign);
        auto issued = generator.issue(dossier, QDate(2021, 10, 15));
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
        auto corrected = generator.correct(dossier, QDate(2021, 10, 18));
        QVERIFY(corrected);
        QCOMPARE(corrected->size(), 2);
        // The arrêté: the notice right under its title, before the visas.
        const QString arrete = pdfText(corrected->at(0).pdf);
        const QString arreteNotice =
            QStringLiteral(
                "Le présent arrêté annule et remplace l'arrêté n° %1 du 15 octobre 2021.")
                .arg(issued->at(0).number);
        const qsizetype title =
            arrete.indexOf(QStringLiteral("ARRÊTÉ N° %1").arg(corrected->at(0).number));
        QVERIFY2(arrete.indexOf(QStringLiteral("Fraternité")) < title, qPrintable(arrete));
        QVERIFY2(title < arrete.indexOf(arreteNotice), qPrintable(arrete));
        QVERIFY2(arrete.indexOf(arreteNotice) < arrete.indexOf(QStringLiteral("Vu la loi")),
                 qPrintable(arrete));
        // The letter: under its references, before the letter opens.
        const QString letter = pdfText(corrected->at(1).pdf);
        const qsizetype notice = letter.indexOf(
            QStringLiteral("La présente lettre annule et remplace la lettre n° %1 du 15 octobre "
                           "2021.")
                .arg(issued->at(1).number));
        QVERIFY2(letter.indexOf(QStringLiteral("P.J. :")) < notice, qPrintable(letter));
        QVERIFY2(notice < letter.indexOf(QStringLiteral("J'ai le plaisir")), qPrintable(letter));
    }

    void minutesFinanceAsOfTheSession()
    {
        auto financeOf = [this](int session) {
            auto source = minutes::compose(*m_campaign, session);
            const QString html = source ? source->html : QString();
            const qsizetype from = html.indexOf(QStringLiteral("Synthèse financière"));
            return html.mid(from, html.indexOf(QStringLiteral("Suites"), from) - from);
        };
        const QString first = financeOf(1);
        QVERIFY(!first.isEmpty());
        // Nothing was committed before the first session: later sessions' decisions are not
        // « avant la séance ».
        QVERIFY2(first.contains(QStringLiteral("<td>Ensemble</td><td>0,00")), qPrintable(first));
        // A later act on a dossier of the session leaves the minutes as they were.
        auto reduced =
            m_campaign->reduceDecision(firstDecided(Movement::Kind::Attribution), 100,
                                       QStringLiteral("Erreur matérielle"), QDate(2021, 12, 1));
        QVERIFY2(reduced, reduced ? "" : qPrintable(reduced.error().message));
        QCOMPARE(financeOf(1), first);
    }
};

QTEST_MAIN(TestDocumentContent)
#include "TestDocumentContent.moc"
