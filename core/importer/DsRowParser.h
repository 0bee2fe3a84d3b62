#pragma once

#include "ColumnMapping.h"
#include "TableReader.h"
#include "dossier/Dossier.h"

#include <QJsonObject>

namespace guichet {

class Referential;

// Turns one row of a DS export into a Dossier: every value parsed and validated (amounts to
// exact cents, timestamps with their offsets, SIRET keys, states), the applicant resolved
// through the referential, and the columns nobody mapped kept as raw values.
class DsRowParser
{
public:
    struct Parsed
    {
        Dossier dossier;
        QString rawCells; // a JSON array of the raw columns' values (see rawColumnNames())
    };

    DsRowParser(QString file, const ColumnMapping& mapping, const Programme& programme,
                ApplicantEstablishments establishments);

    Result<qint64> number(const ImportRow& row) const;
    Result<Parsed> parse(const ImportRow& row) const;
    // The names of the columns kept raw, in the order of Parsed::rawCells.
    const QStringList& rawColumnNames() const { return m_rawKeys; }

private:
    // The fields a row is read into; their columns are looked up once, not per row.
    enum Field
    {
        Number,
        State,
        DepositedAt,
        Archived,
        Siret,
        Siren,
        CompanyName,
        Insee,
        Kind,
        Population,
        Subaxis,
        Title,
        Description,
        TotalCost,
        Requested,
        Personnel,
        ItEquipment,
        NonEuLicences,
        Start,
        End,
        FieldCount
    };
    static constexpr const char* kFieldNames[FieldCount] = {
        "ds_number",           "ds_state",          "ds_deposited_at",
        "ds_archived",         "applicant_siret",   "applicant_siren",
        "applicant_name",      "applicant_insee",   "applicant_kind",
        "declared_population", "subaxis",           "title",
        "description",         "total_cost",        "requested_amount",
        "personnel_cost",      "it_equipment_cost", "non_eu_licences_cost",
        "start_date",          "end_date"};

    Error invalid(const ImportRow& row, int column, const QString& problem) const;
    const ImportCell* cell(const ImportRow& row, Field field) const;
    QString text(const ImportRow& row, Field field) const;
    Result<Cents> amount(const ImportRow& row, Field field, bool required) const;
    Result<QDate> date(const ImportRow& row, Field field) const;
    void resolveApplicant(const ImportRow& row, Dossier& d) const;

    QString m_file;
    const ColumnMapping& m_mapping;
    const Programme& m_programme;
    const Referential& m_referential;
    ApplicantEstablishments m_establishments;
    int m_index[FieldCount]; // field -> column, or -1
    QList<int> m_rawColumns; // kept as raw values: not stored in a Dossier field as they are
    QStringList m_rawKeys;   // a unique name per raw column
};

} // namespace guichet
