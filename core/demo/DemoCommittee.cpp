#include "DemoCommittee.h"

#include "committee/CommitteeStore.h"
#include "committee/SessionAgenda.h"
#include "documents/Letterhead.h"
#include "instruction/InstructionStore.h"
#include "ledger/LedgerStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>

namespace guichet::demo {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

const QString kSecretary = QStringLiteral("Julien Roche");
const QString kLinkedMember = QStringLiteral("Luc Bernard");

QList<SessionMember> members(bool september)
{
    using A = SessionMember::Attendance;
    return {
        {QStringLiteral("Marc Rivière"),
         Text::tr("Secrétaire général de la préfecture"),
         A::Present,
         {}},
        {QStringLiteral("Sophie Lambert"), Text::tr("Sous-préfète de Belley"), A::Present, {}},
        {QStringLiteral("Jean Morel"), Text::tr("Directeur départemental des finances publiques"),
         september ? A::Represented : A::Present,
         september ? QStringLiteral("Paul Girard") : QString()},
        {QStringLiteral("Anne Petit"),
         Text::tr("Conseillère départementale"),
         september ? A::Excused : A::Present,
         {}},
        {kLinkedMember, Text::tr("Président de l'association des maires de l'Ain"), A::Present, {}},
    };
}

Session session(QDate date, bool september)
{
    Session s;
    s.date = date;
    s.time = QTime(14, 30);
    s.place = Text::tr("Préfecture de l'Ain, salle des commissions");
    s.chair = Text::tr("La préfète de l'Ain");
    s.secretary = kSecretary;
    s.members = members(september);
    return s;
}

// A past session as the ledger's decisions of `date` show it: an avis for each decision
// (favourable at the amount attributed, défavorable for a refusal), validated that evening,
// the decisions linked to it.
Status addPastSession(CommitteeStore& store, QDate date, const QList<Movement>& decisions)
{
    const auto number = store.insertSession(session(date, false));
    if (!number)
        return number.error();
    QList<qint64> order;
    for (const Movement& m : decisions) {
        Avis a;
        a.dossier = m.dossier;
        a.kind =
            m.kind == Movement::Kind::Attribution ? Avis::Kind::Favorable : Avis::Kind::Defavorable;
        a.amount = m.kind == Movement::Kind::Attribution ? m.amount : 0;
        if (m.kind != Movement::Kind::Attribution)
            a.observations = m.reason;
        if (Status status = store.writeAvis(*number, a); !status)
            return status;
        if (Status status = store.audit(*number, QStringLiteral("avis:%1").arg(m.dossier),
                                        QVariant(), Avis::label(a.kind));
            !status)
            return status;
        order.append(m.dossier);
    }
    if (Status status = store.writeAgendaOrder(*number, order); !status)
        return status;
    const QDateTime evening(date, QTime(18, 0), QTimeZone("Europe/Paris"));
    if (Status status = store.markValidated(*number, evening.toUTC()); !status)
        return status;
    if (Status status = store.audit(*number, QStringLiteral("validated"), QVariant(),
                                    Text::tr("séance de démonstration"));
        !status)
        return status;
    for (const Movement& m : decisions) {
        if (Status status = store.writeDecision(*number, {m.id, m.dossier, QString(), 0}); !status)
            return status;
    }
    return success();
}
} // namespace

Status addCommittee(QSqlDatabase db, const Programme& programme)
{
    CommitteeStore store(db, kSecretary);
    QMap<QDate, QList<Movement>> byDate;
    for (const Movement& m : LedgerStore(db, programme, QString()).movements()) {
        if (m.isDecision())
            byDate[m.date].append(m);
    }
    {
        Transaction transaction(db);
        for (auto it = byDate.cbegin(); it != byDate.cend(); ++it) {
            if (Status status = addPastSession(store, it.key(), *it); !status)
                return status;
        }
        const auto upcoming = store.insertSession(session(QDate(2021, 9, 14), true));
        if (!upcoming)
            return upcoming.error();
        if (Status status = store.audit(*upcoming, QStringLiteral("created"), QVariant(),
                                        Text::tr("séance de démonstration"));
            !status)
            return status;
        if (!transaction.commit())
            return Error::failure(transaction.lastError());
    }
    // A member linked to the applicants of the second and the fifth dossier of the agenda:
    // the agenda brings them together so that he leaves the room once.
    const int upcoming = store.sessions().constLast().number;
    const auto agenda = SessionAgenda::load(db, programme, upcoming);
    if (!agenda)
        return agenda.error();
    InstructionStore instruction(db, programme, QStringLiteral("Claire Martin"));
    for (int index : {1, 4}) {
        if (index >= agenda->entries().size())
            break;
        const qint64 dossier = agenda->entries().at(index).item.dossier;
        for (const Dossier& d : agenda->dossiers()) {
            if (d.number != dossier || d.applicantSiren.isEmpty())
                continue;
            const auto declared =
                instruction.declareConflict({kLinkedMember, d.applicantSiren, d.applicantName,
                                             Text::tr("Maire de la commune"), QDateTime()});
            if (!declared)
                return declared.error();
        }
    }
    // The sessions are chaired by « la préfète de l'Ain »: the documents' letterhead says so.
    return Letterhead::save(db, kSecretary,
                            {{QStringLiteral("intitule"), QStringLiteral("PRÉFÈTE DE L'AIN")}});
}

} // namespace guichet::demo
