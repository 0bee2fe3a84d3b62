#include "LedgerState.h"

#include <QCoreApplication>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
};

QString euros(Cents cents)
{
    return money::format(cents);
}

// The rules of decisions and of payments (defined below, after the general check).
Status checkDecision(const Movement& m, const DossierLedger& d, const LedgerTotals& totals,
                     Cents requested);
Status checkPayment(const Movement& m, const DossierLedger& d);
Status checkCounterEntry(const Movement& m, const DossierLedger& d, const LedgerTotals& totals);
} // namespace

QString DossierLedger::apiName(Decision decision)
{
    switch (decision) {
    case Decision::Attribution:
        return QStringLiteral("attribution");
    case Decision::Refus:
        return QStringLiteral("refus");
    case Decision::SansSuite:
        return QStringLiteral("sans_suite");
    case Decision::Cancelled:
        return QStringLiteral("annulee");
    case Decision::None:
        break;
    }
    return QString();
}

QString DossierLedger::label(Decision decision)
{
    switch (decision) {
    case Decision::Attribution:
        return Text::tr("Attribution");
    case Decision::Refus:
        return Text::tr("Refus");
    case Decision::SansSuite:
        return Text::tr("Classement sans suite");
    case Decision::Cancelled:
        return Text::tr("Décision annulée");
    case Decision::None:
        break;
    }
    return Text::tr("Sans décision");
}

const DossierLedger* LedgerState::find(qint64 dossier) const
{
    const auto it = m_dossiers.constFind(dossier);
    return it == m_dossiers.cend() ? nullptr : &*it;
}

void LedgerState::apply(const Movement& m)
{
    m_amendments += m.envelopeDelta();
    m_committed += m.committedDelta();
    m_paid += m.paidDelta();
    if (const int key = m.date.year() * 100 + m.date.month(); key != m_lastMonth) {
        m_lastMonth = key;
        m_lastMonthName = m.date.toString(QStringLiteral("yyyy-MM"));
    }
    MonthFlow& month = m_months[m_lastMonthName];
    month.committed += m.committedDelta();
    month.paid += m.paidDelta();
    month.envelope += m.envelopeDelta();
    if (m.kind == Movement::Kind::EnvelopeAmendment)
        return;

    DossierLedger& d = m_dossiers[m.dossier];
    using Kind = Movement::Kind;
    using Decision = DossierLedger::Decision;
    switch (m.kind) {
    case Kind::Proposal:
        d.proposal = m;
        break;
    case Kind::ProposalReset:
        d.proposal.reset();
        break;
    case Kind::Attribution:
    case Kind::Refus:
    case Kind::SansSuite:
        d.decision = m.kind == Kind::Attribution ? Decision::Attribution
                     : m.kind == Kind::Refus     ? Decision::Refus
                                                 : Decision::SansSuite;
        d.decidedOn = m.date;
        d.decisionMovement = m.id;
        d.attributed = d.committed = m.committedDelta();
        break;
    case Kind::Reduction:
        d.committed -= m.amount;
        break;
    case Kind::Cancellation:
        d.decision = Decision::Cancelled;
        d.committed -= m.amount;
        break;
    case Kind::Avance:
        d.advances += m.amount;
        break;
    case Kind::Acompte:
        d.instalments += m.amount;
        break;
    case Kind::Solde:
        d.balancePaid += m.amount;
        d.closed = d.balancePaid > 0; // a solde's counter-entry reopens the payments
        break;
    case Kind::EnvelopeAmendment:
        break;
    }
}

Cents DossierLedger::paymentRoom(Movement::Kind kind) const
{
    if (decision != Decision::Attribution || closed)
        return 0;
    Cents room = committed - paid();
    if (kind == Movement::Kind::Avance || kind == Movement::Kind::Acompte)
        room = std::min(room, money::applyRate(committed, LedgerState::kInstalmentCeiling) -
                                  advances - instalments);
    if (kind == Movement::Kind::Avance)
        room = std::min(room, money::applyRate(committed, LedgerState::kAdvanceCeiling) - advances);
    return std::max<Cents>(room, 0);
}

Status LedgerState::check(const Movement& m, Cents requested) const
{
    static const DossierLedger kNone;
    const DossierLedger* found = find(m.dossier);
    return check(m, found ? *found : kNone, totals(), requested);
}

