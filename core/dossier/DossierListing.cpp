#include "DossierListing.h"

#include "common/Csv.h"
#include "instruction/Eligibility.h"

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
                                     QStringLiteral("absent_since_import")};
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

QJsonObject toJson(const Dossier& d, const Programme& programme)
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
    o.insert(QStringLiteral("eligibility"),
             EligibilityAssessment::apiName(EligibilityEvaluator(programme).evaluate(d).verdict));
    return o;
}

QByteArray toJsonDocument(const QList<Dossier>& dossiers, const Programme& programme)
{
    QJsonArray array;
    for (const Dossier& d : dossiers)
        array.append(toJson(d, programme));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const QList<Dossier>& dossiers, const Programme& programme)
{
    QByteArray out;
    csv::appendRow(out, keys());
    for (const Dossier& d : dossiers) {
        const QJsonObject o = toJson(d, programme);
        QStringList row;
        row.reserve(keys().size());
        for (const QString& key : keys())
            row.append(o.value(key).isNull() ? QString() : o.value(key).toVariant().toString());
        csv::appendRow(out, row);
    }
    return out;
}

} // namespace guichet::listing
