#include "ScenarioCompareDialog.h"

#include "campaign/Campaign.h"
#include "common/Money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

namespace {
QTableWidgetItem* amount(Cents cents)
{
    auto* item = new QTableWidgetItem(money::format(cents));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ScenarioCompareDialog::ScenarioCompareDialog(const Campaign& campaign, QWidget* parent)
    : QDialog(parent)
    , m_campaign(campaign)
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_totals(new QTableWidget(this))
    , m_differences(new QTableWidget(this))
{
    setWindowTitle(tr("Comparer deux scénarios"));
    for (const SavedScenario& scenario : campaign.scenarios().list()) {
        m_first->addItem(scenario.definition.name);
        m_second->addItem(scenario.definition.name);
    }
    m_second->setCurrentIndex(std::min(1, m_second->count() - 1));
    for (QTableWidget* table : {m_totals, m_differences}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_differences->setObjectName(QStringLiteral("differencesTable"));

    auto* choice = new QHBoxLayout;
    choice->addWidget(m_first, 1);
    choice->addWidget(new QLabel(tr("et"), this));
    choice->addWidget(m_second, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_totals);
    layout->addWidget(new QLabel(tr("Dossiers financés différemment :"), this));
    layout->addWidget(m_differences, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::compare);
    connect(m_second, &QComboBox::currentIndexChanged, this, &ScenarioCompareDialog::compare);
    resize(760, 600);
    compare();
}

void ScenarioCompareDialog::compare()
{
    const ScenarioStore store = m_campaign.scenarios();
    const std::optional<SavedScenario> first = store.find(m_first->currentText());
    const std::optional<SavedScenario> second = store.find(m_second->currentText());
    if (!first || !second)
        return;

    QStringList subaxes = first->fundedBySubaxis().keys();
    for (const QString& code : second->fundedBySubaxis().keys())
        if (!subaxes.contains(code))
            subaxes << code;
    subaxes.sort();
    m_totals->clear();
    m_totals->setColumnCount(3);
    m_totals->setHorizontalHeaderLabels(
        {QString(), first->definition.name, second->definition.name});
    m_totals->setRowCount(int(3 + subaxes.size()));
    auto row = [this](int r, const QString& label, Cents a, Cents b) {
        m_totals->setItem(r, 0, new QTableWidgetItem(label));
        m_totals->setItem(r, 1, amount(a));
        m_totals->setItem(r, 2, amount(b));
    };
    row(0, tr("Disponible à l'enregistrement"), first->available, second->available);
    row(1, tr("Financé"), first->funded(), second->funded());
    row(2, tr("Solde"), first->balance(), second->balance());
    for (int i = 0; i < subaxes.size(); ++i)
        row(3 + i, tr("Financé, sous-axe %1").arg(subaxes.at(i)),
            first->fundedBySubaxis().value(subaxes.at(i)),
            second->fundedBySubaxis().value(subaxes.at(i)));
    m_totals->resizeColumnsToContents();

    const ScenarioComparison comparison = ScenarioStore::compare(*first, *second);
    m_differences->clear();
    m_differences->setColumnCount(5);
    m_differences->setHorizontalHeaderLabels({tr("N° DS"), tr("Sous-axe"), first->definition.name,
                                              second->definition.name, tr("Écart")});
    m_differences->setRowCount(int(comparison.differences.size()));
    for (int i = 0; i < comparison.differences.size(); ++i) {
        const ScenarioComparison::Difference& d = comparison.differences.at(i);
        m_differences->setItem(i, 0, new QTableWidgetItem(QString::number(d.dossier)));
        m_differences->setItem(i, 1, new QTableWidgetItem(d.subaxis));
        m_differences->setItem(i, 2, amount(d.first));
        m_differences->setItem(i, 3, amount(d.second));
        m_differences->setItem(i, 4, amount(d.second - d.first));
    }
    m_differences->resizeColumnsToContents();
}

} // namespace guichet
