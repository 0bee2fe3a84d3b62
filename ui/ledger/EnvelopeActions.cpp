#include "EnvelopeActions.h"

#include "DecisionChangeDialog.h"
#include "DecisionDialog.h"
#include "EnvelopeStatusLabel.h"
#include "EnvelopeWindow.h"
#include "PaymentDialog.h"
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
    , m_decisionChange(new QAction(tr("&Réduire ou annuler la décision…"), this))
    , m_payment(new QAction(tr("Enregistrer un &versement…"), this))
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
    m_decisionChange->setObjectName(QStringLiteral("decisionChangeAction"));
    m_decisionChange->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_decisionChange->setStatusTip(
        tr("Réduire l'attribution du dossier affiché ou retirer sa décision, avec un motif"));
    connect(m_decisionChange, &QAction::triggered, this, &EnvelopeActions::changeDecision);
    m_payment->setObjectName(QStringLiteral("paymentAction"));
    m_payment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_payment->setStatusTip(tr("Avance, acompte ou solde de l'attribution du dossier affiché"));
    connect(m_payment, &QAction::triggered, this, &EnvelopeActions::recordPayment);

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
    menu->addAction(m_decisionChange);
    menu->addAction(m_payment);
}

void EnvelopeActions::setWritable(bool writable)
{
    m_writable = writable;
    updateActions();
}

void EnvelopeActions::updateActions()
{
    const bool writable = m_campaign && m_writable && !m_campaign->isReadOnly();
    for (QAction* action : {m_proposedAmount, m_decision, m_decisionChange, m_payment})
        action->setEnabled(writable);
}

template <class Dialog> void EnvelopeActions::openOnCurrent(QAction* action, const QString& done)
{
    const std::optional<Dossier> dossier = m_currentDossier();
    if (!m_campaign || !dossier || !action->isEnabled())
        return;
    Dialog dialog(*m_editing, *dossier, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit message(done.arg(dossier->number), 4000);
}

void EnvelopeActions::editProposedAmount()
{
    openOnCurrent<ProposedAmountDialog>(m_proposedAmount,
                                        tr("Montant proposé du dossier %1 enregistré."));
}

void EnvelopeActions::recordDecision()
{
    openOnCurrent<DecisionDialog>(m_decision, tr("Décision sur le dossier %1 enregistrée."));
}

// Reducing, cancelling or paying needs a decision: said at once rather than in an empty dialog.
bool EnvelopeActions::currentIsDecided(bool attribution)
{
    const std::optional<Dossier> dossier = m_currentDossier();
    if (!m_campaign || !dossier)
        return false;
    const DossierLedger ledger = m_campaign->ledger().dossier(dossier->number);
    if (attribution ? ledger.decision == DossierLedger::Decision::Attribution : ledger.isActive())
        return true;
    emit message(attribution
                     ? tr("Le dossier %1 n'a pas d'attribution en cours.").arg(dossier->number)
                     : tr("Le dossier %1 n'a pas de décision en cours.").arg(dossier->number),
                 6000);
    return false;
}

void EnvelopeActions::changeDecision()
{
    if (currentIsDecided(false))
        openOnCurrent<DecisionChangeDialog>(m_decisionChange,
                                            tr("Décision du dossier %1 modifiée."));
}

void EnvelopeActions::recordPayment()
{
    if (currentIsDecided(true))
        openOnCurrent<PaymentDialog>(m_payment, tr("Versement sur le dossier %1 enregistré."));
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
