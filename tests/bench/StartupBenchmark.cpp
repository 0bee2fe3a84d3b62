// Measures what an instructor feels: the time from opening a workspace to the first paint of
// the dossier list, and the latency of one keystroke in the search field, with 40 and with
// 100 000 dossiers. Prints medians over several runs.
#include "TestWorkspace.h"
#include "dossier/DossierRepository.h"
#include "instruction/InstructionOverview.h"
#include "instruction/InstructionStore.h"
#include "referential/Referential.h"
#include "shell/MainWindow.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace guichet;

namespace {

class PaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double timeToFirstPaint(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTableView"));
    PaintWatcher watcher;
    table->viewport()->installEventFilter(&watcher);
    window.show(); // as the application does: the window first, then the workspace
    window.openWorkspace(path);
    while (!watcher.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (window.isLoading()) {
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        finished.wait(60000);
    }
    return ms;
}

struct KeystrokeFigures
{
    double median;
    double worst;
};

KeystrokeFigures keystrokeLatency(const QString& path)
{
    MainWindow window;
    window.openWorkspace(path);
    window.show();
    if (window.isLoading()) {
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        finished.wait(60000);
    }
    QCoreApplication::processEvents();
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    search->setFocus();
    QList<double> samples;
    const QString typed = QStringLiteral("commune de meximieux portail");
    for (int round = 0; round < 3; ++round) {
        for (const QChar c : typed) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(search, c.toLatin1());
            QCoreApplication::processEvents(); // the list repaints with the new rows
            samples.append(double(timer.nsecsElapsed()) / 1e6);
        }
        for (qsizetype i = 0; i < typed.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(search, Qt::Key_Backspace);
            QCoreApplication::processEvents();
            samples.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    return {median(samples), *std::max_element(samples.cbegin(), samples.cend())};
}

// Mean time of one lookup of each kind in the collectivity referential, in microseconds.
void referentialLookups()
{
    QElapsedTimer load;
    load.start();
    const Referential& r = Referential::instance();
    std::printf("referential: %lld collectivities loaded in %lld ms\n", qint64(r.size()),
                qint64(load.elapsed()));
    const int n = 100000;
    auto measure = [n](const char* name, const auto& lookup) {
        QElapsedTimer timer;
        timer.start();
        int found = 0;
        for (int i = 0; i < n; ++i)
            found += lookup() ? 1 : 0;
        std::printf("  %-22s %8.3f us per lookup (%d found)\n", name,
                    double(timer.nsecsElapsed()) / 1e3 / n, found);
    };
    measure("by SIREN", [&] { return r.bySiren(u"210100533"); });
    measure("by SIRET", [&] { return r.bySiret(u"21010053300017"); });
    measure("by INSEE code", [&] { return r.byInseeCode(u"01053"); });
    measure("by name prefix 'bourg'", [&] { return !r.byNamePrefix(u"bourg").isEmpty(); });
    measure("by name prefix 'saint'", [&] { return !r.byNamePrefix(u"saint").isEmpty(); });
}

// What instruction costs at this size: every verdict, consolidation and rank computed from
// the workspace (at the end of loading), and the update after one score edit.
void instructionFigures(const QString& path)
{
    auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
    if (!workspace)
        return;
    const QList<Dossier> dossiers = DossierRepository(**workspace).loadAll().value();
    const Programme& programme = workspace.value()->programme();
    QList<double> loads;
    std::optional<InstructionOverview> overview;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        overview = InstructionOverview::load(dossiers, programme, workspace.value()->database());
        loads.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const InstructionStore store(workspace.value()->database(), programme, QString());
    QList<double> updates;
    for (int i = 0; i < 9; ++i) {
        const Dossier& d = dossiers.at(qsizetype(i) * (dossiers.size() / 9));
        QElapsedTimer timer;
        timer.start();
        overview->update(d, programme, store.scores(d.number), store.decisions(d.number));
        updates.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("%-12lld instruction overview %.1f ms, after one score edit %.1f ms (medians)\n",
                qint64(dossiers.size()), median(loads), median(updates));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    testing::TestDir dir;
    const int runs = 15;
    std::printf("%-12s %14s %18s %18s %18s\n", "dossiers", "creation (s)", "first paint (ms)",
                "keystroke med (ms)", "keystroke max (ms)");
    QList<double> paints;
    for (int count : {40, 100000}) {
        const QString path = dir.path(QStringLiteral("bench-%1.guichet").arg(count));
        QElapsedTimer creation;
        creation.start();
        if (!testing::createDemoWorkspace(path, count))
            return 1;
        const double created = double(creation.elapsed()) / 1000.0;
        timeToFirstPaint(path); // warm the file cache and the fonts
        QList<double> samples;
        for (int i = 0; i < runs; ++i)
            samples.append(timeToFirstPaint(path));
        const KeystrokeFigures keys = keystrokeLatency(path);
        paints.append(median(samples));
        std::printf("%-12d %14.2f %18.1f %18.1f %18.1f\n", count, created, median(samples),
                    keys.median, keys.worst);
    }
    for (int count : {40, 100000})
        instructionFigures(dir.path(QStringLiteral("bench-%1.guichet").arg(count)));
    std::printf("first-paint ratio 100000/40: %.2f (aim <= 1.2)\n", paints.at(1) / paints.at(0));
    referentialLookups();
    return 0;
}
