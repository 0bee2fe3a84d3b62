#pragma once

#include <QList>
#include <QMetaType>

namespace guichet {

// What a committed change touched, as the campaign tells every open view after the commit.
struct Change
{
    enum class Kind
    {
        Dossiers,    // an import: dossiers added, updated or flagged absent
        Note,        // the instructor's note on a dossier
        Scores,      // scores or comments on criteria
        Opinions,    // instructors' overall opinions
        Eligibility, // eligibility decisions
        Conflicts,   // declarations of interest (scores and opinions may have gone with them)
        Package,     // a colleague's score package merged: scores, opinions, decisions
        Amounts,     // proposed amounts (an instructor's, or an adopted scenario's)
        Ledger,      // decisions, reductions, cancellations, payments
        Envelope,    // an amendment of the envelope
        Scenarios,   // a cutoff scenario saved, adopted or its adoption undone
        Committee,   // a committee session (`session`): details, agenda, avis, recusals,
                     // validation, amendments, decisions taken (also announced as Ledger)
        Letterhead,  // the letterhead of the documents
        Templates,   // a new version of a document template
        Documents    // documents issued into the register
    };

    Kind kind = Kind::Dossiers;
    QList<qint64> dossiers; // the DS numbers concerned; empty when any dossier may have changed
    qint64 session = 0;     // the committee session concerned, 0 for none

    bool concerns(qint64 dossier) const { return dossiers.isEmpty() || dossiers.contains(dossier); }
    // Whether the instruction of a dossier (verdict, scores, rank) may have changed.
    bool changesInstruction() const
    {
        return kind != Kind::Note && kind != Kind::Amounts && kind != Kind::Ledger &&
               kind != Kind::Envelope && kind != Kind::Scenarios && kind != Kind::Committee &&
               kind != Kind::Letterhead && kind != Kind::Templates && kind != Kind::Documents;
    }
    // Whether the amounts or the balances of the envelope may have changed (an import or an
    // eligibility change may make a dossier eligible, hence proposed).
    bool changesMoney() const
    {
        return kind == Kind::Amounts || kind == Kind::Ledger || kind == Kind::Envelope ||
               kind == Kind::Scenarios || kind == Kind::Dossiers || kind == Kind::Eligibility ||
               kind == Kind::Package;
    }
};

} // namespace guichet

Q_DECLARE_METATYPE(guichet::Change)
