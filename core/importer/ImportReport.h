#pragma once

#include "dossier/Dossier.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace guichet {

// What an import did (or, in a dry run, would do): new dossiers, updated ones with their
// field-level changes, dossiers whose applicant changed, unchanged ones, DS state changes,
// dossiers absent from the export and applicants the referential does not know.
struct ImportReport
{
    struct FieldChange
    {
        QString field; // the domain field's code, for scripts
        QString label; // the programme's label of the field, for people
        QString before;
        QString after;
    };
    struct Updated
    {
        qint64 number = 0;
        QList<FieldChange> changes;
    };
    // Another applicant (SIREN) on the same DS number: not an ordinary update, since the
    // instruction done so far (scores, declared conflicts) was about someone else.
    struct ApplicantChange
    {
        qint64 number = 0;
        QString fromName;
        QString fromSiren;
        QString toName;
        QString toSiren;
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
    qint64 workspaceDossiers = 0; // what the workspace held before the import
    QList<qint64> added;
    QList<Updated> updated;
    QList<ApplicantChange> applicantChanges;
    qint64 unchanged = 0;
    QList<StateChange> stateChanges;
    // A partial export (a subset of the dossiers): those it does not list were not flagged.
    bool partial = false;
    QList<qint64> absent; // flagged absent (empty for a partial export)
    QList<Unresolved> unresolved;

    QJsonObject toJson() const;
    // A readable French (translated) summary, with the details.
    QString toText(int maxDetails = 50) const;
};

} // namespace guichet
