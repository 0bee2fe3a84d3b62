// The chair's projection window: nothing private on any view of any dossier, the avis recorded
// elsewhere shown at once, the screen it goes to, contrast and sizes for the back of the room.
#include "TestWorkspace.h"
#include "campaign/Campaign.h"
#include "committee/SessionAgenda.h"
#include "common/Money.h"
#include "common/Palette.h"
#include "exportgen/DsExportTable.h"
#include "projection/EnvelopeGaugePanel.h"
#include "projection/ProjectionGridView.h"
#include "projection/ProjectionStyle.h"
#include "projection/ProjectionWindow.h"
#include "projection/ProjectorScreen.h"

#include <QAbstractScrollArea>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace guichet;

class TestProjectionWindow : public QObject
{
    Q_OBJECT

    testing::TestDir m_dir;
    int m_copies = 0;
    static constexpr int kUpcoming = 3; // the demo's prepared session

    std::unique_ptr<Campaign> demoCampaign(int dossiers = 40)
    {
        const QString path = m_dir.path(QStringLiteral("demo-%1.guichet").arg(++m_copies));
        testing::createDemoWorkspace(path, dossiers).reset();
        auto campaign = Campaign::open(path);
        if (!campaign)
            qFatal("%s", qPrintable(campaign.error().message));
        campaign.value()->setActor(QStringLiteral("Secrétariat"));
        return std::move(campaign.value());
    }

    // Every text a person can read on the window now: its visible labels.
    static QStringList shownTexts(const ProjectionWindow& window)
    {
        QStringList texts;
        for (const QLabel* l : window.findChildren<QLabel*>()) {
            if (l->isVisibleTo(&window) && !l->text().isEmpty())
                texts.append(l->text());
        }
        return texts;
    }

    static const QLabel* labelNamed(const ProjectionWindow& window, const char* name)
    {
        return window.findChild<QLabel*>(QLatin1String(name));
    }

    // No scroll bar, every label whole within the window, none smaller than `minimum` px.
    static void checkFits(const ProjectionWindow& window, int minimum)
    {
        for (const auto* area : window.findChildren<QAbstractScrollArea*>())
            QVERIFY(!area->isVisibleTo(&window));
        for (const QLabel* l : window.findChildren<QLabel*>()) {
            if (!l->isVisibleTo(&window) || l->text().isEmpty())
                continue;
            const QString what = l->text().left(60);
            QVERIFY2(l->font().pixelSize() >= minimum, qPrintable(what));
            const QRect inWindow(l->mapTo(&window, QPoint(0, 0)), l->size());
            QVERIFY2(window.rect().contains(inWindow), qPrintable(what));
            const int needed =
                l->wordWrap() ? l->heightForWidth(l->width()) : l->sizeHint().height();
            QVERIFY2(needed <= l->height() + 1, qPrintable(what));
            if (!l->wordWrap())
                QVERIFY2(l->sizeHint().width() <= l->width() + 1,
                         qPrintable(QStringLiteral("%1: %2 px for %3")
                                        .arg(what)
                                        .arg(l->sizeHint().width())
                                        .arg(l->width())));
        }
    }

    static QList<ProjectionWindow::View> views()
    {
        return {ProjectionWindow::View::Dossier, ProjectionWindow::View::Grid,
                ProjectionWindow::View::Envelope};
    }

