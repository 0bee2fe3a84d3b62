#pragma once

// The committee's tables, spelled once (internal to core/committee: the public face is
// CommitteeStore.h).
#include "storage/SqlColumns.h"

namespace guichet::committee_rows {

using namespace Qt::StringLiterals;

namespace session_columns {
constexpr sql::Table kTable{"committee_sessions"};
constexpr sql::Column kNumber{"number"};
constexpr sql::Column kDate{"session_date"};
constexpr sql::Column kTime{"session_time"}; // "HH:mm", "" when not given
constexpr sql::Column kPlace{"place"};
constexpr sql::Column kChair{"chair"};
constexpr sql::Column kSecretary{"secretary"};
constexpr sql::Column kCreatedAt{"created_at"};
constexpr sql::Column kCreatedBy{"created_by"};
constexpr sql::Column kValidatedAt{"validated_at"}; // NULL while the session is open
constexpr sql::Column kValidatedBy{"validated_by"};
const sql::Columns kDetails = {kDate, kTime, kPlace, kChair, kSecretary};
const sql::Columns kRead =
    sql::Columns{kNumber} + kDetails + sql::Columns{kValidatedAt, kValidatedBy};
} // namespace session_columns

namespace member_columns {
constexpr sql::Table kTable{"committee_members"};
constexpr sql::Column kSession{"session"};
constexpr sql::Column kPosition{"position"};
constexpr sql::Column kName{"name"};
constexpr sql::Column kQuality{"quality"};
constexpr sql::Column kAttendance{"attendance"}; // SessionMember::apiName()
constexpr sql::Column kRepresentedBy{"represented_by"};
const sql::Columns kAll = {kSession, kPosition, kName, kQuality, kAttendance, kRepresentedBy};
} // namespace member_columns

namespace agenda_columns {
constexpr sql::Table kTable{"committee_agenda"};
constexpr sql::Column kSession{"session"};
constexpr sql::Column kDossierNumber{"dossier_number"};
constexpr sql::Column kPosition{"position"};
const sql::Columns kAll = {kSession, kDossierNumber, kPosition};
} // namespace agenda_columns

namespace avis_columns {
constexpr sql::Table kTable{"committee_avis"};
constexpr sql::Column kSession{"session"};
constexpr sql::Column kDossierNumber{"dossier_number"};
constexpr sql::Column kAvis{"avis"}; // Avis::apiName()
constexpr sql::Column kAmount{"amount_cents"};
constexpr sql::Column kObservations{"observations"};
constexpr sql::Column kDepartures{"departures"}; // Avis::Departure flags
constexpr sql::Column kReason{"reason"};
constexpr sql::Column kAmended{"amended"};
constexpr sql::Column kAmendmentReason{"amendment_reason"};
constexpr sql::Column kRecordedAt{"recorded_at"};
constexpr sql::Column kRecordedBy{"recorded_by"};
const sql::Columns kKey = {kSession, kDossierNumber};
const sql::Columns kValues = {kAvis,    kAmount,          kObservations, kDepartures, kReason,
                              kAmended, kAmendmentReason, kRecordedAt,   kRecordedBy};
const sql::Columns kAll = kKey + kValues;
} // namespace avis_columns

namespace recusal_columns {
constexpr sql::Table kTable{"committee_recusals"};
constexpr sql::Column kId{"id"};
constexpr sql::Column kSession{"session"};
constexpr sql::Column kDossierNumber{"dossier_number"};
constexpr sql::Column kMember{"member"};
constexpr sql::Column kEvent{"event"}; // "leaves", "returns"
constexpr sql::Column kRecordedAt{"recorded_at"};
constexpr sql::Column kRecordedBy{"recorded_by"};
const sql::Columns kWritten = {kSession, kDossierNumber, kMember, kEvent, kRecordedAt, kRecordedBy};
} // namespace recusal_columns

namespace decision_columns {
constexpr sql::Table kTable{"committee_decisions"};
constexpr sql::Column kMovement{"movement_id"};
constexpr sql::Column kSession{"session"};
constexpr sql::Column kDossierNumber{"dossier_number"};
constexpr sql::Column kDiffersReason{"differs_reason"};
constexpr sql::Column kCancelledBy{"cancelled_by"}; // NULL while the decision stands
const sql::Columns kWritten = {kMovement, kSession, kDossierNumber, kDiffersReason};
const sql::Columns kAll = kWritten + sql::Columns{kCancelledBy};
} // namespace decision_columns

} // namespace guichet::committee_rows
