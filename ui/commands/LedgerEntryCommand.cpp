#include "LedgerEntryCommand.h"

#include "campaign/Campaign.h"
#include "common/Money.h"

#include <QCoreApplication>

namespace guichet {

namespace {

QString commandText(const Movement& entry)
{
    return QCoreApplication::translate("LedgerEntryCommand", "%1 de %2 sur le dossier %3")
        .arg(Movement::label(entry.kind), money::format(entry.amount))
        .arg(entry.dossier);
}

} // namespace

LedgerEntryCommand::LedgerEntryCommand(Editing& editing, Movement written)
    : EditCommand(editing, written.dossier, Editing::Place::Detail, commandText(written))
    , m_entry(std::move(written))
{}

Status LedgerEntryCommand::apply(bool forward)
{
    if (!forward) {
        Result<Movement> counter = campaign().counterEntry(
            m_entry, QCoreApplication::translate("LedgerEntryCommand", "annulation (Ctrl+Z)"));
        return counter ? success() : Status(counter.error());
    }
    Result<Movement> written =
        m_entry.kind == Movement::Kind::Reduction
            ? campaign().reduceDecision(m_entry.dossier, m_entry.amount, m_entry.reason,
                                        m_entry.date)
            : campaign().addPayment(m_entry.dossier, m_entry.kind, m_entry.amount, m_entry.date,
                                    m_entry.reference);
    if (!written)
        return written.error();
    m_entry = *written;
    return success();
}

} // namespace guichet
