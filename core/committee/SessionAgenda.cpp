#include "SessionAgenda.h"

#include "common/TextFold.h"
#include "dossier/DossierRepository.h"
#include "instruction/InstructionStore.h"
#include "ledger/LedgerStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Committee)
};

// Ready for the committee: eligible, ranked (hence scored), proposed, not decided.
bool isReady(const DossierInstruction* instruction, const DossierMoney* money)
{
    return instruction && money &&
           instruction->eligibility.verdict == EligibilityAssessment::Verdict::Eligible &&
           instruction->rank.overall > 0 && money->proposal &&
           money->ledger.decision == DossierLedger::Decision::None;
}

// The links declared by each person seated at `session`, matched by folded name.
QList<SeatedLinks> seatedLinks(const Session& session, const QList<ConflictDeclaration>& conflicts)
{
    QList<SeatedLinks> links;
    for (const SessionMember& member : session.members) {
        const QString seated = member.seated();
        if (seated.isEmpty())
            continue;
        SeatedLinks l{seated, {}};
        const QString folded = text::fold(seated.trimmed());
        for (const ConflictDeclaration& c : conflicts) {
            if (text::fold(c.person.trimmed()) == folded)
                l.sirens.insert(c.applicantSiren);
        }
        if (!l.sirens.isEmpty())
            links.append(l);
    }
    return links;
}
} // namespace

Result<SessionAgenda> SessionAgenda::load(QSqlDatabase db, const Programme& programme, int number)
{
    const CommitteeStore store(db, QString());
    const std::optional<Session> session = store.session(number);
    if (!session)
        return Error::badInput(Text::tr("Aucune séance n° %1 dans ce classeur.").arg(number));
    auto dossiers = DossierRepository(db).loadAll();
    if (!dossiers)
        return dossiers.error();
    SessionAgenda agenda;
    agenda.m_session = *session;
    agenda.m_dossiers = std::move(dossiers.value());
    agenda.m_instruction = InstructionOverview::load(agenda.m_dossiers, programme, db);
    QHash<qint64, EligibilityAssessment::Verdict> verdicts;
    for (auto it = agenda.m_instruction.all().cbegin(); it != agenda.m_instruction.all().cend();
         ++it)
        verdicts.insert(it.key(), it->eligibility.verdict);
    agenda.m_envelope = EnvelopeOverview::compute(agenda.m_dossiers, programme, verdicts,
                                                  LedgerStore(db, programme, QString()).state());

    QHash<qint64, Avis> avis;
    for (const Avis& a : store.avis(number))
        avis.insert(a.dossier, a);
    const QList<qint64> stored = store.agendaOrder(number);
    const QHash<qint64, SessionAvis> latest = store.latestAvis();
    QList<AgendaCandidate> candidates;
    QHash<qint64, const Dossier*> byNumber;
    for (const Dossier& d : std::as_const(agenda.m_dossiers)) {
        byNumber.insert(d.number, &d);
        const DossierInstruction* instruction = agenda.m_instruction.find(d.number);
        bool included = avis.contains(d.number);
        if (session->isValidated()) {
            included = included || stored.contains(d.number);
        } else if (!included && isReady(instruction, agenda.m_envelope.find(d.number))) {
            const auto elsewhere = latest.constFind(d.number);
            included = elsewhere == latest.cend() || elsewhere->session == number ||
                       elsewhere->avis.kind == Avis::Kind::Ajourne;
        }
        if (included)
            candidates.append(
                {d.number, instruction ? instruction->rank.overall : 0, d.applicantSiren});
    }
    // Rank order; the unranked (an avis given before the ranking changed) last, by DS number.
    std::sort(candidates.begin(), candidates.end(),
              [](const AgendaCandidate& a, const AgendaCandidate& b) {
                  const int ra = a.rank ? a.rank : INT_MAX, rb = b.rank ? b.rank : INT_MAX;
                  return ra != rb ? ra < rb : a.dossier < b.dossier;
              });
    agenda.m_links = seatedLinks(*session, InstructionStore(db, programme, QString()).conflicts());

    const LedgerTotals totals = agenda.m_envelope.ledger().totals();
    agenda.m_gauge.envelope = totals.envelope;
    agenda.m_gauge.committed = totals.committed;
    for (const AgendaItem& item : arrangeAgenda(candidates, agenda.m_links, stored)) {
        const Dossier& d = *byNumber.value(item.dossier);
        const DossierMoney* money = agenda.m_envelope.find(d.number);
        AgendaEntry entry{item,
                          d.applicantName,
                          d.title,
                          d.subaxis,
                          d.requested,
                          money ? money->proposal : std::nullopt,
                          avis.contains(d.number) ? std::optional(avis.value(d.number))
                                                  : std::nullopt,
                          money ? money->ledger.decision : DossierLedger::Decision::None};
        const bool decided = money && money->ledger.isActive();
        if (entry.avis && entry.avis->isFavourable() && !decided)
            agenda.m_gauge.favourable += entry.avis->amount;
        agenda.m_entries.append(entry);
    }
    return agenda;
}

const AgendaEntry* SessionAgenda::find(qint64 dossier) const
{
    for (const AgendaEntry& e : m_entries) {
        if (e.item.dossier == dossier)
            return &e;
    }
    return nullptr;
}

QList<RankedAvis> SessionAgenda::rankedAvis() const
{
    QList<RankedAvis> list;
    for (const AgendaEntry& e : m_entries)
        list.append(
            {e.item.dossier, e.item.rank, e.avis ? std::optional(e.avis->kind) : std::nullopt});
    return list;
}

} // namespace guichet
