#pragma once

#include "common/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace guichet {

// The dossier states of démarches-simplifiées (the API enum).
enum class DossierState
{
    EnConstruction,
    EnInstruction,
    Accepte,
    Refuse,
    SansSuite
};

namespace dossier_state {
QString apiName(DossierState state); // "en_instruction"
std::optional<DossierState> fromApiName(QStringView name);
QString label(DossierState state); // "En instruction", translated
// The label DS writes in the "État du dossier" column of its exports (always French).
QString exportLabel(DossierState state);
const QList<DossierState>& all();
} // namespace dossier_state

namespace applicant_kind {
QString label(const QString& kind); // "commune" -> "Commune", translated
}

// A dossier as filed on démarches-simplifiées. Local instruction data (notes, later
// eligibility, scores, decisions) lives in its own tables, keyed by the DS number.
struct Dossier
{
    qint64 number = 0; // the DS dossier number
    DossierState state = DossierState::EnConstruction;
    QString applicantName;
    QString applicantSiren;
    QString applicantSiret;
    QString applicantKind; // "commune", "epci", ... (see ProgrammeReader::applicantKinds())
    QString inseeCode;
    QString departement;
    std::optional<int> population;
    QString subaxis; // "3a", "3b", "3c"
    QString title;
    QString description;
    Cents totalCost = 0;
    Cents requested = 0;
    Cents personnelCost = 0;
    Cents itEquipmentCost = 0;
    Cents nonEuLicencesCost = 0;
    QDate startDate;
    QDate endDate;
    QDateTime depositedAt; // with its Paris offset
    bool archived = false;
    // False when the applicant could not be found in the referential (flagged in the list).
    bool applicantResolved = true;
    // The import that no longer listed this dossier, if any.
    std::optional<qint64> absentSince;
};

} // namespace guichet
