// 1 000 decision letters, one PDF per letter, set by the application against LibreOffice
// headless converting the same 1 000 letters from ODT (`soffice --headless --convert-to pdf`,
// 200 files a call: it stops near 250). The application's two ways: one PdfRenderer, one
// letter after the other (how documents are issued, each in its numbered transaction), and
// BatchRenderer on every core a window at a time (how a batch of drafts is set). Also: a
// renderer made anew for each letter, and the resident memory as the letters go (flat, not
// growing with their number). Aim: at least 10× faster than LibreOffice.
// `--qt-only` leaves LibreOffice out (for a profiler).
#include "BatchRenderer.h"
#include "DocumentPages.h"
#include "OdtWriter.h"
#include "PdfRenderer.h"
#include "demo/DemoBuilder.h"
#include "documents/DecisionLetters.h"
#include "documents/DocumentRegister.h"
#include "referential/Referential.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace guichet;

namespace {

constexpr int kLetters = 1000;
constexpr int kLibreOfficeBatch = 200;

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

long residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return 0;
}

// The letters of 1 000 attributions: the notification letter as shipped, on the Ain's
// letterhead, each with its own applicant, project and amount.
QStringList letters(const Letterhead& letterhead)
{
    const QString body = DocumentTemplate::shipped(DocumentTemplate::Kind::Notification);
    const QString recours = DocumentTemplate::shipped(DocumentTemplate::Kind::Recours);
    const QString rgpd = DocumentTemplate::shipped(DocumentTemplate::Kind::Rgpd);
    QStringList pages;
    int i = 0;
    for (const Dossier& dossier : DemoBuilder(Referential::instance(), 2021).build(kLetters)) {
        DecisionFacts facts;
        facts.dossier = dossier;
        facts.decision.kind = Movement::Kind::Attribution;
        facts.decision.amount = dossier.requested / 2;
        facts.decision.date = QDate(2021, 10, 15);
        const QString number = DocumentRegister::numberOf(2021, QStringLiteral("NOT"), ++i);
        pages.append(document_pages::page(
            letterhead, number,
            composeBody(body, facts.values(letterhead, number, facts.decision.date), recours,
                        rgpd)));
    }
    return pages;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir work;
    const Letterhead letterhead;
    const QString footer = document_pages::footer(letterhead);
    const QDateTime stamp(QDate(2021, 10, 15), QTime(9, 0), Qt::UTC);
    const QStringList pages = letters(letterhead);

    QDir().mkpath(work.filePath(QStringLiteral("qt")));
    QElapsedTimer timer;
    timer.start();
    long rssAt100 = 0;
    {
        PdfRenderer renderer;
        for (int i = 0; i < kLetters; ++i) {
            QFile file(work.filePath(QStringLiteral("qt/%1.pdf").arg(i)));
            file.open(QIODevice::WriteOnly);
            file.write(renderer.render({pages.at(i), footer, QString()}, stamp));
            if (i == 99)
                rssAt100 = residentKilobytes();
        }
    }
    const double shared = seconds(timer);
    const long rssAt1000 = residentKilobytes();
    std::printf("Qt, one renderer:      %d PDF in %.2f s (%.1f ms a letter); RSS %ld kB at 100, "
                "%ld kB at 1000\n",
                kLetters, shared, shared * 1000 / kLetters, rssAt100, rssAt1000);

    timer.restart();
    {
        PdfRenderer renderer;
        for (int i = 0; i < kLetters; ++i)
            renderer.layOut(pages.at(i)).pageCount();
    }
    std::printf("  of which layout only: %.2f s (the rest: writing the PDF, embedding fonts)\n",
                seconds(timer));

    timer.restart();
    long batchRssAt100 = 0;
    int threads = 0;
    {
        BatchRenderer renderer;
        threads = renderer.threads();
        for (int from = 0; from < kLetters; from += BatchRenderer::kWindow) {
            QList<PageSource> window;
            for (int i = from; i < std::min(kLetters, from + BatchRenderer::kWindow); ++i)
                window.append({pages.at(i), footer, QString()});
            const QList<QByteArray> pdfs = renderer.render(window, stamp);
            for (int i = 0; i < pdfs.size(); ++i) {
                QFile file(work.filePath(QStringLiteral("qt/%1.pdf").arg(from + i)));
                file.open(QIODevice::WriteOnly);
                file.write(pdfs.at(i));
            }
            if (from < 100 && from + BatchRenderer::kWindow >= 100)
                batchRssAt100 = residentKilobytes();
        }
    }
    const double threaded = seconds(timer);
    std::printf("Qt, batch on %d threads: %d PDF in %.2f s (%.1f ms a letter); RSS %ld kB at 100, "
                "%ld kB at 1000\n",
                threads, kLetters, threaded, threaded * 1000 / kLetters, batchRssAt100,
                residentKilobytes());
    if (app.arguments().contains(QStringLiteral("--qt-only"))) // for a profiler
        return 0;
    timer.restart();
    for (int i = 0; i < 200; ++i) {
        QFile file(work.filePath(QStringLiteral("qt/fresh-%1.pdf").arg(i)));
        file.open(QIODevice::WriteOnly);
        file.write(PdfRenderer().render({pages.at(i), footer, QString()}, stamp));
    }
    const double fresh = seconds(timer) * kLetters / 200;
    std::printf("Qt, a renderer a file: %.2f s for %d (from 200; %.1f ms a letter)\n", fresh,
                kLetters, fresh * 1000 / kLetters);

    // The same letters as ODT for LibreOffice (not timed: what is compared is the conversion).
    QDir().mkpath(work.filePath(QStringLiteral("odt")));
    QStringList odts;
    {
        PdfRenderer layout;
        for (int i = 0; i < kLetters; ++i) {
            const QString path = work.filePath(QStringLiteral("odt/%1.odt").arg(i));
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(*odt::write(layout.layOut(pages.at(i)), QString()));
            odts.append(path);
        }
    }
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        std::printf("LibreOffice: soffice not installed, no comparison\n");
        return 0;
    }
    const QString profile =
        QStringLiteral("-env:UserInstallation=file://") + work.filePath(QStringLiteral("lo"));
    timer.restart();
    for (int from = 0; from < kLetters; from += kLibreOfficeBatch) {
        QStringList arguments = {profile,
                                 QStringLiteral("--headless"),
                                 QStringLiteral("--convert-to"),
                                 QStringLiteral("pdf"),
                                 QStringLiteral("--outdir"),
                                 work.filePath(QStringLiteral("lo-pdf"))};
        arguments += odts.mid(from, kLibreOfficeBatch);
        QProcess process;
        process.start(soffice, arguments);
        process.waitForFinished(-1);
    }
    const double libreOffice = seconds(timer);
    const auto converted =
        QDir(work.filePath(QStringLiteral("lo-pdf"))).entryList({QStringLiteral("*.pdf")}).size();
    std::printf("LibreOffice headless:  %lld PDF in %.2f s (%.1f ms a letter)\n",
                static_cast<long long>(converted), libreOffice, libreOffice * 1000 / kLetters);
    std::printf("Ratio: Qt %.1f× faster one letter after the other, %.1f× in batch on %d "
                "threads\n",
                libreOffice / shared, libreOffice / threaded, threads);
    return 0;
}