    // What must never reach the projector: the dossiers' contacts (as their DS export gives them),
    // notes, the instructors' names and comments, the declarants and their links, the avis'
    // observations and reasons.
    static QStringList secretsOf(Campaign& campaign, const SessionAgenda& agenda)
    {
        QStringList secrets;
        const DsExportTable table(campaign.programme(), DsExportTable::Era::Y2021,
                                  DsExportTable::Layout::Spreadsheet);
        const QStringList headers = table.dossierHeaders();
        for (const Dossier& d : agenda.dossiers()) {
            const QList<DsCell> row = table.dossierRow(d);
            for (int i = 0; i < headers.size(); ++i) {
                const QString h = headers.at(i).toLower();
                // The DS account's address, and the project's contact: name, e-mail, phone.
                if (h == u"email" || h.startsWith(u"référent du projet"))
                    secrets.append(row.value(i).value.toString());
            }
            secrets.append(campaign.dossiers().note(d.number));
            for (const Score& s : campaign.instruction().scores(d.number))
                secrets << s.instructor << s.comment;
            for (const Opinion& o : campaign.instruction().opinions(d.number))
                secrets << o.instructor << o.text;
        }
        for (const ConflictDeclaration& c : campaign.instruction().conflicts())
            secrets << c.person << c.link;
        secrets << QStringLiteral("OBSERVATION-PRIVEE") << QStringLiteral("@");
        secrets.removeIf([](const QString& s) { return s.trimmed().size() < 4 && s != u"@"; });
        secrets.removeDuplicates();
        return secrets;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("projection"));
        // French (its plural forms), or English with GUICHET_SCREENSHOT_LANG=en (the run
        // test_projectionwindow_en, and screenshots on demand).
        const QString language = qEnvironmentVariable("GUICHET_SCREENSHOT_LANG") == u"en"
                                     ? QStringLiteral("en")
                                     : QStringLiteral("fr");
        auto* catalogue = new QTranslator(this);
        QVERIFY(catalogue->load(QStringLiteral(":/i18n/guichet_%1.qm").arg(language)));
        QCoreApplication::installTranslator(catalogue);
    }

    // The walk through a whole session: every dossier on every view, and the black screen.
    void nothingPrivateOnAnyView()
    {
        auto campaign = demoCampaign();
        const SessionAgenda before =
            SessionAgenda::load(campaign->workspace().database(), campaign->programme(), kUpcoming)
                .value();
        for (const AgendaEntry& e : before.entries())
            QVERIFY(
                campaign
                    ->setNote(e.item.dossier, QStringLiteral("NOTE-PRIVEE %1").arg(e.item.dossier))
                    .ok());
        const qint64 first = before.entries().constFirst().item.dossier;
        QVERIFY(
            campaign
                ->recordAvis(
                    kUpcoming,
                    {first, Avis::Kind::Favorable, {}, QStringLiteral("OBSERVATION-PRIVEE"), {}})
                .ok());
        const SessionAgenda agenda =
            SessionAgenda::load(campaign->workspace().database(), campaign->programme(), kUpcoming)
                .value();
        const QStringList secrets = secretsOf(*campaign, agenda);
        QVERIFY(secrets.size() > agenda.entries().size() * 3);
        QVERIFY(secrets.contains(QStringLiteral("NOTE-PRIVEE %1").arg(first)));

        ProjectionWindow window(*campaign, kUpcoming);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.error().isEmpty());
        QCOMPARE(window.currentDossier(), agenda.entries().constFirst().item.dossier);
        QList<qint64> walked;
        for (int i = 0; i < agenda.entries().size(); ++i) {
            walked.append(window.currentDossier());
            for (ProjectionWindow::View view : views()) {
                window.setView(view);
                const QStringList shown = shownTexts(window);
                QVERIFY(!shown.isEmpty());
                for (const QString& text : shown) {
                    for (const QString& secret : secrets)
                        QVERIFY2(!text.contains(secret),
                                 qPrintable(secret + QStringLiteral(" in ") + text));
                }
            }
            window.setView(ProjectionWindow::View::Dossier);
            QTest::keyClick(&window, Qt::Key_Right);
        }
        QCOMPARE(walked.size(), agenda.entries().size());
        for (int i = 0; i < walked.size(); ++i)
            QCOMPARE(walked.at(i), agenda.entries().at(i).item.dossier);
        // The dossier view shows the public facts of the current one.
        const ProjectionSlide last = projectionSlides(agenda, campaign->programme()).constLast();
        const QString shown = shownTexts(window).join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(last.collectivity), qPrintable(shown));
        QVERIFY(shown.contains(last.title));
        QVERIFY(shown.contains(money::format(last.requested)));
        QVERIFY(shown.contains(money::format(*last.proposed)));
        QVERIFY(shown.contains(last.criteria.constFirst().label));
        QVERIFY(shown.contains(last.criteria.constFirst().descriptor));
        // Keys: back, the views, the black screen hides every text.
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.currentDossier(), walked.at(walked.size() - 2));
        QTest::keyClick(&window, Qt::Key_G);
        QCOMPARE(window.view(), ProjectionWindow::View::Grid);
        QTest::keyClick(&window, Qt::Key_E);
        QCOMPARE(window.view(), ProjectionWindow::View::Envelope);
        QTest::keyClick(&window, Qt::Key_D);
        QCOMPARE(window.view(), ProjectionWindow::View::Dossier);
        QTest::keyClick(&window, Qt::Key_B);
        QVERIFY(window.isBlack());
        QVERIFY(shownTexts(window).isEmpty());
        QTest::keyClick(&window, Qt::Key_B);
        QVERIFY(!window.isBlack());
    }

    // The secretary records an avis: the window shows it and the gauge moves, without a call.
    void followsTheAvisRecordedElsewhere()
    {
        auto campaign = demoCampaign();
        ProjectionWindow window(*campaign, kUpcoming);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.nextDossier();
        const qint64 shown = window.currentDossier();
        const QString avisBefore = labelNamed(window, "projectionAvis")->text();
        const QString gaugeBefore = labelNamed(window, "projectionGaugeSummary")->text();
        const Result<Avis> avis =
            campaign->recordAvis(kUpcoming, {shown, Avis::Kind::Favorable, {}, {}, {}});
        QVERIFY2(avis, qPrintable(avis ? QString() : avis.error().message));
        QCOMPARE(window.currentDossier(), shown);
        const QString avisAfter = labelNamed(window, "projectionAvis")->text();
        QVERIFY(avisAfter != avisBefore);
        QVERIFY2(avisAfter.contains(Avis::label(Avis::Kind::Favorable)), qPrintable(avisAfter));
        QVERIFY(avisAfter.contains(money::format(avis->amount)));
        const QString gaugeAfter = labelNamed(window, "projectionGaugeSummary")->text();
        QVERIFY2(gaugeAfter != gaugeBefore, qPrintable(gaugeAfter));
        QVERIFY(gaugeAfter.contains(money::format(avis->amount)) || avis->amount == 0);
    }

    // Favourable avis beyond the envelope: the gauge says by how much, in dark red, on the
    // dossier and the grid views; the cutoff line moves above the dossiers that overrun.
    void overrunInDarkRed()
    {
        auto campaign = demoCampaign();
        ProjectionWindow window(*campaign, kUpcoming);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(campaign->recordAllProposals(kUpcoming).ok());
        const EnvelopeGauge before =
            SessionAgenda::load(campaign->workspace().database(), campaign->programme(), kUpcoming)
                ->gauge();
        const Cents cut = before.remaining() + 1'500'000; // 15 000 € over
        QVERIFY(campaign->amendEnvelope(-cut, QStringLiteral("Gel de crédits."), QDate(2021, 9, 1))
                    .ok());
        // The gauge under the dossier (the envelope view has its own, larger).
        const QLabel* remaining =
            window.findChild<QWidget*>(QStringLiteral("projectionGauge"))
                ->findChild<QLabel*>(QStringLiteral("projectionGaugeRemaining"));
        QCOMPARE(remaining->text(),
                 EnvelopeGaugePanel::tr("dépassement de %1").arg(money::format(1'500'000)));
        QCOMPARE(remaining->palette().color(QPalette::WindowText).rgb() & 0xFFFFFF,
                 projection::kOverrun);
        QCoreApplication::processEvents(); // the layout's pass after the new figures
        checkFits(window, 18);
        window.setView(ProjectionWindow::View::Grid);
        QCoreApplication::processEvents();
        QVERIFY(labelNamed(window, "projectionCutoff")->isVisibleTo(&window));
        checkFits(window, 18);
        if (const QString keep = qEnvironmentVariable("GUICHET_SCREENSHOT_DIR"); !keep.isEmpty()) {
            const QString language =
                qEnvironmentVariable("GUICHET_SCREENSHOT_LANG", QStringLiteral("fr"));
            for (ProjectionWindow::View view : views()) {
                window.setView(view);
                QCoreApplication::processEvents();
                window.grab().save(keep + QStringLiteral("/projection-overrun-%1-1280x720-%2.png")
                                              .arg(int(view))
                                              .arg(language));
            }
        }
    }

    void screenPlacement_data()
    {
        QTest::addColumn<int>("screens");
        QTest::addColumn<QString>("remembered");
        QTest::addColumn<int>("screen");
        QTest::addColumn<bool>("fullScreen");
        QTest::newRow("one screen: a window") << 1 << QString() << 0 << false;
        QTest::newRow("two screens: full screen on the second") << 2 << QString() << 1 << true;
        QTest::newRow("remembered: the primary, as a window") << 2 << "DP-1" << 0 << false;
        QTest::newRow("remembered: the third") << 3 << "HDMI-2" << 2 << true;
        QTest::newRow("remembered screen unplugged") << 2 << "HDMI-2" << 1 << true;
    }
    void screenPlacement()
    {
        QFETCH(int, screens);
        QFETCH(QString, remembered);
        QFETCH(int, screen);
        QFETCH(bool, fullScreen);
        const QList<ProjectorScreen::Screen> all = {
            {QStringLiteral("DP-1"), {0, 0, 1600, 1000}},
            {QStringLiteral("HDMI-1"), {1600, 0, 1920, 1080}},
            {QStringLiteral("HDMI-2"), {3520, 0, 1280, 720}}};
        const ProjectorScreen::Placement p =
            ProjectorScreen::placement(all.mid(0, screens), remembered);
        QCOMPARE(p.screen, screen);
        QCOMPARE(p.fullScreen, fullScreen);
    }

    // On the one offscreen screen: a normal window; the choice is remembered.
    void placedOnTheOnlyScreen()
    {
        auto campaign = demoCampaign();
        ProjectionWindow window(*campaign, kUpcoming);
        ProjectorScreen::remember(QStringLiteral("nowhere"));
        QCOMPARE(ProjectorScreen::remembered(), QStringLiteral("nowhere"));
        ProjectorScreen::place(&window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isFullScreen());
        QSettings().remove(QStringLiteral("projection"));
    }

    // The menu lists the screens by name and size; choosing one remembers it. Escape leaves full
    // screen.
    void screenMenuAndEscape()
    {
        auto campaign = demoCampaign();
        ProjectionWindow window(*campaign, kUpcoming);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu* menu = ProjectorScreen::menu(&window, &window);
        emit menu->aboutToShow();
        const QScreen* screen = QGuiApplication::primaryScreen();
        QCOMPARE(menu->actions().size(), QGuiApplication::screens().size());
        QAction* first = menu->actions().constFirst();
        QVERIFY2(first->text().contains(screen->name()) &&
                     first->text().contains(QString::number(screen->geometry().width())),
                 qPrintable(first->text()));
        QVERIFY(first->isChecked());
        first->trigger();
        QCOMPARE(ProjectorScreen::remembered(), screen->name());
        QSettings().remove(QStringLiteral("projection"));
        window.showFullScreen();
        QVERIFY(window.isFullScreen());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isFullScreen());
    }

    void contrast()
    {
        using namespace projection;
        using palette::contrastRatio;
        QCOMPARE(qRound(contrastRatio(0x000000, 0xFFFFFF)), 21);
        QCOMPARE(contrastRatio(0x777777, 0x777777), 1.0);
        // Every colour a text is written in, on the paper; dark red included.
        for (quint32 ink : {kInk, kMutedInk, kOverrun})
            QVERIFY2(contrastRatio(ink, kPaper) >= 7.0, qPrintable(QString::number(ink, 16)));
    }

    void sizesFollowTheHeight()
    {
        using namespace projection;
        QVERIFY(pixelSize(TextRole::Body, 1080) >= 28);
        QVERIFY(pixelSize(TextRole::Heading, 1080) > pixelSize(TextRole::Body, 1080));
        QVERIFY(pixelSize(TextRole::Title, 1080) > pixelSize(TextRole::Heading, 1080));
        QVERIFY(pixelSize(TextRole::Body, 720) < pixelSize(TextRole::Body, 1080));
    }

    // Body text of at least 28 px at 1080 lines, and every view within 1280×720: no scroll bar,
    // no label cut or pushed out of the window.
    void legibleAndFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920×1080") << QSize(1920, 1080);
        QTest::newRow("1280×720") << QSize(1280, 720);
    }
    void legibleAndFits()
    {
        QFETCH(QSize, size);
        auto campaign = demoCampaign();
        ProjectionWindow window(*campaign, kUpcoming);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), size);
        const int minimum = size.height() >= 1080 ? 28 : 18;
        const int slides =
            int(projectionSlides(SessionAgenda::load(campaign->workspace().database(),
                                                     campaign->programme(), kUpcoming)
                                     .value(),
                                 campaign->programme())
                    .size());
        for (int i = 0; i < slides; ++i) {
            for (ProjectionWindow::View view : views()) {
                window.setView(view);
                QCoreApplication::processEvents();
                QCOMPARE(window.size(), size);
                checkFits(window, minimum);
                if (const QString keep = qEnvironmentVariable("GUICHET_SCREENSHOT_DIR");
                    !keep.isEmpty() && i == 1) {
                    const QString name = QStringLiteral("/projection-%1-%2x%3-%4.png")
                                             .arg(int(view))
                                             .arg(size.width())
                                             .arg(size.height())
                                             .arg(qEnvironmentVariable("GUICHET_SCREENSHOT_LANG",
                                                                       QStringLiteral("fr")));
                    window.grab().save(keep + name);
                }
            }
            window.nextDossier();
        }
    }

    // A long agenda: the grid shows the page of the dossier under discussion, each page within
    // 1280×720, and next / previous turn the pages.
    void longGridPaged()
    {
        auto campaign = demoCampaign(200);
        ProjectionWindow window(*campaign, kUpcoming);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setView(ProjectionWindow::View::Grid);
        const ProjectionGrid grid = projectionGrid(
            SessionAgenda::load(campaign->workspace().database(), campaign->programme(), kUpcoming)
                .value(),
            campaign->programme());
        const auto* view = window.findChild<ProjectionGridView*>();
        QVERIFY(view);
        const int pages = view->pageCount();
        QVERIFY2(pages >= 3, qPrintable(QString::number(grid.rows.size())));
        QHash<qint64, int> pageOf;
        for (int i = 0; i < grid.rows.size(); ++i)
            pageOf.insert(grid.rows.at(i).dossier, i / ProjectionGridView::kRowsPerPage);
        QSet<int> seen;
        for (int i = 0; i < grid.rows.size(); ++i, window.nextDossier()) {
            QCoreApplication::processEvents();
            QCOMPARE(view->page(), pageOf.value(window.currentDossier(), -1));
            if (seen.contains(view->page()))
                continue;
            seen.insert(view->page());
            checkFits(window, 18);
            if (const QString keep = qEnvironmentVariable("GUICHET_SCREENSHOT_DIR");
                !keep.isEmpty())
                window.grab().save(keep + QStringLiteral("/projection-long-grid-page%1-%2.png")
                                              .arg(view->page() + 1)
                                              .arg(qEnvironmentVariable("GUICHET_SCREENSHOT_LANG",
                                                                        QStringLiteral("fr"))));
            QVERIFY(shownTexts(window).join(u'\n').contains(
                QStringLiteral("page %1/%2").arg(view->page() + 1).arg(pages)));
        }
        QCOMPARE(int(seen.size()), pages);
    }
};

QTEST_MAIN(TestProjectionWindow)
#include "TestProjectionWindow.moc"
