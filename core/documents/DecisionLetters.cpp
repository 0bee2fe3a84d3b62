#include "DecisionLetters.h"

#include "AmountWords.h"
#include "campaign/Campaign.h"
#include "common/Format.h"
#include "instruction/InstructionOverview.h"
#include "ledger/AmountRules.h"
#include "referential/CollectivityName.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DecisionLetters)
};

using Kind = DocumentTemplate::Kind;

// « Madame ou Monsieur le maire de Belley », and the formula that opens the letter.
std::pair<QString, QString> addressee(const Dossier& dossier)
{
    const QString commune = collectivity::communeOf(dossier.applicantName);
    if (!commune.isEmpty())
        return {u"Madame ou Monsieur le maire "_s + collectivity::ofPhrase(commune),
                u"Madame, Monsieur le Maire"_s};
    return {u"Madame ou Monsieur le président "_s +
                collectivity::ofPhrase(
                    collectivity::withArticle(dossier.applicantName, dossier.applicantKind)),
            u"Madame, Monsieur le Président"_s};
}

// « 1er juillet 2021 », « 15 octobre 2021 »: dates in words, as letters and acts write them.
QString dateOrUnknown(QDate date)
{
    if (!date.isValid())
        return QString();
    static const QLocale french(QLocale::French, QLocale::France);
    return (date.day() == 1 ? u"1er"_s : QString::number(date.day())) + QLatin1Char(' ') +
           french.monthName(date.month()) + QLatin1Char(' ') + QString::number(date.year());
}

} // namespace

QList<LetterPlan> DecisionFacts::plans() const
{
    using Verdict = EligibilityAssessment::Verdict;
    switch (decision.kind) {
    case Movement::Kind::Attribution:
        return {{Kind::Arrete, u"ARR"_s}, {Kind::Notification, u"NOT"_s}};
    case Movement::Kind::SansSuite:
        return {{Kind::SansSuite, u"REF"_s}};
    default:
        break;
    }
    const Kind family = verdict == Verdict::NotEligible  ? Kind::RefusIneligible
                        : verdict == Verdict::Incomplete ? Kind::RefusIncomplete
                                                         : Kind::RefusNotSelected;
    return {{family, u"REF"_s}};
}

placeholders::Values DecisionFacts::values(const Letterhead& letterhead, const QString& number,
                                           QDate date) const
{
    using placeholders::fromText;
    const Cents eligible = AmountRules::eligibleCost(dossier);
    const auto [to, call] = addressee(dossier);
    const QString beneficiary =
        collectivity::withArticle(dossier.applicantName, dossier.applicantKind);
    placeholders::Values v;
    v.insert(u"numero_registre"_s, fromText(number));
    v.insert(u"date_document"_s, fromText(dateOrUnknown(date)));
    v.insert(u"numero_dossier"_s, fromText(QString::number(dossier.number)));
    v.insert(u"beneficiaire"_s, fromText(dossier.applicantName));
    v.insert(u"le_beneficiaire"_s, fromText(beneficiary));
    v.insert(u"au_beneficiaire"_s, fromText(collectivity::toPhrase(beneficiary)));
    v.insert(u"du_beneficiaire"_s, fromText(collectivity::ofPhrase(beneficiary)));
    v.insert(u"destinataire"_s, fromText(to));
    v.insert(u"appel"_s, fromText(call + u","_s));
    v.insert(u"appel_sans_virgule"_s, fromText(call));
    v.insert(u"siret"_s, fromText(dossier.applicantSiret));
    v.insert(u"intitule_projet"_s, fromText(dossier.title));
    v.insert(u"sous_axe"_s,
             fromText(subaxisTitle.isEmpty() ? dossier.subaxis
                                             : dossier.subaxis + u" – "_s + subaxisTitle));
    v.insert(u"cout_total"_s, fromText(money::format(dossier.totalCost)));
    v.insert(u"depense_subventionnable"_s, fromText(money::format(eligible)));
    v.insert(u"montant_sollicite"_s, fromText(money::format(dossier.requested)));
    if (decision.kind == Movement::Kind::Attribution) {
        v.insert(u"montant"_s, fromText(money::format(decision.amount)));
        v.insert(u"montant_lettres"_s, fromText(amount_words::spell(decision.amount)));
        if (eligible > 0)
            v.insert(u"taux"_s,
                     fromText(money::formatRate(Rate(decision.amount * kFullRate / eligible))));
    }
    v.insert(u"date_depot"_s, fromText(dateOrUnknown(dossier.depositedAt.date())));
    v.insert(u"date_debut"_s, fromText(dateOrUnknown(dossier.startDate)));
    v.insert(u"date_fin"_s, fromText(dateOrUnknown(dossier.endDate)));
    v.insert(u"date_decision"_s, fromText(dateOrUnknown(decision.date)));
    v.insert(u"date_comite"_s, fromText(dateOrUnknown(committeeDate)));
    if (committeeDate.isValid()) // decided without a committee: no visa to cite
        v.insert(u"visa_comite"_s, fromText(Text::tr("Vu l'avis du comité de sélection du %1 ;")
                                                .arg(dateOrUnknown(committeeDate))));
    const QDate nominated = letterhead.nominationDate();
    v.insert(
        u"visa_nomination"_s,
        fromText(Text::tr("Vu le décret du %1 portant nomination de %2 en qualité de %3 ;")
                     .arg(nominated.isValid() ? dateOrUnknown(nominated) : Letterhead::unknown(),
                          letterhead.value(u"prefet_nom"_s), letterhead.prefetTitle())));
    v.insert(u"motif"_s, fromText(decision.reason));
    for (const auto& key : {u"prefet"_s, u"lieu"_s, u"delegation_reference"_s, u"imputation"_s,
                            u"comptable"_s, u"tribunal"_s})
        v.insert(key, fromText(letterhead.value(key)));
    v.insert(u"le_prefet"_s, fromText(letterhead.prefetInSentence()));
    v.insert(u"du_prefet"_s, fromText(letterhead.ofPrefet()));
    v.insert(u"signature"_s, fromText(letterhead.draftSignature().join(QLatin1Char('\n'))));
    return v;
}

