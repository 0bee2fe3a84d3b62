#include "InstructionFixture.h"
#include "dossier/DossierFilter.h"
#include "dossier/DossierRepository.h"
#include "dossiers/DossierFilterProxy.h"
#include "dossiers/DossierTableModel.h"
#include "dossiers/ShownList.h"
#include "exportgen/ListExport.h"
#include "grid/SelectionGridModel.h"
#include "grid/SelectionGridWindow.h"
#include "programme/ProgrammeReader.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace guichet;

// The selection grid's window (full screen, headers, columns of the sub-axis, legend) and the
// dossier list exported as shown.
class TestSelectionGrid : public QObject
{
    Q_OBJECT

    const Programme m_programme = ProgrammeReader::builtin();

    void showGrid(SelectionGridWindow& window)
    {
        const QList<Dossier> dossiers = testing::gridDossiers();
        window.refresh(m_programme, dossiers, testing::gridOverview(dossiers, m_programme));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void f11TogglesFullScreenAndEscapeLeavesThenCloses()
    {
        SelectionGridWindow window;
        showGrid(window);
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QTest::keyClick(&window, Qt::Key_Escape); // leaves full screen, the window stays
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QVERIFY(window.isVisible());
        QTest::keyClick(&window, Qt::Key_Escape); // then closes
        QVERIFY(!window.isVisible());
    }

    void headersAndNamesAreNeverCut()
    {
        SelectionGridWindow window;
        showGrid(window);
        const QHeaderView* header = window.view()->horizontalHeader();
        const QAbstractItemModel* model = window.view()->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString label = model->headerData(column, Qt::Horizontal).toString();
            QVERIFY(!label.contains(QStringLiteral("…")));
            QVERIFY(
                !model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
            // Wrapped on whole words: the longest fits the column, besides the sort arrow.
            const int arrow = header->sortIndicatorSection() == column ? header->height() / 2 : 0;
            for (const QString& word : label.split(QLatin1Char(' ')))
                QVERIFY2(header->fontMetrics().horizontalAdvance(word) + arrow <
                             header->sectionSize(column),
                         qPrintable(label));
        }
        // Names and instructors whole (« Claire Martin », never « Claire Mar… »).
        for (int row = 0; row < model->rowCount(); ++row) {
            for (const int column : {int(SelectionGrid::Applicant), model->columnCount() - 1}) {
                const QModelIndex cell = model->index(row, column);
                const int needed =
                    window.view()->fontMetrics().horizontalAdvance(cell.data().toString());
                QVERIFY2(needed < window.view()->columnWidth(column),
                         qPrintable(cell.data().toString()));
                QCOMPARE(cell.data(Qt::ToolTipRole).toString(), cell.data().toString());
            }
        }
        QVERIFY(
            model->index(0, model->columnCount() - 1).data().toString().contains(testing::kActor));
    }

    void aSubaxisShowsItsCriteriaOnly()
    {
        SelectionGridWindow window;
        showGrid(window);
        auto* subaxis = window.findChild<QComboBox*>(QStringLiteral("gridSubaxisComboBox"));
        const int all = window.view()->model()->columnCount();
        subaxis->setCurrentIndex(subaxis->findData(QStringLiteral("3a")));
        const QAbstractItemModel* model = window.view()->model();
        QCOMPARE(model->columnCount(), all - 1); // « Au-delà d'un outil métier » is 3b's only
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                QVERIFY(model->index(row, column).data().toString() != QStringLiteral("s.o."));
        }
        // The legend shows each band with the value it stands for.
        const QList<QLabel*> labels = window.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
            return label->text().contains(QStringLiteral("&nbsp;2,5&nbsp;"));
        }));
        subaxis->setCurrentIndex(subaxis->findData(QStringLiteral("3b")));
        QCOMPARE(model->columnCount(), all);
    }

    void theListIsExportedAsShown()
    {
        testing::TestDir dir;
        auto ws = testing::createDemoWorkspace(dir.path(QStringLiteral("demo.guichet")), 40);
        QVERIFY(ws);
        const QList<Dossier> dossiers = DossierRepository(*ws).loadAll().value();
        DossierTableModel model;
        QList<QByteArray> texts;
        for (const Dossier& d : dossiers)
            texts.append(DossierFilter::searchText(d));
        model.append(dossiers, texts);
        model.setInstruction(InstructionOverview::load(dossiers, ws->programme(), ws->database()));
        DossierFilterProxy proxy(&model);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        proxy.setSubaxis(QStringLiteral("3c"));
        view.sortByColumn(DossierTableModel::Requested, Qt::DescendingOrder);
        view.horizontalHeader()->hideSection(DossierTableModel::Kind);
        view.horizontalHeader()->moveSection(
            view.horizontalHeader()->visualIndex(DossierTableModel::Title), 0);

        const Sheet table = shownList(view, model);
        QCOMPARE(table.headers.size(), DossierTableModel::ColumnCount - 1);
        QCOMPARE(table.headers.first(), list_export::header(DossierTableModel::Title));
        QVERIFY(!table.headers.contains(list_export::header(DossierTableModel::Kind)));
        QCOMPARE(table.rows.size(), proxy.rowCount());
        QVERIFY(table.rows.size() > 1 && table.rows.size() < model.rowCount());
        const int number =
            int(table.headers.indexOf(list_export::header(DossierTableModel::Number)));
        const int requested =
            int(table.headers.indexOf(list_export::header(DossierTableModel::Requested)));
        for (int row = 0; row < table.rows.size(); ++row) {
            QCOMPARE(QString::number(qint64(table.rows.at(row).at(number).number)),
                     proxy.index(row, DossierTableModel::Number).data().toString());
            if (row > 0)
                QVERIFY(table.rows.at(row).at(requested).number <=
                        table.rows.at(row - 1).at(requested).number);
        }

        // The window offers it in its File menu, once a workspace is open.
        MainWindow window;
        const auto actions = window.findChildren<QAction*>();
        const auto exportList =
            std::find_if(actions.cbegin(), actions.cend(), [](const QAction* action) {
                return action->text() == QStringLiteral("&Exporter la liste…");
            });
        QVERIFY(exportList != actions.cend());
        QVERIFY(!(*exportList)->isEnabled());
    }
};

QTEST_MAIN(TestSelectionGrid)
#include "TestSelectionGrid.moc"