Status LedgerState::check(const Movement& m, const DossierLedger& d, const LedgerTotals& totals,
                          Cents requested)
{
    using Kind = Movement::Kind;
    if (!m.date.isValid())
        return Error::badInput(Text::tr("Date manquante ou invalide (AAAA-MM-JJ attendu)."));
    if (m.kind == Kind::EnvelopeAmendment) {
        if (m.amount == 0)
            return Error::badInput(
                Text::tr("Une modification de l'enveloppe a un montant non nul."));
        if (m.reason.trimmed().isEmpty())
            return Error::badInput(Text::tr("Une modification de l'enveloppe demande un motif."));
        const Cents after = totals.envelope + m.amount;
        if (after < totals.committed)
            return Error::badInput(
                Text::tr("L'enveloppe ramenée à %1 serait inférieure aux %2 déjà engagés (de %3) : "
                         "réduisez ou annulez d'abord des décisions.")
                    .arg(euros(after), euros(totals.committed), euros(totals.committed - after)));
        return success();
    }
    if (m.isDecision())
        return checkDecision(m, d, totals, requested);
    if (m.amount < 0 && (m.isPayment() || m.kind == Kind::Reduction))
        return checkCounterEntry(m, d, totals);
    if (m.isPayment())
        return checkPayment(m, d);
    switch (m.kind) {
    case Kind::Proposal:
    case Kind::ProposalReset:
        if (d.decision != DossierLedger::Decision::None)
            return Error::badInput(
                Text::tr("Le dossier %1 est déjà décidé : son montant proposé ne change plus.")
                    .arg(m.dossier));
        if (m.reason.trimmed().isEmpty())
            return Error::badInput(Text::tr("Changer le montant proposé demande un motif."));
        return success();
    case Kind::Reduction:
        if (d.decision != DossierLedger::Decision::Attribution)
            return Error::badInput(
                Text::tr("Le dossier %1 n'a pas d'attribution à réduire.").arg(m.dossier));
        if (m.reason.trimmed().isEmpty())
            return Error::badInput(Text::tr("Une réduction demande un motif."));
        if (m.amount <= 0 || m.amount >= d.committed)
            return Error::badInput(
                Text::tr("Une réduction retire entre 0,01 € et moins que le montant engagé (%1) ; "
                         "pour tout retirer, annulez la décision.")
                    .arg(euros(d.committed)));
        if (d.committed - m.amount < d.paid())
            return Error::badInput(
                Text::tr("Le montant réduit (%1) serait inférieur aux %2 déjà versés.")
                    .arg(euros(d.committed - m.amount), euros(d.paid())));
        return success();
    case Kind::Cancellation:
        if (!d.isActive())
            return Error::badInput(
                Text::tr("Le dossier %1 n'a pas de décision à annuler.").arg(m.dossier));
        if (m.reason.trimmed().isEmpty())
            return Error::badInput(Text::tr("Une annulation demande un motif."));
        if (d.paid() > 0)
            return Error::badInput(
                Text::tr("%1 ont déjà été versés sur le dossier %2 : un reversement doit précéder "
                         "l'annulation.")
                    .arg(euros(d.paid()))
                    .arg(m.dossier));
        if (m.amount != d.committed)
            return Error::failure(Text::tr("Une annulation libère tout le montant engagé (%1).")
                                      .arg(euros(d.committed)));
        return success();
    default:
        return success();
    }
}

