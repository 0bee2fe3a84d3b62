#include "DossierListing.h"

#include "committee/CommitteeStore.h"
#include "common/Csv.h"
#include "instruction/InstructionOverview.h"
#include "ledger/EnvelopeOverview.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::listing {

namespace {

const QStringList& keys()
{
    static const QStringList list = {QStringLiteral("number"),
                                     QStringLiteral("state"),
                                     QStringLiteral("applicant_name"),
                                     QStringLiteral("applicant_siren"),
                                     QStringLiteral("applicant_siret"),
                                     QStringLiteral("applicant_kind"),
                                     QStringLiteral("insee_code"),
                                     QStringLiteral("departement"),
                                     QStringLiteral("population"),
                                     QStringLiteral("subaxis"),
                                     QStringLiteral("title"),
                                     QStringLiteral("total_cost_cents"),
                                     QStringLiteral("requested_cents"),
                                     QStringLiteral("personnel_cents"),
                                     QStringLiteral("it_equipment_cents"),
                                     QStringLiteral("non_eu_licences_cents"),
                                     QStringLiteral("start_date"),
                                     QStringLiteral("end_date"),
                                     QStringLiteral("deposited_at"),
                                     QStringLiteral("archived"),
                                     QStringLiteral("applicant_resolved"),
                                     QStringLiteral("absent_since_import"),
                                     QStringLiteral("eligibility"),
                                     QStringLiteral("score"),
                                     QStringLiteral("disagreement"),
                                     QStringLiteral("rank"),
                                     QStringLiteral("rank_in_subaxis"),
                                     QStringLiteral("proposed_cents"),
                                     QStringLiteral("amount_basis"),
                                     QStringLiteral("decision"),
                                     QStringLiteral("decided_cents"),
                                     QStringLiteral("paid_cents"),
                                     QStringLiteral("avis"),
                                     QStringLiteral("session")};
    return list;
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

namespace {
void insertMoney(QJsonObject& o, const DossierMoney& money)
{
    o.insert(QStringLiteral("proposed_cents"),
             money.proposal ? QJsonValue(money.proposal->amount) : QJsonValue());
    o.insert(QStringLiteral("amount_basis"),
             orNull(money.proposal ? money.proposal->basis() : QString()));
    o.insert(QStringLiteral("decision"), orNull(DossierLedger::apiName(money.ledger.decision)));
    o.insert(QStringLiteral("decided_cents"), money.ledger.committed);
    o.insert(QStringLiteral("paid_cents"), money.ledger.paid());
}
} // namespace

QJsonObject toJson(const Dossier& d, const DossierInstruction* instruction,
                   const DossierMoney* money, const SessionAvis* avis)
{
    QJsonObject o;
    o.insert(QStringLiteral("number"), d.number);
    o.insert(QStringLiteral("state"), dossier_state::apiName(d.state));
    o.insert(QStringLiteral("applicant_name"), d.applicantName);
    o.insert(QStringLiteral("applicant_siren"), orNull(d.applicantSiren));
    o.insert(QStringLiteral("applicant_siret"), orNull(d.applicantSiret));
    o.insert(QStringLiteral("applicant_kind"), d.applicantKind);
    o.insert(QStringLiteral("insee_code"), orNull(d.inseeCode));
    o.insert(QStringLiteral("departement"), orNull(d.departement));
    o.insert(QStringLiteral("population"), d.population ? QJsonValue(*d.population) : QJsonValue());
    o.insert(QStringLiteral("subaxis"), d.subaxis);
    o.insert(QStringLiteral("title"), d.title);
    o.insert(QStringLiteral("total_cost_cents"), d.totalCost);
    o.insert(QStringLiteral("requested_cents"), d.requested);
    o.insert(QStringLiteral("personnel_cents"), d.personnelCost);
    o.insert(QStringLiteral("it_equipment_cents"), d.itEquipmentCost);
    o.insert(QStringLiteral("non_eu_licences_cents"), d.nonEuLicencesCost);
    o.insert(QStringLiteral("start_date"), orNull(d.startDate));
    o.insert(QStringLiteral("end_date"), orNull(d.endDate));
    o.insert(QStringLiteral("deposited_at"), d.depositedAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("archived"), d.archived);
    o.insert(QStringLiteral("applicant_resolved"), d.applicantResolved);
    o.insert(QStringLiteral("absent_since_import"),
             d.absentSince ? QJsonValue(*d.absentSince) : QJsonValue());
    if (money)
        insertMoney(o, *money);
    o.insert(QStringLiteral("avis"),
             avis ? QJsonValue(Avis::apiName(avis->avis.kind)) : QJsonValue());
    o.insert(QStringLiteral("session"), avis ? QJsonValue(avis->session) : QJsonValue());
    if (!instruction)
        return o;
    o.insert(QStringLiteral("eligibility"),
             EligibilityAssessment::apiName(instruction->eligibility.verdict));
    const std::optional<ScorePoints> score = instruction->consolidation.score;
    // Hundredths of a point → a JSON number with two decimals at most (72.5, 68.33).
    o.insert(QStringLiteral("score"), score ? QJsonValue(*score / 100.0) : QJsonValue());
    o.insert(QStringLiteral("disagreement"), instruction->consolidation.disagreement);
    const Rank& rank = instruction->rank;
    o.insert(QStringLiteral("rank"), rank.overall ? QJsonValue(rank.overall) : QJsonValue());
    o.insert(QStringLiteral("rank_in_subaxis"),
             rank.inSubaxis ? QJsonValue(rank.inSubaxis) : QJsonValue());
    return o;
}

namespace {
const SessionAvis* avisOf(const QHash<qint64, SessionAvis>* avis, qint64 dossier)
{
    if (!avis)
        return nullptr;
    const auto it = avis->constFind(dossier);
    return it == avis->cend() ? nullptr : &*it;
}
} // namespace

QByteArray toJsonDocument(const QList<Dossier>& dossiers, const InstructionOverview& overview,
                          const EnvelopeOverview* envelope, const QHash<qint64, SessionAvis>* avis)
{
    QJsonArray array;
    for (const Dossier& d : dossiers)
        array.append(toJson(d, overview.find(d.number),
                            envelope ? envelope->find(d.number) : nullptr, avisOf(avis, d.number)));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const QList<Dossier>& dossiers, const InstructionOverview& overview,
                 const EnvelopeOverview* envelope, const QHash<qint64, SessionAvis>* avis)
{
    QByteArray out;
    csv::appendRow(out, keys());
    for (const Dossier& d : dossiers) {
        const QJsonObject o =
            toJson(d, overview.find(d.number), envelope ? envelope->find(d.number) : nullptr,
                   avisOf(avis, d.number));
        QStringList row;
        row.reserve(keys().size());
        for (const QString& key : keys())
            row.append(o.value(key).isNull() ? QString() : o.value(key).toVariant().toString());
        csv::appendRow(out, row);
    }
    return out;
}

} // namespace guichet::listing
