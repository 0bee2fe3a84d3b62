#include "CutoffPanel.h"

#include "CutoffLineDelegate.h"
#include "CutoffTableModel.h"
#include "ScenarioCompareDialog.h"
#include "campaign/Campaign.h"
#include "commands/AdoptionCommand.h"
#include "commands/Editing.h"
#include "common/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace guichet {

namespace {
// The « retenus non financés » listed by name; the rest are counted (the list shows them all).
constexpr int kUnfundedListed = 50;
// How near the line, in pixels, a press grabs it.
constexpr int kGrab = 5;
} // namespace

CutoffPanel::CutoffPanel(Campaign& campaign, Editing* editing, QWidget* parent)
    : QWidget(parent)
    , m_campaign(campaign)
    , m_editing(editing)
    , m_model(new CutoffTableModel(this))
    , m_subaxis(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_rank(new QSpinBox(this))
    , m_partial(new QCheckBox(tr("Financer &partiellement le dernier retenu"), this))
    , m_available(new QLabel(this))
    , m_funded(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_unfundedTitle(new QLabel(this))
    , m_unfunded(new QListWidget(this))
    , m_adopt(new QPushButton(tr("&Adopter…"), this))
{
    m_subaxis->setObjectName(QStringLiteral("cutoffSubaxisCombo"));
    m_subaxis->addItem(tr("Classement général"), QString());
    for (const SubAxis& axis : campaign.programme().subaxes)
        m_subaxis->addItem(axis.code + QStringLiteral(" — ") + axis.title, axis.code);

    m_table->setObjectName(QStringLiteral("cutoffTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CutoffLineDelegate(m_model, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    const int widths[] = {50, 80, 0, 65, 105, 105}; // the applicant takes the rest
    for (int c = 0; c < CutoffTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->horizontalHeader()->setSectionResizeMode(CutoffTableModel::Applicant,
                                                      QHeaderView::Stretch);
    m_table->setToolTip(tr("Faites glisser la ligne de coupure, ou double-cliquez sur le "
                           "dernier dossier à retenir."));
    m_table->viewport()->installEventFilter(this);
    m_table->viewport()->setMouseTracking(true);

    m_rank->setObjectName(QStringLiteral("cutoffRankSpin"));
    m_rank->setAccessibleName(tr("Rang de coupure"));
    m_partial->setObjectName(QStringLiteral("partialLastCheck"));
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_funded->setObjectName(QStringLiteral("fundedLabel"));
    m_unfunded->setObjectName(QStringLiteral("unfundedList"));
    m_adopt->setObjectName(QStringLiteral("adoptButton"));

    auto* save = new QPushButton(tr("&Enregistrer le scénario…"), this);
    auto* compare = new QPushButton(tr("&Comparer…"), this);
    save->setEnabled(!campaign.isReadOnly());
    m_adopt->setEnabled(!campaign.isReadOnly());

    auto* figures = new QFormLayout;
    figures->addRow(tr("Liste :"), m_subaxis);
    figures->addRow(tr("Rang de coupure :"), m_rank);
    figures->addRow(m_partial);
    figures->addRow(tr("Disponible (enveloppe − engagé) :"), m_available);
    figures->addRow(tr("Financé par le scénario :"), m_funded);
    figures->addRow(tr("Solde :"), m_balance);
    // The figures take what they need; the list takes the rest of the width.
    auto* sidePanel = new QWidget(this);
    sidePanel->setMaximumWidth(460);
    auto* side = new QVBoxLayout(sidePanel);
    side->setContentsMargins(0, 0, 0, 0);
    side->addLayout(figures);
    side->addWidget(m_unfundedTitle);
    side->addWidget(m_unfunded, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(compare);
    buttons->addWidget(m_adopt);
    side->addLayout(buttons);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(sidePanel);

    connect(m_subaxis, &QComboBox::currentIndexChanged, this, &CutoffPanel::load);
    connect(m_rank, &QSpinBox::valueChanged, this, [this](int rank) {
        if (!m_cutoff || rank == m_cutoff->cutoffRank())
            return;
        const int previous = m_cutoff->fundedCount();
        m_cutoff->setCutoffRank(rank);
        m_model->cutoffMoved(previous);
        updateFigures();
    });
    connect(m_partial, &QCheckBox::toggled, this, [this](bool partial) {
        if (!m_cutoff)
            return;
        m_cutoff->setPartialLast(partial);
        m_model->cutoffMoved(m_cutoff->fundedCount());
        updateFigures();
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { setFundedCount(index.row() + 1); });
    connect(save, &QPushButton::clicked, this, &CutoffPanel::saveScenario);
    connect(compare, &QPushButton::clicked, this, &CutoffPanel::compareScenarios);
    connect(m_adopt, &QPushButton::clicked, this, &CutoffPanel::adoptScenario);
    connect(&campaign, &Campaign::changed, this, &CutoffPanel::onChanged);
    load();
}

void CutoffPanel::load()
{
    const int rank = m_cutoff ? m_cutoff->cutoffRank() : 0;
    m_model->reset(nullptr, nullptr);
    Result<CutoffModel> loaded =
        CutoffModel::load(m_campaign.workspace().database(), m_campaign.programme(),
                          m_subaxis->currentData().toString());
    if (!loaded) {
        m_cutoff.reset();
        QMessageBox::warning(this, windowTitle(), loaded.error().message);
        return;
    }
    m_cutoff = std::move(*loaded);
    m_cutoff->setPartialLast(m_partial->isChecked());
    m_cutoff->setCutoffRank(rank);
    m_model->reset(&*m_cutoff, &m_campaign.dossiers());
    const QList<ScenarioRow>& rows = m_cutoff->rows();
    m_rank->setRange(0, rows.isEmpty() ? 0 : rows.constLast().rank);
    updateFigures();
}

void CutoffPanel::onChanged(const Change& change)
{
    // Another proposal, decision or eligibility changes the candidates and what is available:
    // the list is read again, the line kept at its rank.
    if (change.changesMoney() && change.kind != Change::Kind::Scenarios)
        load();
}

void CutoffPanel::setFundedCount(int count)
{
    if (!m_cutoff)
        return;
    const QList<ScenarioRow>& rows = m_cutoff->rows();
    count = std::clamp(count, 0, int(rows.size()));
    const int rank = count == 0 ? 0 : rows.at(count - 1).rank;
    if (rank == m_cutoff->cutoffRank())
        return;
    const int previous = m_cutoff->fundedCount();
    m_cutoff->setCutoffRank(rank);
    m_model->cutoffMoved(previous);
    updateFigures();
}

void CutoffPanel::updateFigures()
{
    if (!m_cutoff)
        return;
    const int count = m_cutoff->fundedCount();
    const QSignalBlocker rankBlocker(m_rank);
    m_rank->setValue(m_cutoff->cutoffRank());

    m_available->setText(money::format(m_cutoff->available()));
    m_funded->setText(
        tr("%1 (%n dossier(s))", nullptr, count).arg(money::format(m_cutoff->funded())));
    const Cents balance = m_cutoff->balance();
    if (balance >= 0) {
        m_balance->setText(money::format(balance));
        m_balance->setStyleSheet({});
    } else {
        m_balance->setText(
            tr("%1 (dépassement de %2)").arg(money::format(balance), money::format(-balance)));
        m_balance->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    }

    const QList<ScenarioRow>& rows = m_cutoff->rows();
    const int unfunded = int(rows.size()) - count;
    m_unfundedTitle->setText(tr("Retenus non financés : %n dossier(s)", nullptr, unfunded));
    m_unfunded->clear();
    for (int i = count; i < std::min(int(rows.size()), count + kUnfundedListed); ++i)
        m_unfunded->addItem(tr("%1. Dossier %2 — %3 (%4)")
                                .arg(rows.at(i).rank)
                                .arg(rows.at(i).dossier)
                                .arg(money::format(rows.at(i).proposed), rows.at(i).subaxis));
    if (unfunded > kUnfundedListed)
        m_unfunded->addItem(tr("… et %n autre(s)", nullptr, unfunded - kUnfundedListed));
    m_table->viewport()->update();
}

int CutoffPanel::lineY() const
{
    const int count = m_model->fundedCount();
    if (count == 0)
        return m_table->rowViewportPosition(0);
    return m_table->rowViewportPosition(count - 1) + m_table->rowHeight(count - 1);
}

int CutoffPanel::countAt(int y) const
{
    const int row = m_table->rowAt(y);
    if (row < 0)
        return y < 0 ? m_table->rowAt(0) : m_model->rowCount();
    const bool lowerHalf = y - m_table->rowViewportPosition(row) > m_table->rowHeight(row) / 2;
    return row + (lowerHalf ? 1 : 0);
}

bool CutoffPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_table->viewport() || !m_cutoff)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton &&
            std::abs(mouse->position().toPoint().y() - lineY()) <= kGrab) {
            m_dragging = true;
            return true; // the line, not the row under it
        }
        break;
    }
    case QEvent::MouseMove: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const int y = mouse->position().toPoint().y();
        if (m_dragging) {
            setFundedCount(countAt(y));
            return true;
        }
        // The line says it can be grabbed.
        m_table->viewport()->setCursor(std::abs(y - lineY()) <= kGrab ? Qt::SplitVCursor
                                                                      : Qt::ArrowCursor);
        break;
    }
    case QEvent::MouseButtonRelease:
        if (std::exchange(m_dragging, false))
            return true;
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void CutoffPanel::saveScenario()
{
    if (!m_cutoff)
        return;
    const QString name =
        QInputDialog::getText(this, tr("Enregistrer le scénario"), tr("Nom du scénario :"))
            .trimmed();
    if (name.isEmpty())
        return;
    ScenarioDefinition definition;
    definition.name = name;
    definition.subaxis = m_subaxis->currentData().toString();
    definition.cutoffRank = m_cutoff->cutoffRank();
    definition.partialLast = m_cutoff->partialLast();
    if (const Result<SavedScenario> saved = m_campaign.saveScenario(definition); !saved)
        QMessageBox::warning(this, tr("Enregistrer le scénario"), saved.error().message);
}

void CutoffPanel::compareScenarios()
{
    const QList<SavedScenario> saved = m_campaign.scenarios().list();
    if (saved.size() < 2) {
        QMessageBox::information(this, tr("Comparer"),
                                 tr("Enregistrez au moins deux scénarios pour les comparer."));
        return;
    }
    ScenarioCompareDialog(m_campaign, this).exec();
}

void CutoffPanel::adoptScenario()
{
    QStringList names;
    for (const SavedScenario& scenario : m_campaign.scenarios().list())
        if (scenario.adoption == 0)
            names << scenario.definition.name;
    if (names.isEmpty()) {
        QMessageBox::information(this, tr("Adopter"),
                                 tr("Enregistrez d'abord le scénario à adopter."));
        return;
    }
    bool chosen = false;
    const QString name = QInputDialog::getItem(this, tr("Adopter un scénario"), tr("Scénario :"),
                                               names, 0, false, &chosen);
    if (!chosen)
        return;
    if (QMessageBox::question(this, tr("Adopter un scénario"),
                              tr("Les dossiers financés par « %1 » recevront ces montants comme "
                                 "propositions pour le prochain comité. Adopter ?")
                                  .arg(name)) != QMessageBox::Yes)
        return;
    adopt(name);
}

bool CutoffPanel::adopt(const QString& name)
{
    const Result<AdoptionReport> adopted = m_campaign.adoptScenario(name);
    if (!adopted) {
        QMessageBox::warning(this, tr("Adopter un scénario"), adopted.error().message);
        return false;
    }
    m_editing->push(new AdoptionCommand(*m_editing, name));
    if (!adopted->skipped.isEmpty())
        QMessageBox::information(
            this, tr("Adopter un scénario"),
            tr("%n dossier(s) décidé(s) depuis l'enregistrement du scénario garde(nt) leur "
               "décision.",
               nullptr, int(adopted->skipped.size())));
    return true;
}

} // namespace guichet
