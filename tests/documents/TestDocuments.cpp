#include "DocumentFonts.h"
#include "FakeClock.h"
#include "LetterGenerator.h"
#include "Minutes.h"
#include "OdtWriter.h"
#include "PdfText.h"
#include "PrintableSheets.h"
#include "TestWorkspace.h"
#include "campaign/Campaign.h"
#include "cli/Cli.h"
#include "documents/AmountWords.h"
#include "documents/DecisionLetters.h"
#include "documents/DocumentSheets.h"
#include "documents/Placeholders.h"
#include "storage/AuditLog.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDomDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace guichet;
using testing::pdfText;

// Documents: amounts in words, placeholders and elision, the letterhead, template versions,
// generated PDFs read back with Qt PDF, the ODT package, the register without gaps, frozen
// copies, and formula injection in the document exports.
class TestDocuments : public QObject
{
    Q_OBJECT

    testing::TestDir m_dir;
    std::unique_ptr<Campaign> m_campaign;
    QList<qint64> m_decided;

    qint64 firstDecided(Movement::Kind kind) const
    {
        for (const qint64 number : m_decided) {
            auto facts = DecisionFacts::load(*m_campaign, number);
            if (facts && facts->decision.kind == kind)
                return number;
        }
        return 0;
    }

    void signLetterhead(const QString& delegationDate = QStringLiteral("2021-01-04"))
    {
        QVERIFY(
            m_campaign
                ->setLetterhead({{QStringLiteral("signataire_nom"), QStringLiteral("Jean Dupont")},
                                 {QStringLiteral("delegation_reference"),
                                  QStringLiteral("n° 01-2021-01-04-00001")},
                                 {QStringLiteral("delegation_date"), delegationDate}})
                .ok());
    }

private slots:
    void initTestCase()
    {
        m_campaign = std::make_unique<Campaign>(
            testing::createDemoWorkspace(m_dir.path(QStringLiteral("demo.guichet")), 40));
        m_decided = DecisionFacts::decidedDossiers(*m_campaign);
        QVERIFY(m_decided.size() >= 3);
    }

