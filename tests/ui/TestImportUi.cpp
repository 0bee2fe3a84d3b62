#include "TestWorkspace.h"
#include "dossier/DossierRepository.h"
#include "import/ColumnMappingDialog.h"
#include "importer/ImportStore.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace guichet;

namespace {

const QString kExport = QStringLiteral(GUICHET_TEST_DATA_DIR "/import/ds-2021-csv/input.csv");

// The export with its total-cost column renamed, so that the mapping dialog must step in.
QString renamedExport(const testing::TestDir& dir)
{
    QList<QStringList> rows = testing::parseCsv(QString::fromUtf8(testing::readFile(kExport)));
    rows[0][rows.constFirst().indexOf(QStringLiteral("Coût total du projet (€ HT)"))] =
        QStringLiteral("Budget global");
    const QString path = dir.path(QStringLiteral("renamed.csv"));
    testing::writeFile(path, testing::toCsv(rows));
    return path;
}

// Runs `handle` on the next modal dialog of type T that opens.
template <typename T> void onNextDialog(std::function<void(T*)> handle)
{
    QTimer::singleShot(50, qApp, [handle] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()))
            handle(dialog);
        else
            onNextDialog<T>(handle);
    });
}

} // namespace

class TestImportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mappingDialogNeedsEveryRequiredField()
    {
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("w.guichet")));
        QVERIFY(ws);
        auto preview = DossierImporter(*ws).preview(renamedExport(dir));
        QVERIFY(preview.ok());
        ColumnMappingDialog dialog(QStringLiteral("renamed.csv"), *preview, ws->programme());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());

        // The missing required field comes first, highlighted.
        auto* missing = dialog.findChild<QLabel*>(QStringLiteral("total_costMissingLabel"));
        QVERIFY(missing);
        auto* form = dialog.findChild<QFormLayout*>();
        QCOMPARE(form->itemAt(0, QFormLayout::LabelRole)->widget(), missing);
        QCOMPARE(form->itemAt(0, QFormLayout::FieldRole)->widget(),
                 dialog.comboFor(QStringLiteral("total_cost")));
        QVERIFY(missing->autoFillBackground());

        // Recognised columns are preselected; the missing one is chosen with the keyboard.
        QCOMPARE(dialog.comboFor(QStringLiteral("title"))
                     ->currentText()
                     .section(QStringLiteral("   ("), 0, 0),
                 QStringLiteral("Intitulé du projet"));
        QComboBox* cost = dialog.comboFor(QStringLiteral("total_cost"));
        QCOMPARE(cost->currentIndex(), 0);
        QVERIFY(cost->itemText(cost->findText(QStringLiteral("Budget global"), Qt::MatchStartsWith))
                    .contains(QStringLiteral("16400.0"))); // sample values help the choice
        cost->setFocus();
        QTest::keyClicks(cost, QStringLiteral("Budget"));
        QCOMPARE(cost->currentText().section(QStringLiteral("   ("), 0, 0),
                 QStringLiteral("Budget global"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.mapping().value(QStringLiteral("total_cost")),
                 QStringLiteral("Budget global"));
        QCOMPARE(dialog.mapping().value(QStringLiteral("title")),
                 QStringLiteral("Intitulé du projet"));
    }

    void importFromTheWindowWithMapping()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        QVERIFY(testing::createWorkspace(path));
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(path));
        auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
        QCOMPARE(table->model()->rowCount(), 0);

        onNextDialog<ColumnMappingDialog>([](ColumnMappingDialog* dialog) {
            QComboBox* cost = dialog->comboFor(QStringLiteral("total_cost"));
            cost->setCurrentIndex(
                cost->findText(QStringLiteral("Budget global"), Qt::MatchStartsWith));
            dialog->accept();
            onNextDialog<QDialog>([](QDialog* report) {
                QVERIFY(report->objectName() == QStringLiteral("importReportDialog"));
                QVERIFY(report->findChild<QPlainTextEdit*>()->toPlainText().contains(
                    QStringLiteral("Nouveaux dossiers : 6")));
                report->accept();
            });
        });
        QVERIFY(window.importFiles({renamedExport(dir)}));
        QTRY_COMPARE(table->model()->rowCount(), 6);
        // The mapping is remembered: the next import needs no dialog.
        QCOMPARE(ImportStore(window.workspace()->database())
                     .savedMapping()
                     .value(QStringLiteral("total_cost")),
                 QStringLiteral("Budget global"));
        onNextDialog<QDialog>([](QDialog* report) { report->accept(); });
        QVERIFY(window.importFiles({renamedExport(dir)}));
        QCOMPARE(ImportStore(window.workspace()->database()).records().size(), 2);
    }

    // An export of a few dossiers into a larger workspace: the window asks before flagging the
    // others absent.
    void partialExportIsAskedAbout()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 10));
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(path));
        QTRY_VERIFY(!window.isLoading());
        const QByteArray before = testing::contentDigest(path);

        // Cancel: nothing written, no error shown.
        QSignalSpy errors(&window, &MainWindow::errorReported);
        QString question;
        onNextDialog<QMessageBox>([&question](QMessageBox* box) {
            question = box->text();
            box->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        });
        QVERIFY(!window.importFiles({kExport}));
        QVERIFY2(question.contains(QStringLiteral("10 des 10")), qPrintable(question));
        QCOMPARE(errors.size(), 0);
        QCOMPARE(testing::contentDigest(path), before);

        // A partial import: the six come in, nothing is flagged absent.
        onNextDialog<QMessageBox>([](QMessageBox* box) {
            box->findChild<QPushButton*>(QStringLiteral("partialButton"))->click();
            onNextDialog<QDialog>([](QDialog* report) {
                QVERIFY(report->findChild<QPlainTextEdit*>()->toPlainText().contains(
                    QStringLiteral("Export partiel")));
                report->accept();
            });
        });
        QVERIFY(window.importFiles({kExport}));
        DossierRepository repository(*window.workspace());
        QCOMPARE(repository.count(), qint64(16));
        const auto loaded = repository.loadAll(); // the range must outlive the loop
        QVERIFY(loaded.ok());
        for (const Dossier& d : loaded.value())
            QVERIFY(!d.absentSince.has_value());
    }

    void brokenFileShowsTheErrorAndChangesNothing()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        QVERIFY(testing::createDemoWorkspace(path, 4));
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(path));
        QList<QStringList> rows = testing::parseCsv(QString::fromUtf8(testing::readFile(kExport)));
        rows[2][rows.constFirst().indexOf(QStringLiteral("Déposé le"))] = QStringLiteral("hier");
        const QString broken = dir.path(QStringLiteral("broken.csv"));
        testing::writeFile(broken, testing::toCsv(rows));
        QSignalSpy errors(&window, &MainWindow::errorReported);
        onNextDialog<QDialog>([](QDialog* box) { box->close(); });
        QVERIFY(!window.importFiles({broken}));
        QCOMPARE(errors.size(), 1);
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY(message.contains(QStringLiteral("broken.csv")));
        QVERIFY(message.contains(QStringLiteral("« Déposé le »")));
        QVERIFY(message.contains(QStringLiteral("« hier »")));
        QCOMPARE(DossierRepository(*window.workspace()).count(), qint64(4));
    }
};

QTEST_MAIN(TestImportUi)
#include "TestImportUi.moc"