QString correctionNotice(DocumentTemplate::Kind kind, const QString& replaced, QDate issuedOn)
{
    const QString text =
        kind == Kind::Arrete
            ? Text::tr("Le présent arrêté annule et remplace l'arrêté n° %1 du %2.")
            : Text::tr("La présente lettre annule et remplace la lettre n° %1 du %2.");
    return u"<p><b>"_s + placeholders::fromText(text.arg(replaced, dateOrUnknown(issuedOn))) +
           u"</b></p>"_s;
}

QString withNotice(const QString& body, const QString& notice)
{
    if (notice.isEmpty())
        return body;
    static const QRegularExpression numberThenParagraphEnd(
        u"\\{\\{\\s*numero_registre\\s*\\}\\}.*?</p>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = numberThenParagraphEnd.match(body);
    if (!match.hasMatch())
        return notice + body;
    return QString(body).insert(match.capturedEnd(), notice);
}

QString composeBody(const QString& body, placeholders::Values values, const QString& recours,
                    const QString& rgpd)
{
    const QString missing = Letterhead::unknown();
    values.insert(u"voies_de_recours"_s, placeholders::fill(recours, values, missing));
    values.insert(u"mentions_rgpd"_s, placeholders::fill(rgpd, values, missing));
    return placeholders::fill(body, values, missing);
}

Result<DecisionFacts> DecisionFacts::load(const Campaign& campaign, qint64 number)
{
    const std::optional<Dossier> dossier = campaign.dossiers().find(number);
    if (!dossier)
        return Error::badInput(Text::tr("Dossier %1 introuvable dans le classeur.").arg(number));
    const DossierLedger state = campaign.ledger().dossier(number);
    if (!state.isActive())
        return Error::badInput(
            Text::tr("Le dossier %1 n'a pas de décision en vigueur au registre de "
                     "l'enveloppe : pas de lettre à produire.")
                .arg(number));
    DecisionFacts facts;
    facts.dossier = *dossier;
    const QList<Movement> movements = campaign.ledger().movementsOf(number);
    for (auto it = movements.crbegin(); it != movements.crend(); ++it) {
        if (it->isDecision()) {
            facts.decision = *it;
            break;
        }
    }
    facts.decision.amount = state.decision == DossierLedger::Decision::Attribution
                                ? state.committed
                                : facts.decision.amount;
    const InstructionOverview overview = InstructionOverview::load({*dossier}, campaign.programme(),
                                                                   campaign.workspace().database());
    if (const DossierInstruction* instruction = overview.find(number))
        facts.verdict = instruction->eligibility.verdict;
    if (const SubAxis* subaxis = campaign.programme().subaxis(dossier->subaxis))
        facts.subaxisTitle = subaxis->title;
    // The committee that gave its avis, for the arrêté's visa.
    const CommitteeStore committee = campaign.committee();
    const QHash<qint64, SessionAvis> avis = committee.latestAvis();
    if (const auto found = avis.constFind(number); found != avis.cend()) {
        if (const auto session = committee.session(found->session))
            facts.committeeDate = session->date;
    }
    return facts;
}

QList<qint64> DecisionFacts::decidedDossiers(const Campaign& campaign)
{
    QList<qint64> numbers;
    const LedgerState state = campaign.ledger().state();
    for (auto it = state.dossiers().cbegin(); it != state.dossiers().cend(); ++it) {
        if (it->isActive())
            numbers.append(it.key());
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

} // namespace guichet
