#pragma once

#include "Agenda.h"
#include "Avis.h"
#include "CommitteeStore.h"
#include "Session.h"
#include "common/Result.h"
#include "dossier/Dossier.h"
#include "instruction/InstructionOverview.h"
#include "ledger/EnvelopeOverview.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace guichet {

// One line of a session's agenda with what the secretary's list shows of its dossier.
struct AgendaEntry
{
    AgendaItem item; // position, rank, the members out of the room
    QString applicantName;
    QString title;
    QString subaxis;
    Cents requested = 0;
    std::optional<ProposedAmount> proposal; // the amount proposed and its basis
    std::optional<Avis> avis;               // none until the committee gives it
    DossierLedger::Decision decision = DossierLedger::Decision::None;

    Cents proposed() const { return proposal ? proposal->amount : 0; }
    // Given an avis and without a decision in force: what « Prendre les décisions » may decide.
    bool awaitsDecision() const
    {
        return avis && decision != DossierLedger::Decision::Attribution &&
               decision != DossierLedger::Decision::Refus &&
               decision != DossierLedger::Decision::SansSuite;
    }
};

// The envelope as the committee sees it during a session: what the ledger commits, plus what
// this session's favourable avis would commit (on dossiers not yet decided).
struct EnvelopeGauge
{
    Cents envelope = 0;
    Cents committed = 0;
    Cents favourable = 0;
    Cents total() const { return committed + favourable; }
    Cents remaining() const { return envelope - total(); } // negative: an overrun
};

// A session's agenda, read in one pass over the workspace. An open session's agenda is the
// dossiers ready for the committee — eligible, ranked (hence scored), with a proposal, not
// decided, not given an avis other than « ajourné » in another session — and those it already
// gave an avis on, ordered by arrangeAgenda() (the seated members' declared links, matched by
// name ignoring case and accents, grouped; the chair's stored order first). A validated
// session's agenda is the one frozen at its validation. Writes nothing.
class SessionAgenda
{
public:
    static Result<SessionAgenda> load(QSqlDatabase db, const Programme& programme, int session);

    const Session& session() const { return m_session; }
    const QList<AgendaEntry>& entries() const { return m_entries; }
    const AgendaEntry* find(qint64 dossier) const;
    EnvelopeGauge gauge() const { return m_gauge; }
    // The dossiers with their ranks and avis, as departuresOf() reads them.
    QList<RankedAvis> rankedAvis() const;
    // The seated persons' links, as the agenda grouped them.
    const QList<SeatedLinks>& links() const { return m_links; }

    // What the projection reads (ProjectionSlide).
    const QList<Dossier>& dossiers() const { return m_dossiers; }
    const InstructionOverview& instruction() const { return m_instruction; }
    const EnvelopeOverview& envelope() const { return m_envelope; }

private:
    Session m_session;
    QList<AgendaEntry> m_entries;
    EnvelopeGauge m_gauge;
    QList<SeatedLinks> m_links;
    QList<Dossier> m_dossiers;
    InstructionOverview m_instruction;
    EnvelopeOverview m_envelope;
};

} // namespace guichet
