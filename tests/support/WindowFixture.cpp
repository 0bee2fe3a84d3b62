#include "WindowFixture.h"

#include "campaign/Campaign.h"
#include "dossiers/DossierTableModel.h"
#include "shell/MainWindow.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace guichet::testing {

void waitLoaded(MainWindow& window)
{
    if (window.isLoading()) {
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        QVERIFY(finished.wait(30000));
    }
}

void openDemo(MainWindow& window, const TestDir& dir, int count)
{
    const QString path = dir.path(QStringLiteral("demo.guichet"));
    QVERIFY(createDemoWorkspace(path, count));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(path));
    waitLoaded(window);
}

void withdrawDemoConflicts(MainWindow& window)
{
    Campaign* campaign = window.campaign();
    for (const ConflictDeclaration& c : campaign->instruction().conflicts())
        QVERIFY(campaign->retractConflict({c, {}, {}, {}}, QStringLiteral("test")).ok());
    QVERIFY(campaign->instruction().conflicts().isEmpty());
}

qint64 currentNumber(MainWindow& window)
{
    auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
    return table->currentIndex().siblingAtColumn(DossierTableModel::Number).data().toLongLong();
}

} // namespace guichet::testing
