#include "LetterGenerator.h"
#include "TestWorkspace.h"
#include "campaign/Campaign.h"
#include "commands/Editing.h"
#include "documents/DecisionLetters.h"
#include "documents/DocumentActions.h"
#include "documents/DocumentPreviewDialog.h"
#include "documents/LetterheadDialog.h"
#include "documents/RegisterDialog.h"
#include "documents/TemplateEditorDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QPdfDocument>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>

using namespace guichet;

// The documents' dialogs driven as a user would: a placeholder picked into a template, saved
// and undone; the letterhead edited and undone; a dossier's documents previewed with Qt PDF
// and issued; every decision issued with a progress bar, cancelled, then run again; the
// register listed, followed, reprinted and exported.
class TestDocumentsUi : public QObject
{
    Q_OBJECT

    testing::TestDir m_dir;
    std::unique_ptr<Campaign> m_campaign;
    Editing m_editing;

    // Answers the next file dialog with `path`.
    static void chooseFile(const QString& path)
    {
        QTimer::singleShot(0, [path] {
            if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
                dialog->selectFile(path);
                static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, protected
            }
        });
    }

    static QByteArray sha256Of(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    }

    static void answerYes()
    {
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
    }

private slots:
    void initTestCase()
    {
        m_campaign = std::make_unique<Campaign>(
            testing::createDemoWorkspace(m_dir.path(QStringLiteral("demo.guichet")), 40));
        m_editing.setCampaign(m_campaign.get());
    }

    void templateEditorPicksPlaceholders()
    {
        TemplateEditorDialog dialog(m_editing);
        dialog.selectTemplate(DocumentTemplate::Kind::Notification);
        const QString shipped =
            m_campaign->templates().current(DocumentTemplate::Kind::Notification).body;
        dialog.editor()->moveCursor(QTextCursor::End);
        QListWidget* list = dialog.placeholders();
        QListWidgetItem* words = nullptr;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == QLatin1String("montant_lettres"))
                words = list->item(row);
        }
        QVERIFY(words);
        emit list->itemActivated(words);
        QVERIFY(dialog.editor()->toPlainText().endsWith(QStringLiteral("{{montant_lettres}}")));
        QVERIFY(dialog.save());
        const DocumentTemplate saved =
            m_campaign->templates().current(DocumentTemplate::Kind::Notification);
        QCOMPARE(saved.version, 1);
        QVERIFY(saved.body.contains(QStringLiteral("{{montant_lettres}}")));
        QVERIFY(!saved.body.contains(QStringLiteral("font-family")));
        // Undone: the previous text again, as a new version.
        m_editing.undoStack()->undo();
        const DocumentTemplate undone =
            m_campaign->templates().current(DocumentTemplate::Kind::Notification);
        QCOMPARE(undone.version, 2);
        QCOMPARE(undone.body, shipped);
        // Changed again, then the shipped text taken back in one click and saved.
        dialog.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(dialog.editor(), QStringLiteral(" Texte local."));
        QVERIFY(dialog.save());
        QVERIFY(m_campaign->templates()
                    .current(DocumentTemplate::Kind::Notification)
                    .body.contains(QStringLiteral("Texte local.")));
        dialog.findChild<QPushButton*>(QStringLiteral("shippedTemplateButton"))->click();
        QVERIFY(dialog.save());
        const DocumentTemplate back =
            m_campaign->templates().current(DocumentTemplate::Kind::Notification);
        QVERIFY(!back.body.contains(QStringLiteral("Texte local.")));
        QVERIFY(back.body.contains(QStringLiteral("{{montant_lettres}}")) ==
                DocumentTemplate::shipped(DocumentTemplate::Kind::Notification)
                    .contains(QStringLiteral("{{montant_lettres}}")));
    }

    void letterheadEditedAndUndone()
    {
        LetterheadDialog dialog(m_editing);
        QCOMPARE(dialog.field(QStringLiteral("signataire_nom"))->text(), Letterhead::unknown());
        // The demo's sessions are chaired by the préfète: its letterhead says so.
        QCOMPARE(dialog.field(QStringLiteral("intitule"))->text(),
                 QStringLiteral("PRÉFÈTE DE L'AIN"));
        dialog.field(QStringLiteral("intitule"))->setText(QStringLiteral("PRÉFET DE L'AIN"));
        QVERIFY(dialog.save());
        QCOMPARE(m_campaign->letterhead().value(QStringLiteral("intitule")),
                 QStringLiteral("PRÉFET DE L'AIN"));
        m_editing.undoStack()->undo();
        QCOMPARE(m_campaign->letterhead().value(QStringLiteral("intitule")),
                 QStringLiteral("PRÉFÈTE DE L'AIN"));
    }

    void previewThenIssue()
    {
        QVERIFY(
            m_campaign
                ->setLetterhead({{QStringLiteral("signataire_nom"), QStringLiteral("Jean Dupont")},
                                 {QStringLiteral("delegation_reference"), QStringLiteral("n° 1")},
                                 {QStringLiteral("delegation_date"), QStringLiteral("2021-01-04")}})
                .ok());
        const qint64 dossier = DecisionFacts::decidedDossiers(*m_campaign).constFirst();
        DocumentPreviewDialog dialog(m_editing, dossier);
        QVERIFY(dialog.documents()->count() >= 1);
        QCOMPARE(dialog.pdf()->status(), QPdfDocument::Status::Ready);
        QVERIFY(dialog.pdf()->pageCount() >= 1);
        answerYes();
        QVERIFY(dialog.issue());
        QCOMPARE(m_campaign->documentRegister().list().size(), dialog.documents()->count());
        QCOMPARE(dialog.pdf()->status(), QPdfDocument::Status::Ready);
    }

    void issueAllCancelledThenResumed()
    {
        QMainWindow window;
        DocumentActions actions(&window, &m_editing, [] { return std::optional<Dossier>(); });
        actions.setCampaign(m_campaign.get());
        actions.setWritable(true);
        const QString folder = m_dir.path(QStringLiteral("letters"));
        // Cancelled as soon as the progress shows.
        QTimer::singleShot(0, &window, [&window] {
            if (auto* progress =
                    window.findChild<QProgressDialog*>(QStringLiteral("issueProgress")))
                progress->cancel();
        });
        actions.issueAll(folder);
        const qsizetype afterCancel = m_campaign->documentRegister().list().size();
        actions.issueAll(folder);
        const QList<IssuedDocument> documents = m_campaign->documentRegister().list();
        QVERIFY(documents.size() > afterCancel);
        QHash<QString, int> last;
        for (const IssuedDocument& d : documents) {
            QCOMPARE(d.sequence, last.value(d.kind) + 1);
            last[d.kind] = d.sequence;
        }
    }

    // Documents > Imprimer…: the sheet of the dossier shown and the grid, as PDF read back.
    void sheetAndGridPrinted()
    {
        const Dossier dossier = m_campaign->dossiers().loadAll()->constFirst();
        QMainWindow window;
        DocumentActions actions(&window, &m_editing, [dossier] { return dossier; });
        actions.setCampaign(m_campaign.get());
        QSignalSpy said(&actions, &DocumentActions::message);
        const QString sheet = m_dir.path(QStringLiteral("fiche.pdf"));
        actions.printSheet(sheet);
        const QString grid = m_dir.path(QStringLiteral("grille.pdf"));
        actions.printGrid(grid);
        QCOMPARE(said.size(), 2);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(sheet), QPdfDocument::Error::None);
        const QString text = pdf.getAllText(0).text();
        QVERIFY2(text.contains(QString::number(dossier.number)), qPrintable(text));
        QVERIFY2(text.contains(dossier.title.left(20)), qPrintable(text));
        QCOMPARE(pdf.load(grid), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 1);
        QVERIFY(pdf.getAllText(0).text().contains(QStringLiteral("Grille de sélection")));
    }

    // Documents > Registre des actes…: what the register lists, in its order; a correction
    // issued while it is open appears; the selected document reprinted identical; exported.
    void registerListedReprintedExported()
    {
        QMainWindow window;
        DocumentActions actions(&window, &m_editing, [] { return std::optional<Dossier>(); });
        actions.setCampaign(m_campaign.get());
        RegisterDialog* dialog = actions.showRegister();
        QVERIFY(dialog);
        QCOMPARE(actions.showRegister(), dialog); // one window
        QTableWidget* table = dialog->table();
        const auto shows = [table](const QList<IssuedDocument>& documents) {
            if (table->rowCount() != documents.size())
                return false;
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() != documents.at(row).number ||
                    table->item(row, 6)->toolTip() != documents.at(row).sha256)
                    return false;
            }
            return true;
        };
        const QList<IssuedDocument> before = m_campaign->documentRegister().list();
        QVERIFY(before.size() >= 2);
        QVERIFY(shows(before));
        QVERIFY(table->item(0, 2)->text() == DocumentRegister::seriesLabel(before.first().kind));

        // A correction issued meanwhile: its rows appear, citing what they replace.
        const qint64 dossier = before.constFirst().dossier;
        auto corrected = LetterGenerator(*m_campaign).correct(dossier, before.constLast().date);
        QVERIFY2(corrected.ok(), qPrintable(corrected ? QString() : corrected.error().message));
        const QList<IssuedDocument> after = m_campaign->documentRegister().list();
        QVERIFY(after.size() > before.size());
        QVERIFY(shows(after));
        QVERIFY(!table->item(table->rowCount() - 1, 5)->text().isEmpty());

        // Reprint: nothing selected, nothing to reprint; a row clicked, its frozen bytes.
        auto* reprint = dialog->findChild<QPushButton*>(QStringLiteral("reprintButton"));
        QVERIFY(!reprint->isEnabled());
        const int row = int(before.size()) - 1;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(row, 0)).center());
        QCOMPARE(dialog->selectedNumber(), after.at(row).number);
        QVERIFY(reprint->isEnabled());
        const QString copy = m_dir.path(QStringLiteral("reprint.pdf"));
        chooseFile(copy);
        reprint->click();
        QCOMPARE(sha256Of(copy), after.at(row).sha256.toLatin1());

        // Export: the workbook through the button, the CSV named directly.
        const QString workbook = m_dir.path(QStringLiteral("registre.xlsx"));
        chooseFile(workbook);
        dialog->findChild<QPushButton*>(QStringLiteral("exportRegisterButton"))->click();
        QFile xlsx(workbook);
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QVERIFY(xlsx.read(2) == "PK");
        const QString csv = m_dir.path(QStringLiteral("registre.csv"));
        dialog->exportRegister(csv);
        QFile text(csv);
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(text.readAll());
        for (const IssuedDocument& d : after)
            QVERIFY2(written.contains(d.number), qPrintable(d.number));
    }
};

QTEST_MAIN(TestDocumentsUi)
#include "TestDocumentsUi.moc"
