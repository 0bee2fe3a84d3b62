#pragma once

#include "storage/SqlColumns.h"

// The dossiers table, spelled once: DossierRepository reads and writes dossiers, ImportStore
// writes what DS sent of them.
namespace guichet::dossier_columns {

inline constexpr sql::Table kTable{"dossiers"};

inline constexpr sql::Column kNumber{"number"}; // the DS number, the key
inline constexpr sql::Column kState{"state"};
inline constexpr sql::Column kApplicantName{"applicant_name"};
inline constexpr sql::Column kApplicantSiren{"applicant_siren"};
inline constexpr sql::Column kApplicantSiret{"applicant_siret"};
inline constexpr sql::Column kApplicantKind{"applicant_kind"};
inline constexpr sql::Column kInseeCode{"insee_code"};
inline constexpr sql::Column kDepartement{"departement"};
inline constexpr sql::Column kPopulation{"population"};
inline constexpr sql::Column kSubaxis{"subaxis"};
inline constexpr sql::Column kTitle{"title"};
inline constexpr sql::Column kDescription{"description"};
inline constexpr sql::Column kTotalCost{"total_cost_cents"};
inline constexpr sql::Column kRequested{"requested_cents"};
inline constexpr sql::Column kPersonnelCost{"personnel_cents"};
inline constexpr sql::Column kItEquipmentCost{"it_equipment_cents"};
inline constexpr sql::Column kNonEuLicencesCost{"non_eu_licences_cents"};
inline constexpr sql::Column kStartDate{"start_date"};
inline constexpr sql::Column kEndDate{"end_date"};
inline constexpr sql::Column kDepositedAt{"deposited_at"};
inline constexpr sql::Column kArchived{"archived"};
inline constexpr sql::Column kApplicantResolved{"applicant_resolved"};
// The import that no longer listed the dossier, if any (set by imports, not by DS).
inline constexpr sql::Column kAbsentSince{"absent_since"};
// A digest of the DS row as last imported: an unchanged row is skipped at once.
inline constexpr sql::Column kDsRowDigest{"ds_row_digest"};

} // namespace guichet::dossier_columns
