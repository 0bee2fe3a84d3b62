// Measures the import of a 100 000-row DS export against SQLite's own raw CSV import of the
// same file, the XLSX import of the same export, peak memory, and an unchanged re-import.
// Each import runs as a separate `guichet import` process, as a user would run it.
#include "TestWorkspace.h"
#include "demo/DemoBuilder.h"
#include "exportgen/DsExportWriter.h"
#include "programme/ProgrammeReader.h"
#include "referential/Referential.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace guichet;

namespace {

struct Run
{
    double seconds = 0;
    long peakKb = 0;
    int exitCode = -1;
};

// Runs the command through this executable's --measure mode, so that the peak memory read
// from RUSAGE_CHILDREN is the command's alone.
Run measure(const QString& program, const QStringList& arguments)
{
    QProcess wrapper;
    wrapper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    wrapper.start(QCoreApplication::applicationFilePath(),
                  QStringList{QStringLiteral("--measure"), program} + arguments);
    wrapper.waitForFinished(-1);
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    const QList<QByteArray> words = wrapper.readAllStandardOutput().trimmed().split(' ');
    run.exitCode = words.value(0).toInt();
    run.peakKb = words.value(1).toLong();
    return run;
}

int measureMode(const QStringList& command)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.setStandardOutputFile(QProcess::nullDevice());
    child.start(command.constFirst(), command.mid(1));
    child.waitForFinished(-1);
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::printf("%d %ld\n", child.exitCode(), usage.ru_maxrss);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 2 && args.at(1) == QLatin1String("--measure"))
        return measureMode(args.mid(2));

    const int rows = args.size() > 1 ? args.at(1).toInt() : 100000;
    const QString guichet = QStringLiteral(GUICHET_EXECUTABLE);
    testing::TestDir dir;
    const QString csv = dir.path(QStringLiteral("export.csv"));
    const QString xlsx = dir.path(QStringLiteral("export.xlsx"));
    QElapsedTimer timer;
    timer.start();
    const QList<Dossier> dossiers = DemoBuilder(Referential::instance()).build(rows);
    const Programme programme = ProgrammeReader::builtin();
    if (!ds_export::write(csv, ds_export::Format::Csv, DsExportTable::Era::Y2025, programme,
                          dossiers) ||
        !ds_export::write(xlsx, ds_export::Format::Xlsx, DsExportTable::Era::Y2025, programme,
                          dossiers)) {
        std::fprintf(stderr, "cannot write the exports\n");
        return 1;
    }
    std::printf("%d rows: CSV %.1f MB, XLSX %.1f MB (written in %.1f s)\n", rows,
                QFileInfo(csv).size() / 1e6, QFileInfo(xlsx).size() / 1e6,
                timer.elapsed() / 1000.0);

    // Each figure is the median of three runs, each into a new database and started after
    // sync(): the previous run's pages still being written back would slow the next one.
    auto median = [](auto runOnce) {
        std::vector<Run> runs;
        for (int round = 0; round < 3; ++round) {
            ::sync();
            runs.push_back(runOnce(round));
        }
        std::sort(runs.begin(), runs.end(),
                  [](const Run& a, const Run& b) { return a.seconds < b.seconds; });
        return runs.at(1);
    };
    auto workspace = [&](const QString& name, int round) {
        const QString path = dir.path(name + QString::number(round) + QStringLiteral(".guichet"));
        if (!QFileInfo::exists(path))
            QProcess::execute(guichet, {QStringLiteral("new"), path});
        return path;
    };
    auto import = [&](const QString& path, const QString& file) {
        return measure(guichet, {QStringLiteral("import"), path, file});
    };
    const Run sqlite = median([&](int round) {
        return measure(QStringLiteral("sqlite3"),
                       {dir.path(QStringLiteral("raw%1.db").arg(round)),
                        QStringLiteral(".import --csv ") + csv + QStringLiteral(" t")});
    });
    const Run csvRun =
        median([&](int round) { return import(workspace(QStringLiteral("csv"), round), csv); });
    const Run again =
        median([&](int round) { return import(workspace(QStringLiteral("csv"), round), csv); });
    const Run xlsxRun =
        median([&](int round) { return import(workspace(QStringLiteral("xlsx"), round), xlsx); });

    std::printf("%-34s %9s %12s %6s\n", "", "time (s)", "peak (MB)", "exit");
    auto line = [](const char* name, const Run& r) {
        std::printf("%-34s %9.2f %12.1f %6d\n", name, r.seconds, r.peakKb / 1024.0, r.exitCode);
    };
    line("sqlite3 .import --csv (raw text)", sqlite);
    line("guichet import CSV", csvRun);
    line("guichet import CSV again (same)", again);
    line("guichet import XLSX", xlsxRun);
    std::printf("CSV import / sqlite3 .import: %.2f (aim <= 1.5)\n",
                csvRun.seconds / sqlite.seconds);
    std::printf("XLSX import / CSV import:     %.2f (aim <= 3)\n",
                xlsxRun.seconds / csvRun.seconds);
    std::printf("re-import / first import:     %.2f (aim <= 1)\n", again.seconds / csvRun.seconds);
    return 0;
}
