#pragma once

#include "DocumentTemplates.h"
#include "Letterhead.h"
#include "Placeholders.h"
#include "common/Result.h"
#include "dossier/Dossier.h"
#include "instruction/Eligibility.h"
#include "ledger/Movement.h"
#include "programme/Programme.h"

#include <QDate>
#include <QList>

namespace guichet {

class Campaign;

// One document a decision calls for.
struct LetterPlan
{
    DocumentTemplate::Kind kind = DocumentTemplate::Kind::Arrete;
    QString series; // the register's: "ARR", "NOT", "REF"
};

// What the préfet's decision on one dossier, as the ledger holds it, has to be sent with.
struct DecisionFacts
{
    Dossier dossier;
    Movement decision; // the decision in force (an Attribution, a Refus or a SansSuite)
    EligibilityAssessment::Verdict verdict = EligibilityAssessment::Verdict::Eligible;
    QString subaxisTitle;
    QDate committeeDate; // invalid when no committee gave its opinion

    // An attribution: the arrêté, then the letter that sends it; a refusal: the letter of its
    // reason's family (not eligible, incomplete, not retained); a classement sans suite: its
    // letter.
    QList<LetterPlan> plans() const;
    // The placeholders' values for a document numbered `number` dated `date`.
    placeholders::Values values(const Letterhead& letterhead, const QString& number,
                                QDate date) const;

    // The facts of `dossier` read through the campaign; BadInput when it has no decision in
    // force (none yet, or cancelled).
    static Result<DecisionFacts> load(const Campaign& campaign, qint64 dossier);
    // Every dossier with a decision in force, by DS number.
    static QList<qint64> decidedDossiers(const Campaign& campaign);
};

// What a correction says of the document it replaces: « Le présent arrêté annule et remplace
// l'arrêté n° 2021-ARR-0001 du 15 octobre 2021. », as a paragraph in rich text.
QString correctionNotice(DocumentTemplate::Kind kind, const QString& replaced, QDate issuedOn);
// `body` with `notice` under the document's title: after the paragraph that gives the
// document's register number ({{numero_registre}}: the arrêté's title, a letter's references),
// at the top when the template gives none.
QString withNotice(const QString& body, const QString& notice);

// The full text of a document: the template's body with its placeholders filled, the recours
// and data protection blocks included from their own templates.
QString composeBody(const QString& body, placeholders::Values values, const QString& recours,
                    const QString& rgpd);

} // namespace guichet
