#include "DashboardPanel.h"

#include "campaign/Campaign.h"
#include "common/Money.h"
#include "ledger/EnvelopeOverview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace guichet {

namespace {

// Okabe & Ito (2008): told apart with every common colour-vision deficiency.
const QColor kCommitted(0x00, 0x72, 0xB2); // blue
const QColor kProposed(0xE6, 0x9F, 0x00);  // orange
const QColor kPaid(0x00, 0x9E, 0x73);      // bluish green
const QColor kFree(0x56, 0xB4, 0xE9);      // sky blue

struct Series
{
    QString name;
    QColor colour;
    QList<Cents> values; // one per category
};

// A figure in euros for the charts' axes (the cents are in the table beside).
qreal euros(Cents cents)
{
    return qreal(cents) / 100.0;
}

QTableWidget* figures(const QStringList& categories, const QList<Series>& series, QWidget* parent)
{
    auto* table = new QTableWidget(int(categories.size()), int(series.size()) + 1, parent);
    QStringList headers{QString()};
    for (const Series& s : series)
        headers << s.name;
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < categories.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(categories.at(r)));
        for (int c = 0; c < series.size(); ++c) {
            auto* item = new QTableWidgetItem(money::format(series.at(c).values.value(r)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c + 1, item);
        }
    }
    table->resizeColumnsToContents();
    return table;
}