    void amountsInWords_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("words");
        QTest::newRow("envelope") << qint64(29700000)
                                  << QStringLiteral("deux cent quatre-vingt-dix-sept mille euros");
        QTest::newRow("round cents")
            << qint64(2068300) << QStringLiteral("vingt mille six cent quatre-vingt-trois euros");
        QTest::newRow("with cents")
            << qint64(2072050)
            << QStringLiteral("vingt mille sept cent vingt euros et cinquante centimes");
        QTest::newRow("one euro") << qint64(100) << QStringLiteral("un euro");
        QTest::newRow("one cent") << qint64(1) << QStringLiteral("un centime");
        QTest::newRow("quatre-vingts") << qint64(8000) << QStringLiteral("quatre-vingts euros");
        QTest::newRow("million") << qint64(100000000) << QStringLiteral("un million d'euros");
        QTest::newRow("deux cents") << qint64(20000) << QStringLiteral("deux cents euros");
    }
    void amountsInWords()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, words);
        QCOMPARE(amount_words::spell(cents), words);
    }

    void placeholdersFill()
    {
        const placeholders::Values values = {
            {QStringLiteral("montant"), placeholders::fromText(QStringLiteral("1 000 € <b>"))}};
        QCOMPARE(placeholders::fill(QStringLiteral("A {{montant}}, {{ taux }}."), values,
                                    QStringLiteral("à compléter")),
                 QStringLiteral("A 1 000 € &lt;b&gt;, à compléter."));
        QCOMPARE(placeholders::unknownKeys(QStringLiteral("{{montant}} {{montnat}}")),
                 QStringList{QStringLiteral("montnat")});
        for (const DocumentTemplate::Kind kind : DocumentTemplate::kinds()) {
            const QString body = DocumentTemplate::shipped(kind);
            QVERIFY2(!body.isEmpty(), qPrintable(DocumentTemplate::apiName(kind)));
            QVERIFY2(placeholders::unknownKeys(body).isEmpty(),
                     qPrintable(placeholders::unknownKeys(body).join(QLatin1Char(' '))));
        }
    }

    void elision_data()
    {
        QTest::addColumn<QString>("applicant");
        QTest::addColumn<QString>("addressee");
        QTest::addColumn<QString>("ofBeneficiary");
        QTest::newRow("consonant") << "Commune de Belley"
                                   << "Madame ou Monsieur le maire de Belley"
                                   << "de la commune de Belley";
        QTest::newRow("vowel") << "Commune d'Ambérieu-en-Bugey"
                               << "Madame ou Monsieur le maire d'Ambérieu-en-Bugey"
                               << "de la commune d'Ambérieu-en-Bugey";
        QTest::newRow("epci") << "Communauté de communes Bugey Sud"
                              << "Madame ou Monsieur le président de la communauté de communes "
                                 "Bugey Sud"
                              << "de la communauté de communes Bugey Sud";
        QTest::newRow("other") << "Ain Numérique"
                               << "Madame ou Monsieur le président d'Ain Numérique"
                               << "d'Ain Numérique";
    }
    void elision()
    {
        QFETCH(QString, applicant);
        QFETCH(QString, addressee);
        QFETCH(QString, ofBeneficiary);
        DecisionFacts facts;
        facts.dossier.applicantName = applicant;
        const placeholders::Values values =
            facts.values(Letterhead(), QStringLiteral("2021-ARR-0001"), QDate(2021, 10, 1));
        QCOMPARE(values.value(QStringLiteral("destinataire")), addressee.toHtmlEscaped());
        QCOMPARE(values.value(QStringLiteral("du_beneficiaire")), ofBeneficiary.toHtmlEscaped());
    }

    void letterhead()
    {
        Letterhead defaults = m_campaign->letterhead();
        // The demo's sessions are chaired by the préfète: its letterhead says so.
        QCOMPARE(defaults.value(QStringLiteral("intitule")), QStringLiteral("PRÉFÈTE DE L'AIN"));
        QCOMPARE(defaults.value(QStringLiteral("prefet")), QStringLiteral("La préfète de l'Ain"));
        QCOMPARE(defaults.value(QStringLiteral("signataire_nom")), Letterhead::unknown());
        QVERIFY(!defaults.signature(QDate(2021, 10, 1)));
        QVERIFY(!Letterhead::check(QStringLiteral("delegation_date"), QStringLiteral("demain")));
        QVERIFY(!Letterhead::check(QStringLiteral("inconnue"), QStringLiteral("x")));
        const qint64 audited = AuditLog(m_campaign->workspace().database()).count();
        signLetterhead(QStringLiteral("2021-09-01"));
        QCOMPARE(AuditLog(m_campaign->workspace().database()).count(), audited + 3);
        const Letterhead set = m_campaign->letterhead();
        // The delegation must be in force on the document's date.
        QVERIFY(!set.signature(QDate(2021, 8, 31)));
        const auto signature = set.signature(QDate(2021, 9, 1));
        QVERIFY(signature);
        QCOMPARE(signature->constFirst(), QStringLiteral("Pour la préfète et par délégation,"));
        QCOMPARE(signature->constLast(), QStringLiteral("Jean Dupont"));
        signLetterhead();
    }

    void templateVersions()
    {
        TemplateStore store = m_campaign->templates();
        QCOMPARE(store.current(DocumentTemplate::Kind::Rgpd).version, 0);
        QVERIFY(!m_campaign->saveTemplate(DocumentTemplate::Kind::Rgpd, QStringLiteral("  ")));
        const QString edited =
            store.current(DocumentTemplate::Kind::Rgpd).body + QStringLiteral(" Version locale.");
        auto saved = m_campaign->saveTemplate(DocumentTemplate::Kind::Rgpd, edited);
        QVERIFY(saved);
        QCOMPARE(saved->version, 1);
        QVERIFY(
            m_campaign->saveTemplate(DocumentTemplate::Kind::Rgpd, edited + QStringLiteral("!")));
        QCOMPARE(store.versions(DocumentTemplate::Kind::Rgpd).size(), 2);
        QCOMPARE(store.current(DocumentTemplate::Kind::Rgpd).version, 2);
        QCOMPARE(store.version(DocumentTemplate::Kind::Rgpd, 1).body, edited);
    }

    void issuedLetterReadsBack()
    {
        const qint64 dossier = firstDecided(Movement::Kind::Attribution);
        QVERIFY(dossier);
        auto facts = DecisionFacts::load(*m_campaign, dossier);
        LetterGenerator generator(*m_campaign);
        auto issued = generator.issue(dossier, QDate(2021, 10, 15));
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
        QCOMPARE(issued->size(), 2);
        const LetterDocument& arrete = issued->constFirst();
        QCOMPARE(arrete.number.left(9), QStringLiteral("2021-ARR-"));
        const QString text = pdfText(arrete.pdf);
        QVERIFY2(text.contains(facts->dossier.title.simplified()), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("commune")) ||
                text.contains(facts->dossier.applicantName));
        QVERIFY2(text.contains(money::format(facts->decision.amount).simplified()),
                 qPrintable(text));
        QVERIFY(text.contains(amount_words::spell(facts->decision.amount)));
        QVERIFY(text.contains(arrete.number));
        QVERIFY(text.contains(QStringLiteral("Télérecours citoyens")));
        QVERIFY(text.contains(QStringLiteral("Pour la préfète et par délégation")));
        QVERIFY(QRegularExpression(QStringLiteral("\\b1/[23]\\b")).match(text).hasMatch());
        // The template versions are recorded with it.
        const auto stored = m_campaign->documentRegister().find(arrete.number);
        QVERIFY(stored);
        QCOMPARE(stored->templateVersions, QStringLiteral("arrete@1 recours@1 rgpd@2"));
        // Issued once: a second issue is refused, a correction cites what it replaces.
        QVERIFY(!generator.issue(dossier, QDate(2021, 10, 16)));
        QVERIFY(generator.hasIssued(dossier));
        auto corrected = generator.correct(dossier, QDate(2021, 10, 16));
        QVERIFY2(corrected, corrected ? "" : qPrintable(corrected.error().message));
        QCOMPARE(corrected->size(), 2);
        const LetterDocument& correction = corrected->constFirst();
        QVERIFY(correction.number != arrete.number);
        QCOMPARE(m_campaign->documentRegister().find(correction.number)->replaces, arrete.number);
        QVERIFY2(
            pdfText(correction.pdf)
                .contains(QStringLiteral("annule et remplace l'arrêté n° %1").arg(arrete.number)),
            qPrintable(pdfText(correction.pdf)));
        // The replaced document stays in the register, frozen, as it was.
        QCOMPARE(m_campaign->documentRegister().find(arrete.number)->sha256, arrete.sha256);
        // Nothing issued: nothing to correct.
        const qint64 refused = firstDecided(Movement::Kind::Refus);
        if (refused && !generator.hasIssued(refused))
            QVERIFY(!generator.correct(refused, QDate(2021, 10, 16)));
    }

    void reprintIsByteIdentical()
    {
        const QList<IssuedDocument> documents = m_campaign->documentRegister().list();
        QVERIFY(!documents.isEmpty());
        const auto stored = m_campaign->documentRegister().find(documents.constFirst().number);
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(stored->content, QCryptographicHash::Sha256).toHex()),
                 stored->sha256);
        // Made again from the same text and time of issue, the bytes are the same.
        PdfRenderer renderer;
        const PageSource source{QStringLiteral("<p>Arrêté</p>"), QStringLiteral("pied"),
                                QStringLiteral("2021-ARR-0001")};
        const QDateTime at(QDate(2021, 10, 15), QTime(9, 30), Qt::UTC);
        const QByteArray first = renderer.render(source, at);
        QTest::qSleep(1100);
        QCOMPARE(PdfRenderer().render(source, at), first);
        QVERIFY(renderer.render(source, at.addSecs(1)) != first);
    }

    void failedRenderTakesNoNumber()
    {
        const QList<IssuedDocument> before = m_campaign->documentRegister().list();
        const IssueRequest request{
            QStringLiteral("PV"), QStringLiteral("proces-verbal"), 0, 1, QDate(2021, 10, 1), {}};
        auto refused =
            m_campaign->issueDocument(request, {DocumentTemplate::Kind::Rgpd},
                                      [](const QString&, const QDateTime&) -> Result<QByteArray> {
                                          return Error::badInput(QStringLiteral("annulé"));
                                      });
        QVERIFY(!refused);
        QCOMPARE(m_campaign->documentRegister().list().size(), before.size());
        auto issued = m_campaign->issueDocument(
            request, {DocumentTemplate::Kind::Rgpd},
            [](const QString& number, const QDateTime&) -> Result<QByteArray> {
                return number.toUtf8();
            });
        QVERIFY(issued);
        QCOMPARE(issued->number, QStringLiteral("2021-PV-0001"));
    }

    void registerHasNoGap()
    {
        const QList<qint64> dossiers = m_decided;
        LetterGenerator generator(*m_campaign);
        LetterGenerator::Batch batch{
            dossiers, QDate(2021, 10, 20), true, m_dir.path(QStringLiteral("batch")), {}};
        // Cancelled while the third document is being made: it takes no number.
        int calls = 0;
        auto cancelled = generator.run(batch, [&calls](int, int) { return ++calls < 5; });
        QVERIFY(cancelled);
        QVERIFY(cancelled->cancelled);
        const int afterCancel = int(m_campaign->documentRegister().list().size());
        auto rerun = generator.run(batch);
        QVERIFY2(rerun, rerun ? "" : qPrintable(rerun.error().message));
        QVERIFY(!rerun->cancelled);
        QVERIFY(!rerun->skipped.isEmpty());
        const QList<IssuedDocument> documents = m_campaign->documentRegister().list();
        QVERIFY(documents.size() > afterCancel);
        QHash<QString, QList<int>> sequences;
        QSet<QString> numbers;
        for (const IssuedDocument& d : documents) {
            QVERIFY2(!numbers.contains(d.number), qPrintable(d.number));
            numbers.insert(d.number);
            sequences[QString::number(d.year) + d.kind].append(d.sequence);
        }
        for (auto it = sequences.cbegin(); it != sequences.cend(); ++it) {
            for (int i = 0; i < it->size(); ++i)
                QCOMPARE(it->at(i), i + 1);
        }
        // Every dossier decided has its documents now.
        for (const qint64 dossier : dossiers) {
            auto facts = DecisionFacts::load(*m_campaign, dossier);
            for (const LetterPlan& plan : facts->plans())
                QVERIFY(m_campaign->documentRegister().latest(
                    dossier, DocumentTemplate::apiName(plan.kind)));
        }
    }

    // An entry of an ODT package, parsed with its namespaces; empty when missing.
    static QDomDocument odtEntry(QByteArray package, const QString& name)
    {
        QBuffer buffer(&package);
        QuaZip zip(&buffer);
        QDomDocument xml(name);
        if (zip.open(QuaZip::mdUnzip) && zip.setCurrentFile(name)) {
            QuaZipFile file(&zip);
            if (file.open(QIODevice::ReadOnly))
                xml.setContent(file.readAll(), true);
        }
        return xml;
    }

    void odtIsAValidPackage()
    {
        PdfRenderer renderer;
        auto bytes =
            odt::write(renderer.layOut(QStringLiteral("<p>Compte rendu : avis favorable</p>")),
                       QStringLiteral("45 avenue Alsace-Lorraine"));
        QVERIFY(bytes);
        // The mimetype entry first, stored, without data descriptor, for the package to be
        // recognised.
        QCOMPARE(bytes->mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(bytes->mid(8, 2), QByteArray("\0\0", 2)); // compression method 0: stored
        QCOMPARE(bytes->at(6) & 0x08, 0);                  // general purpose flag: no descriptor
        QCOMPARE(bytes->mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
        auto entry = [&bytes](const QString& name) {
            return odtEntry(*bytes, name);
        };
        QVERIFY(entry(QStringLiteral("content.xml"))
                    .toString()
                    .contains(QStringLiteral("avis favorable")));
        // The page numbers « x/y » Qt's writer leaves out: on the master page's footer.
        const QString text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
        const QString style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
        QDomDocument styles = entry(QStringLiteral("styles.xml"));
        const QDomElement footer =
            styles.elementsByTagNameNS(style, QStringLiteral("footer")).item(0).toElement();
        QCOMPARE(footer.parentNode().toElement().attributeNS(style, QStringLiteral("name")),
                 QStringLiteral("Standard"));
        QCOMPARE(footer.elementsByTagNameNS(text, QStringLiteral("page-number")).size(), 1);
        QCOMPARE(footer.elementsByTagNameNS(text, QStringLiteral("page-count")).size(), 1);
        QVERIFY(footer.text().startsWith(QStringLiteral("45 avenue Alsace-Lorraine")));
        QVERIFY(entry(QStringLiteral("META-INF/manifest.xml"))
                    .toString()
                    .contains(QStringLiteral("manifest:full-path=\"styles.xml\"")));
    }

    // Qt 6.4's ODF writer names « Sans » for the text and writes column widths in percent,
    // which ODF does not allow (LibreOffice spread the minutes' columns evenly): the ODT names
    // the documents' family and gives the columns their widths in points.
    void odtKeepsFontAndColumns()
    {
        PdfRenderer renderer;
        auto bytes = odt::write(
            renderer.layOut(QStringLiteral(
                "<p>Avis <b>favorable</b></p><table width=\"100%\"><tr><th width=\"20%\">N°</th>"
                "<th width=\"80%\">Intitulé</th></tr></table><table width=\"50%\"><tr><td>a</td>"
                "<td width=\"10%\">b</td><td>c</td></tr></table>")),
            QString());
        QVERIFY(bytes);
        const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:%1:1.0");
        const QString style = ns.arg(QStringLiteral("style"));
        const QString fo = ns.arg(QStringLiteral("xsl-fo-compatible"));
        const QString family = document_fonts::family();
        QDomDocument content = odtEntry(*bytes, QStringLiteral("content.xml"));
        // Every style the text uses names the family.
        QSet<QString> used;
        const QDomNodeList spans =
            content.elementsByTagNameNS(ns.arg(QStringLiteral("text")), QStringLiteral("span"));
        for (int i = 0; i < spans.size(); ++i)
            used.insert(spans.item(i).toElement().attributeNS(ns.arg(QStringLiteral("text")),
                                                              QStringLiteral("style-name")));
        QVERIFY(!used.isEmpty());
        const QDomNodeList styles = content.elementsByTagNameNS(style, QStringLiteral("style"));
        QStringList columns;
        for (int i = 0; i < styles.size(); ++i) {
            const QDomElement s = styles.item(i).toElement();
            const QString name = s.attributeNS(style, QStringLiteral("name"));
            if (used.contains(name)) {
                QCOMPARE(s.firstChildElement().attributeNS(fo, QStringLiteral("font-family")),
                         family);
            }
            const QString width =
                s.firstChildElement().attributeNS(style, QStringLiteral("column-width"));
            if (!width.isEmpty())
                columns.append(width);
        }
        // 16,6 cm of text: 94,11 pt and 376,44 pt; half of it, 10 % and what is left shared
        // (the styles come in no particular order).
        columns.sort();
        QCOMPARE(columns, (QStringList{QStringLiteral("105.874pt"), QStringLiteral("105.874pt"),
                                       QStringLiteral("23.5276pt"), QStringLiteral("376.441pt"),
                                       QStringLiteral("94.1102pt")}));
        // The body text's font, which the writer leaves out, as the PDF's.
        const QDomElement body = odtEntry(*bytes, QStringLiteral("styles.xml"))
                                     .elementsByTagNameNS(style, QStringLiteral("default-style"))
                                     .item(0)
                                     .firstChildElement();
        QCOMPARE(body.attributeNS(fo, QStringLiteral("font-family")), family);
        QCOMPARE(body.attributeNS(fo, QStringLiteral("font-size")), QStringLiteral("10.5pt"));
    }

    void printableSheets()
    {
        const qint64 dossier = firstDecided(Movement::Kind::Attribution);
        auto sheet = printable_sheets::instructionSheet(*m_campaign, dossier);
        QVERIFY(sheet);
        const QString text = pdfText(PdfRenderer().render(*sheet, QDateTime::currentDateTimeUtc()));
        QVERIFY2(text.contains(QStringLiteral("Fiche d'instruction – dossier %1").arg(dossier)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Éligibilité")));
        QVERIFY(text.contains(QStringLiteral("Attribution")));
        QVERIFY(!printable_sheets::instructionSheet(*m_campaign, 1));
        auto grid = printable_sheets::selectionGrid(*m_campaign, QStringLiteral("3c"));
        QVERIFY(grid);
        QVERIFY(grid->landscape);
        const QString gridText =
            pdfText(PdfRenderer().render(*grid, QDateTime::currentDateTimeUtc()));
        QVERIFY2(gridText.contains(QStringLiteral("Grille de sélection – sous-axe 3c")),
                 qPrintable(gridText));
    }

    void minutesSayAvis()
    {
        auto source = minutes::compose(*m_campaign, 1);
        QVERIFY2(source, source ? "" : qPrintable(source.error().message));
        const QString text =
            pdfText(PdfRenderer().render(*source, QDateTime::currentDateTimeUtc()));
        QVERIFY2(text.contains(QStringLiteral("Compte rendu du comité de sélection")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Avis du comité")));
        QVERIFY(text.contains(QStringLiteral("Favorable")));
        QVERIFY(text.contains(QStringLiteral("Quorum")));
        QVERIFY(text.contains(QStringLiteral("la séance est levée")));
        QVERIFY2(!text.contains(QStringLiteral("attribution"), Qt::CaseInsensitive),
                 qPrintable(text));
        // The ODT: a valid package that LibreOffice converts.
        PdfRenderer renderer;
        auto odt = odt::write(renderer.layOut(source->html), source->footer);
        QVERIFY(odt);
        QCOMPARE(odt->mid(30, 8), QByteArray("mimetype"));
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice is not installed: the conversion of the ODT is not checked");
        const QString path = m_dir.path(QStringLiteral("minutes.odt"));
        testing::writeFile(path, *odt);
        QProcess convert;
        convert.start(soffice, {QStringLiteral("-env:UserInstallation=file://") +
                                    m_dir.path(QStringLiteral("lo-profile")),
                                QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                QStringLiteral("pdf"), QStringLiteral("--outdir"),
                                m_dir.path(QStringLiteral("lo")), path});
        QVERIFY(convert.waitForFinished(120000));
        const QByteArray pdf = testing::readFile(m_dir.path(QStringLiteral("lo/minutes.pdf")));
        const QString converted = pdfText(pdf);
        QVERIFY2(converted.contains(QStringLiteral("Compte rendu du comité de sélection")),
                 qPrintable(converted));
        // LibreOffice fills the footer's page number fields.
        const int pages = testing::pdfPageCount(pdf);
        QVERIFY(pages > 1);
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(converted.contains(QStringLiteral(" %1/%2").arg(page).arg(pages)),
                     qPrintable(converted));
    }

    void sessionCommands()
    {
        const QString path = m_dir.path(QStringLiteral("cli.guichet"));
        testing::createDemoWorkspace(path, 40);
        auto run = [](const QStringList& words) {
            QString out, err;
            QTextStream o(&out), e(&err);
            return cli::find(words)->execute(words, o, e);
        };
        QCOMPARE(run({QStringLiteral("letterhead"), path, QStringLiteral("--set"),
                      QStringLiteral("signataire_nom=Jean Dupont"), QStringLiteral("--set"),
                      QStringLiteral("delegation_reference=n° 1"), QStringLiteral("--set"),
                      QStringLiteral("delegation_date=2021-01-04")}),
                 0);
        const QByteArray before = testing::fileDigest(path);
        // Bad input: exit 2, the file unchanged.
        QCOMPARE(run({QStringLiteral("minutes"), path, QStringLiteral("--session"),
                      QStringLiteral("1"), QStringLiteral("--output"),
                      m_dir.path(QStringLiteral("pv.odt")), QStringLiteral("--issue")}),
                 2);
        QCOMPARE(
            run({QStringLiteral("letters"), path, QStringLiteral("--session"), QStringLiteral("x"),
                 QStringLiteral("--output"), m_dir.path(QStringLiteral("l"))}),
            2);
        QCOMPARE(testing::fileDigest(path), before);
        QCOMPARE(run({QStringLiteral("minutes"), path, QStringLiteral("--session"),
                      QStringLiteral("1"), QStringLiteral("--output"),
                      m_dir.path(QStringLiteral("pv.pdf")), QStringLiteral("--issue")}),
                 0);
        // Issued once: a second issue is refused.
        QCOMPARE(run({QStringLiteral("minutes"), path, QStringLiteral("--session"),
                      QStringLiteral("1"), QStringLiteral("--output"),
                      m_dir.path(QStringLiteral("pv2.pdf")), QStringLiteral("--issue")}),
                 2);
        QCOMPARE(run({QStringLiteral("letters"), path, QStringLiteral("--session"),
                      QStringLiteral("1"), QStringLiteral("--output"),
                      m_dir.path(QStringLiteral("session-letters")), QStringLiteral("--issue"),
                      QStringLiteral("--date"), QStringLiteral("2021-06-20")}),
                 0);
        auto campaign = Campaign::open(path, Workspace::Access::ReadOnly);
        QVERIFY(campaign);
        const QList<IssuedDocument> documents = campaign.value()->documentRegister().list();
        QCOMPARE(documents.constFirst().number, QStringLiteral("2021-PV-0001"));
        QVERIFY(documents.size() > 1);
        // The arrêté cites the committee's date.
        const auto arrete =
            campaign.value()->documentRegister().find(QStringLiteral("2021-ARR-0001"));
        QVERIFY(arrete);
        QVERIFY(pdfText(arrete->content)
                    .contains(QStringLiteral("comité de sélection du 15 juin 2021")));
        QCOMPARE(testing::readFile(m_dir.path(QStringLiteral("session-letters/2021-ARR-0001.pdf"))),
                 arrete->content);
    }

    void exportsNeutraliseFormulas()
    {
        const qint64 dossier = firstDecided(Movement::Kind::Attribution);
        const Sheet decisions = document_sheets::decisionsSheet(*m_campaign);
        QVERIFY(!decisions.rows.isEmpty());
        Sheet injected = decisions;
        injected.rows.first()[1] = SheetCell::ofText(QStringLiteral("=HYPERLINK(\"x\")"));
        QVERIFY(sheet::toCsv(injected, sheet::Format::CsvPlain).contains("'=HYPERLINK"));
        Sheet registerSheet = document_sheets::registerSheet(m_campaign->documentRegister().list());
        QVERIFY(!registerSheet.rows.isEmpty());
        registerSheet.rows.first()[5] = SheetCell::ofText(QStringLiteral("@SUM(A1)"));
        QVERIFY(sheet::toCsv(registerSheet, sheet::Format::CsvPlain).contains("'@SUM"));
        // The register numbers of the dossier's documents are in its row.
        bool found = false;
        for (const auto& row : decisions.rows) {
            if (qint64(row.at(0).number) == dossier)
                found = row.at(7).text.contains(QStringLiteral("-ARR-"));
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestDocuments)
#include "TestDocuments.moc"
