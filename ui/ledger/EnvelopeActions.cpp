#include "EnvelopeActions.h"

#include "DecisionDialog.h"
#include "EnvelopeStatusLabel.h"
#include "EnvelopeWindow.h"
#include "ProposedAmountDialog.h"
#include "campaign/Campaign.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace guichet {

EnvelopeActions::EnvelopeActions(QMainWindow* window, Editing* editing,
                                 std::function<std::optional<Dossier>()> currentDossier)
    : QObject(window)
    , m_window(window)
    , m_editing(editing)
    , m_status(new EnvelopeStatusLabel(window))
    , m_currentDossier(std::move(currentDossier))
    , m_open(new QAction(tr("&Enveloppe et scénarios de coupure…"), this))
    , m_proposedAmount(new QAction(tr("&Modifier le montant proposé…"), this))
    , m_decision(new QAction(tr("Enregistrer la &décision…"), this))
{
    m_proposedAmount->setObjectName(QStringLiteral("proposedAmountAction"));
    m_proposedAmount->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_proposedAmount->setStatusTip(
        tr("Un autre montant ou taux que celui des règles pour le dossier affiché, avec un motif"));
    connect(m_proposedAmount, &QAction::triggered, this, &EnvelopeActions::editProposedAmount);
    m_decision->setObjectName(QStringLiteral("decisionAction"));
    m_decision->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_decision->setStatusTip(tr("Attribution, refus ou classement sans suite du dossier affiché"));
    connect(m_decision, &QAction::triggered, this, &EnvelopeActions::recordDecision);

    window->statusBar()->addPermanentWidget(m_status);
    m_open->setObjectName(QStringLiteral("envelopeAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_open->setEnabled(false);
    connect(m_open, &QAction::triggered, this, &EnvelopeActions::showWindow);
}

void EnvelopeActions::addTo(QMenu* menu)
{
    menu->addAction(m_open);
    menu->addSeparator();
    menu->addAction(m_proposedAmount);
    menu->addAction(m_decision);
}

void EnvelopeActions::setWritable(bool writable)
{
    m_writable = writable;
    updateActions();
}

void EnvelopeActions::updateActions()
{
    const bool writable = m_campaign && m_writable && !m_campaign->isReadOnly();
    m_proposedAmount->setEnabled(writable);
    m_decision->setEnabled(writable);
}

void EnvelopeActions::editProposedAmount()
{
    const std::optional<Dossier> dossier = m_currentDossier();
    if (!m_campaign || !dossier || !m_proposedAmount->isEnabled())
        return;
    ProposedAmountDialog dialog(*m_editing, *dossier, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit message(tr("Montant proposé du dossier %1 enregistré.").arg(dossier->number), 4000);
}

void EnvelopeActions::recordDecision()
{
    const std::optional<Dossier> dossier = m_currentDossier();
    if (!m_campaign || !dossier || !m_decision->isEnabled())
        return;
    DecisionDialog dialog(*m_editing, *dossier, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit message(tr("Décision sur le dossier %1 enregistrée.").arg(dossier->number), 4000);
}

void EnvelopeActions::setCampaign(Campaign* campaign)
{
    // The window shows one workspace's envelope: another workspace needs another window.
    if (m_envelope)
        m_envelope->deleteLater();
    m_campaign = campaign;
    m_status->setCampaign(campaign);
    m_open->setEnabled(campaign != nullptr);
    updateActions();
}

void EnvelopeActions::showWindow()
{
    if (!m_campaign)
        return;
    if (!m_envelope)
        m_envelope = new EnvelopeWindow(*m_campaign, m_editing, m_window);
    m_envelope->show();
    m_envelope->raise();
    m_envelope->activateWindow();
}

} // namespace guichet