namespace {

Status checkDecision(const Movement& m, const DossierLedger& d, const LedgerTotals& totals,
                     Cents requested)
{
    if (d.isActive())
        return Error::badInput(Text::tr("Le dossier %1 a déjà une décision (%2) : annulez-la "
                                        "d'abord.")
                                   .arg(m.dossier)
                                   .arg(DossierLedger::label(d.decision)));
    if (m.kind != Movement::Kind::Attribution)
        return m.amount == 0 ? success()
                             : Error::badInput(Text::tr("Un refus ou un classement sans suite "
                                                        "n'a pas de montant."));
    if (m.amount <= 0)
        return Error::badInput(
            Text::tr("Une attribution a un montant positif (aucun montant proposé pour le "
                     "dossier %1 : donnez-le).")
                .arg(m.dossier));
    if (m.amount > requested)
        return Error::badInput(Text::tr("L'attribution (%1) dépasse le montant sollicité (%2).")
                                   .arg(euros(m.amount), euros(requested)));
    // The guard: a commitment above the envelope is a deliberate, written choice.
    const Cents overrun = totals.committed + m.amount - totals.envelope;
    if (overrun > 0 && m.justification.trimmed().isEmpty())
        return Error::badInput(
            Text::tr("Cette attribution dépasserait l'enveloppe de %1 (engagé %2 + %3 pour une "
                     "enveloppe de %4) : une justification écrite est nécessaire.")
                .arg(euros(overrun), euros(totals.committed), euros(m.amount),
                     euros(totals.envelope)));
    return success();
}

// A counter-entry (extourne) writes a reduction or a payment again with the opposite amount: how
// a mistaken entry is corrected while nothing is deleted. It gives back no more than was entered.
Status checkCounterEntry(const Movement& m, const DossierLedger& d, const LedgerTotals& totals)
{
    if (m.reason.trimmed().isEmpty())
        return Error::badInput(Text::tr("Une contre-passation demande un motif."));
    if (d.decision != DossierLedger::Decision::Attribution)
        return Error::badInput(
            Text::tr("Le dossier %1 n'a pas d'attribution en cours.").arg(m.dossier));
    const Cents back = -m.amount;
    if (m.kind == Movement::Kind::Reduction) {
        if (d.committed + back > d.attributed)
            return Error::badInput(
                Text::tr("Le dossier %1 ne peut pas dépasser le montant attribué (%2).")
                    .arg(m.dossier)
                    .arg(euros(d.attributed)));
        if (totals.committed + back > totals.envelope)
            return Error::badInput(
                Text::tr("Les %1 libérés par la réduction ont été engagés depuis : les rendre "
                         "au dossier %2 dépasserait l'enveloppe.")
                    .arg(euros(back))
                    .arg(m.dossier));
        return success();
    }
    const Cents entered = m.kind == Movement::Kind::Avance    ? d.advances
                          : m.kind == Movement::Kind::Acompte ? d.instalments
                                                              : d.balancePaid;
    if (back > entered)
        return Error::badInput(Text::tr("Contre-passation de %1 pour %2 versés sous ce titre.")
                                   .arg(euros(back), euros(entered)));
    return success();
}

Status checkPayment(const Movement& m, const DossierLedger& d)
{
    if (d.decision != DossierLedger::Decision::Attribution)
        return Error::badInput(
            Text::tr("Le dossier %1 n'a pas d'attribution en cours : aucun versement possible.")
                .arg(m.dossier));
    if (m.amount <= 0)
        return Error::badInput(Text::tr("Un versement a un montant positif."));
    if (m.date < d.decidedOn)
        return Error::badInput(Text::tr("Un versement ne précède pas la décision (du %1).")
                                   .arg(d.decidedOn.toString(QStringLiteral("dd/MM/yyyy"))));
    if (d.closed)
        return Error::badInput(
            Text::tr("Le solde du dossier %1 est déjà versé : aucun autre versement.")
                .arg(m.dossier));
    const Cents amount = d.committed;
    if (m.kind == Movement::Kind::Avance) {
        const Cents ceiling = money::applyRate(amount, LedgerState::kAdvanceCeiling);
        if (d.advances + m.amount > ceiling)
            return Error::badInput(
                Text::tr("Plafond de l'avance dépassé : 30 % du montant attribué, soit %1 ; "
                         "%2 déjà versés en avance, %3 demandés.")
                    .arg(euros(ceiling), euros(d.advances), euros(m.amount)));
    }
    if (m.kind == Movement::Kind::Avance || m.kind == Movement::Kind::Acompte) {
        const Cents ceiling = money::applyRate(amount, LedgerState::kInstalmentCeiling);
        if (d.advances + d.instalments + m.amount > ceiling)
            return Error::badInput(
                Text::tr("Plafond des avances et acomptes dépassé : 80 % du montant attribué, "
                         "soit %1 ; %2 déjà versés, %3 demandés. Le reste est versé au solde, "
                         "sur justificatifs.")
                    .arg(euros(ceiling), euros(d.advances + d.instalments), euros(m.amount)));
    }
    if (d.paid() + m.amount > amount)
        return Error::badInput(Text::tr("Plafond des versements dépassé : le montant attribué, "
                                        "soit %1 ; %2 déjà versés, %3 demandés.")
                                   .arg(euros(amount), euros(d.paid()), euros(m.amount)));
    return success();
}

} // namespace

} // namespace guichet
