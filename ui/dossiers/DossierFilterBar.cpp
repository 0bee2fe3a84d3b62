#include "DossierFilterBar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace guichet {

DossierFilterBar::DossierFilterBar(DossierFilterProxy* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_subaxis(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_verdict(new QComboBox(this))
    , m_restrictions(new QToolButton(this))
{
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(
        tr("Rechercher un numéro, une collectivité, un intitulé… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Rechercher"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &DossierFilterProxy::setFilterText);

    m_subaxis->setObjectName(QStringLiteral("subaxisComboBox"));
    // Sub-axis titles are long: the closed box shows their start, the list shows them whole.
    m_subaxis->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subaxis->setMinimumContentsLength(20);
    m_subaxis->setAccessibleName(tr("Filtrer par sous-axe"));
    connect(m_subaxis, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSubaxis(m_subaxis->currentData().toString()); });
    setSubaxes({});

    m_state->setObjectName(QStringLiteral("stateComboBox"));
    m_state->setAccessibleName(tr("Filtrer par état DS"));
    m_state->addItem(tr("Tous les états"), QString());
    for (DossierState state : dossier_state::all())
        m_state->addItem(dossier_state::label(state), dossier_state::apiName(state));
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setState(dossier_state::fromApiName(m_state->currentData().toString()));
    });

    m_verdict->setObjectName(QStringLiteral("instructionComboBox"));
    m_verdict->setAccessibleName(tr("Filtrer par éligibilité ou désaccord"));
    using Filter = DossierFilterProxy::InstructionFilter;
    m_verdict->addItem(tr("Toute éligibilité"), int(Filter::All));
    m_verdict->addItem(tr("Éligibles"), int(Filter::Eligible));
    m_verdict->addItem(tr("À compléter"), int(Filter::Incomplete));
    m_verdict->addItem(tr("Non éligibles"), int(Filter::NotEligible));
    connect(m_verdict, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setInstructionFilter(Filter(m_verdict->currentData().toInt())); });

    m_restrictions->setObjectName(QStringLiteral("restrictionsToolButton"));
    m_restrictions->setPopupMode(QToolButton::InstantPopup);
    m_restrictions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_restrictions);
    using Only = DossierFilterProxy::Only;
    const std::pair<Only, QString> choices[] = {
        {Only::ToScoreByMe, tr("À &noter par moi")},
        {Only::Disagreements, tr("⚑ &Désaccords entre instructeurs")},
        {Only::WithNote, tr("Avec une note de l'&instructeur")},
        {Only::AbsentFromLastExport, tr("&Absents du dernier export")}};
    for (const auto& [only, text] : choices) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setData(int(only));
        connect(action, &QAction::toggled, this, &DossierFilterBar::announceRestrictions);
    }
    m_restrictions->setMenu(menu);
    m_restrictions->setText(tr("Afficher seulement"));

    auto* bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    auto* searchLabel = new QLabel(tr("&Rechercher :"), this);
    searchLabel->setBuddy(m_search);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_subaxis);
    bar->addWidget(m_state);
    bar->addWidget(m_verdict);
    bar->addWidget(m_restrictions);
}

void DossierFilterBar::setSubaxes(const QList<SubAxis>& subaxes)
{
    {
        const QSignalBlocker blocker(m_subaxis);
        m_subaxis->clear();
        m_subaxis->addItem(tr("Tous les sous-axes"), QString());
        for (const SubAxis& axis : subaxes)
            m_subaxis->addItem(axis.code + QStringLiteral(" — ") + axis.title, axis.code);
        m_subaxis->setCurrentIndex(0);
    }
    m_proxy->setSubaxis(QString());
}

void DossierFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DossierFilterBar::clear()
{
    m_search->clear();
    m_subaxis->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
    m_verdict->setCurrentIndex(0);
    for (QAction* action : m_restrictions->menu()->actions())
        action->setChecked(false);
}

void DossierFilterBar::announceRestrictions()
{
    DossierFilterProxy::Restrictions restrictions;
    int chosen = 0;
    for (const QAction* action : m_restrictions->menu()->actions()) {
        if (action->isChecked()) {
            restrictions |= DossierFilterProxy::Only(action->data().toInt());
            ++chosen;
        }
    }
    m_restrictions->setText(chosen ? tr("Afficher seulement (%n)", nullptr, chosen)
                                   : tr("Afficher seulement"));
    emit restrictionsChosen(restrictions);
}

} // namespace guichet
