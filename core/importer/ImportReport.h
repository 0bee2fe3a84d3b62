#pragma once

#include "dossier/Dossier.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace guichet {

// What an import did (or, in a dry run, would do): new dossiers, updated ones with their
// field-level changes, unchanged ones, DS state changes, dossiers absent from the export and
// applicants the referential does not know.
struct ImportReport
{
    struct FieldChange
    {
        QString field;
        QString before;
        QString after;
    };
    struct Updated
    {
        qint64 number = 0;
        QList<FieldChange> changes;
    };
    struct StateChange
    {
        qint64 number = 0;
        DossierState from = DossierState::EnConstruction;
        DossierState to = DossierState::EnConstruction;
    };
    struct Unresolved
    {
        qint64 number = 0;
        QString applicant;
        QString siret;
    };

    QStringList files;
    bool dryRun = false;
    qint64 importId = 0; // the register entry (0 in a dry run)
    qint64 rows = 0;
    QList<qint64> added;
    QList<Updated> updated;
    qint64 unchanged = 0;
    QList<StateChange> stateChanges;
    QList<qint64> absent;
    QList<Unresolved> unresolved;

    QJsonObject toJson() const;
    // A readable French (translated) summary, with the details.
    QString toText(int maxDetails = 50) const;
};

} // namespace guichet