QChartView* barChart(const QStringList& categories, const QList<Series>& series, QWidget* parent)
{
    auto* bars = new QBarSeries;
    for (const Series& s : series) {
        auto* set = new QBarSet(s.name);
        set->setColor(s.colour);
        set->setBorderColor(s.colour);
        for (Cents value : s.values)
            set->append(euros(value));
        bars->append(set);
    }
    auto* chart = new QChart;
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(QStringLiteral("€"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    y->applyNiceNumbers(); // round ticks, once the range is known
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(380, 260);
    return view;
}

// One block of the dashboard: its title, the chart, and the figures beside it.
void addBlock(QGridLayout* grid, int index, const QString& title, QChartView* chart,
              QTableWidget* table)
{
    auto* box = new QWidget(grid->parentWidget());
    auto* layout = new QVBoxLayout(box);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(heading);
    auto* row = new QHBoxLayout;
    row->addWidget(chart, 3);
    table->setParent(box);
    table->setMinimumWidth(260);
    row->addWidget(table, 2);
    layout->addLayout(row);
    grid->addWidget(box, index, 0); // one per row: 1280 pixels wide is enough
}

QString bandOf(const Dossier& dossier)
{
    if (dossier.applicantKind == QStringLiteral("epci"))
        return DashboardPanel::tr("EPCI");
    if (dossier.applicantKind != QStringLiteral("commune"))
        return DashboardPanel::tr("Autres collectivités");
    if (!dossier.population)
        return DashboardPanel::tr("Communes (population inconnue)");
    return *dossier.population < 5000 ? DashboardPanel::tr("Communes < 5 000 hab.")
                                      : DashboardPanel::tr("Communes ≥ 5 000 hab.");
}

} // namespace

DashboardPanel::DashboardPanel(const Campaign& campaign, QWidget* parent)
    : QWidget(parent)
    , m_campaign(campaign)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("dashboardPanel"));
    m_scroll->setWidgetResizable(true);
    auto* exportButton = new QPushButton(tr("E&xporter (PNG, PDF)…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    connect(exportButton, &QPushButton::clicked, this, &DashboardPanel::chooseExport);
    connect(&campaign, &Campaign::changed, this, [this](const Change& change) {
        if (change.changesMoney())
            refresh();
    });
    refresh();
}

void DashboardPanel::refresh()
{
    const Result<EnvelopeOverview> overview =
        EnvelopeOverview::load(m_campaign.workspace().database(), m_campaign.programme());
    const Result<QList<Dossier>> dossiers = m_campaign.dossiers().loadFigures();
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    if (!overview || !dossiers) {
        grid->addWidget(
            new QLabel(!overview ? overview.error().message : dossiers.error().message, content));
        delete m_scroll->takeWidget();
        m_scroll->setWidget(content);
        return;
    }
    const Balances& balances = overview->balances();
    const EnvelopeBalance& all = balances.overall;
    const Cents envelope = all.envelope.value_or(0);

    // The envelope: where each euro stands.
    const Cents free = std::max<Cents>(0, envelope - all.committed - all.proposed);
    auto* pie = new QPieSeries;
    const QList<std::pair<QString, std::pair<Cents, QColor>>> slices{
        {tr("Engagé"), {all.committed, kCommitted}},
        {tr("Proposé, non décidé"), {all.proposed, kProposed}},
        {tr("Libre après propositions"), {free, kFree}}};
    for (const auto& [label, value] : slices) {
        QPieSlice* slice = pie->append(label, euros(value.first)); // figures: in the table
        slice->setColor(value.second);
    }
    auto* pieChart = new QChart;
    pieChart->addSeries(pie);
    pieChart->legend()->setAlignment(Qt::AlignRight);
    auto* pieView = new QChartView(pieChart, content);
    pieView->setRenderHint(QPainter::Antialiasing);
    pieView->setMinimumSize(380, 260);
    QStringList envelopeRows{tr("Enveloppe"), tr("Engagé"), tr("Payé"), tr("Proposé, non décidé"),
                             tr("Restant (enveloppe − engagé)")};
    Series envelopeFigures{
        tr("Montant"),
        kCommitted,
        {envelope, all.committed, all.paid, all.proposed, all.remaining().value_or(0)}};
    addBlock(grid, 0, tr("Enveloppe"), pieView, figures(envelopeRows, {envelopeFigures}, content));

    // By sub-axis.
    QStringList subaxes;
    Series committed{tr("Engagé"), kCommitted, {}};
    Series proposed{tr("Proposé"), kProposed, {}};
    Series paid{tr("Payé"), kPaid, {}};
    for (auto it = balances.bySubaxis.cbegin(); it != balances.bySubaxis.cend(); ++it) {
        subaxes << it.key();
        committed.values << it->committed;
        proposed.values << it->proposed;
        paid.values << it->paid;
    }
    addBlock(grid, 1, tr("Par sous-axe"), barChart(subaxes, {committed, proposed, paid}, content),
             figures(subaxes, {committed, proposed, paid}, content));

    // By kind of applicant.
    QMap<QString, std::pair<Cents, Cents>> byBand; // committed, proposed
    for (const Dossier& dossier : *dossiers) {
        const DossierMoney* money = overview->find(dossier.number);
        if (!money)
            continue;
        auto& band = byBand[bandOf(dossier)];
        band.first += money->ledger.committed;
        band.second += money->isPending() ? money->proposed() : 0;
    }
    QStringList bands = byBand.keys();
    Series bandCommitted{tr("Engagé"), kCommitted, {}};
    Series bandProposed{tr("Proposé"), kProposed, {}};
    for (const auto& [c, p] : std::as_const(byBand)) {
        bandCommitted.values << c;
        bandProposed.values << p;
    }
    addBlock(grid, 2, tr("Par type de demandeur"),
             barChart(bands, {bandCommitted, bandProposed}, content),
             figures(bands, {bandCommitted, bandProposed}, content));

    // Month by month.
    QStringList months;
    Series monthCommitted{tr("Engagé (net)"), kCommitted, {}};
    Series monthPaid{tr("Payé"), kPaid, {}};
    for (auto it = balances.byMonth.cbegin(); it != balances.byMonth.cend(); ++it) {
        months << it.key();
        monthCommitted.values << it->committed;
        monthPaid.values << it->paid;
    }
    addBlock(grid, 3, tr("Consommation par mois"),
             barChart(months, {monthCommitted, monthPaid}, content),
             figures(months, {monthCommitted, monthPaid}, content));

    delete m_scroll->takeWidget();
    m_content = content;
    m_scroll->setWidget(content);
}

bool DashboardPanel::exportTo(const QString& path) const
{
    if (!m_content)
        return false;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return m_content->grab().save(path);
    // The page shows what the screen shows: the charts drawn once, as on screen, then placed on
    // the page (rendered straight to the PDF's resolution, the charts' legends lost entries).
    const QPixmap picture = m_content->grab();
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(picture.width() > picture.height() ? QPageLayout::Landscape
                                                              : QPageLayout::Portrait);
    pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    pdf.setResolution(300);
    pdf.setTitle(tr("Tableau de bord de l'enveloppe"));
    QPainter painter(&pdf);
    if (!painter.isActive())
        return false;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    // The whole dashboard on one page, its proportions kept.
    const QSizeF page(pdf.width(), pdf.height());
    const QSizeF size = picture.size().toSizeF().scaled(page, Qt::KeepAspectRatio);
    painter.drawPixmap(QRectF(QPointF(0, 0), size), picture, QRectF(picture.rect()));
    return painter.end();
}

void DashboardPanel::chooseExport()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Exporter le tableau de bord"), tr("tableau-de-bord.pdf"),
        tr("Document PDF (*.pdf);;Image PNG (*.png)"), &filter);
    if (path.isEmpty())
        return;
    if (!exportTo(path))
        QMessageBox::warning(this, tr("Exporter le tableau de bord"),
                             tr("Écriture impossible : %1").arg(path));
}

} // namespace guichet
