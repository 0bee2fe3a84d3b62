#include "SessionDecisions.h"

#include "SessionAgenda.h"
#include "dossier/DossierRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Committee)
};
} // namespace

bool decisionFollowsAvis(const Avis& avis, Movement::Kind kind, Cents amount)
{
    if (avis.isFavourable())
        return kind == Movement::Kind::Attribution && amount == avis.amount;
    return avis.kind == Avis::Kind::Defavorable && kind == Movement::Kind::Refus;
}

SessionDecisions::SessionDecisions(QSqlDatabase db, const Programme& programme, QString actor)
    : m_store(db, actor)
    , m_programme(programme)
    , m_actor(std::move(actor))
{}

Result<QList<DecisionRequest>> SessionDecisions::plan(const SessionDecisionRequest& request) const
{
    const std::optional<Session> session = m_store.session(request.session);
    if (!session)
        return Error::badInput(
            Text::tr("Aucune séance n° %1 dans ce classeur.").arg(request.session));
    if (!session->isValidated())
        return Error::badInput(Text::tr("La séance n° %1 n'est pas validée : le président la "
                                        "valide avant que les décisions soient prises.")
                                   .arg(request.session));
    const auto agenda = SessionAgenda::load(m_store.database(), m_programme, request.session);
    if (!agenda)
        return agenda.error();
    QHash<qint64, DecisionOverride> overrides;
    for (const DecisionOverride& o : request.overrides) {
        const AgendaEntry* entry = agenda->find(o.dossier);
        if (!entry || !entry->avis)
            return Error::badInput(Text::tr("Le dossier %1 n'a pas d'avis dans la séance n° %2.")
                                       .arg(o.dossier)
                                       .arg(request.session));
        overrides.insert(o.dossier, o);
    }
    const QString reference = Text::tr("séance n° %1").arg(request.session);
    QList<DecisionRequest> planned;
    Cents total = 0;
    for (const AgendaEntry& entry : agenda->entries()) {
        if (!entry.awaitsDecision())
            continue;
        const auto o = overrides.constFind(entry.item.dossier);
        if (o == overrides.cend() && !entry.avis->isFavourable())
            continue;
        DecisionRequest d;
        d.dossier = entry.item.dossier;
        d.date = request.date;
        d.reference = reference;
        d.kind = o == overrides.cend() ? Movement::Kind::Attribution : o->kind;
        if (d.kind == Movement::Kind::Attribution)
            d.amount = o != overrides.cend() && o->amount ? *o->amount : entry.avis->amount;
        d.reason = Text::tr("avis %1 de la séance n° %2")
                       .arg(Avis::label(entry.avis->kind).toLower())
                       .arg(request.session);
        if (o != overrides.cend() &&
            !decisionFollowsAvis(*entry.avis, d.kind, d.amount.value_or(0))) {
            if (o->reason.trimmed().isEmpty())
                return Error::badInput(Text::tr("La décision sur le dossier %1 diffère de l'avis "
                                                "du comité (%2) : donnez-en le motif.")
                                           .arg(d.dossier)
                                           .arg(Avis::label(entry.avis->kind)));
            d.reason = o->reason.trimmed();
        }
        total += d.amount.value_or(0);
        planned.append(d);
    }
    if (planned.isEmpty())
        return Error::badInput(
            Text::tr("La séance n° %1 n'a aucun avis favorable qui attende une décision.")
                .arg(request.session));
    const LedgerTotals totals = agenda->envelope().ledger().totals();
    const Cents overrun = totals.committed + total - totals.envelope;
    if (overrun > 0) {
        if (request.justification.trimmed().isEmpty())
            return Error::badInput(
                Text::tr("Les décisions de la séance n° %1 dépasseraient l'enveloppe de %2 "
                         "(engagé %3 + %4 pour une enveloppe de %5) : une justification écrite "
                         "est nécessaire ; rien n'a été décidé.")
                    .arg(request.session)
                    .arg(money::format(overrun), money::format(totals.committed),
                         money::format(total), money::format(totals.envelope)));
        for (DecisionRequest& d : planned)
            d.justification = request.justification.trimmed();
    }
    return planned;
}

Result<SessionDecisionReport> SessionDecisions::take(const SessionDecisionRequest& request)
{
    const auto planned = plan(request);
    if (!planned)
        return planned.error();
    QHash<qint64, QString> differs;
    for (const DecisionOverride& o : request.overrides)
        differs.insert(o.dossier, o.reason.trimmed());
    QSqlDatabase db = m_store.database();
    LedgerStore ledger(db, m_programme, m_actor);
    const DossierRepository dossiers(db);
    Transaction transaction(db);
    SessionDecisionReport report;
    for (const DecisionRequest& d : *planned) {
        Movement m;
        m.kind = d.kind;
        m.dossier = d.dossier;
        m.amount = d.amount.value_or(0);
        m.date = d.date;
        m.reference = d.reference;
        m.reason = d.reason;
        m.justification = d.justification;
        const std::optional<Dossier> dossier = dossiers.find(d.dossier);
        auto written = ledger.write(m, dossier ? dossier->requested : 0);
        if (!written)
            return written.error();
        if (Status status = m_store.writeDecision(
                request.session, {written->id, d.dossier, differs.value(d.dossier), 0});
            !status)
            return status.error();
        report.committed += written->committedDelta();
        report.movements.append(*written);
    }
    if (Status status = m_store.audit(
            request.session, QStringLiteral("decisions"), QVariant(),
            Text::tr("%n décision(s) prise(s), %1 engagés", nullptr, int(report.movements.size()))
                .arg(money::format(report.committed)));
        !status)
        return status.error();
    if (!transaction.commit())
        return Error::failure(transaction.lastError());
    return report;
}

Result<QList<Movement>> SessionDecisions::undo(int session, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error::badInput(
            Text::tr("Revenir sur les décisions d'une séance demande un motif."));
    QSqlDatabase db = m_store.database();
    LedgerStore ledger(db, m_programme, m_actor);
    Transaction transaction(db);
    QList<Movement> written;
    for (const SessionDecision& d : m_store.decisions(session)) {
        if (!d.stands())
            continue;
        // Only a decision still in force is undone (not one cancelled or replaced since).
        qint64 current = 0;
        for (const Movement& m : ledger.movementsOf(d.dossier)) {
            if (m.isDecision())
                current = m.id;
        }
        if (current != d.movement || !ledger.dossier(d.dossier).isActive())
            continue;
        Movement cancel;
        cancel.kind = Movement::Kind::Cancellation;
        cancel.dossier = d.dossier;
        cancel.reference = Text::tr("séance n° %1").arg(session);
        cancel.reason = reason.trimmed();
        auto cancelled = ledger.write(cancel, 0);
        if (!cancelled)
            return cancelled.error();
        if (Status status = m_store.markCancelled(d.movement, cancelled->id); !status)
            return status.error();
        written.append(*cancelled);
    }
    if (written.isEmpty())
        return Error::badInput(
            Text::tr("La séance n° %1 n'a aucune décision en vigueur à annuler.").arg(session));
    if (Status status =
            m_store.audit(session, QStringLiteral("decisions undone"), QVariant(),
                          Text::tr("%n décision(s) annulée(s) : %1", nullptr, int(written.size()))
                              .arg(reason.trimmed()));
        !status)
        return status.error();
    if (!transaction.commit())
        return Error::failure(transaction.lastError());
    return written;
}

} // namespace guichet
