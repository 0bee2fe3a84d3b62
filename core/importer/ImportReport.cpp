#include "ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QJsonArray changesToJson(const QList<ImportReport::FieldChange>& fieldChanges)
{
    QJsonArray changes;
    for (const ImportReport::FieldChange& c : fieldChanges)
        changes.append(QJsonObject{{QStringLiteral("field"), c.field},
                                   {QStringLiteral("before"), c.before},
                                   {QStringLiteral("after"), c.after}});
    return changes;
}

// A value as a person reads it: the archive flag is stored as true/false for scripts.
QString shown(const ImportReport::FieldChange& change, const QString& value)
{
    if (change.field != QLatin1String("archived"))
        return value;
    return value == QLatin1String("true") ? Text::tr("oui") : Text::tr("non");
}

QString describe(qint64 number, const ImportReport::FieldChange& c)
{
    return QStringLiteral("  %1  %2 : « %3 » → « %4 »\n")
        .arg(number)
        .arg(c.label, shown(c, c.before), shown(c, c.after));
}
} // namespace

QJsonObject ImportReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
    o.insert(QStringLiteral("dry_run"), dryRun);
    if (importId > 0)
        o.insert(QStringLiteral("import_id"), importId);
    o.insert(QStringLiteral("rows"), rows);
    QJsonArray addedArray;
    for (qint64 n : added)
        addedArray.append(n);
    o.insert(QStringLiteral("new"), addedArray);
    QJsonArray updatedArray;
    for (const Updated& u : updated)
        updatedArray.append(QJsonObject{{QStringLiteral("number"), u.number},
                                        {QStringLiteral("changes"), changesToJson(u.changes)}});
    o.insert(QStringLiteral("updated"), updatedArray);
    QJsonArray applicantArray;
    for (const ApplicantChange& a : applicantChanges)
        applicantArray.append(QJsonObject{
            {QStringLiteral("number"), a.number},
            {QStringLiteral("before"), QJsonObject{{QStringLiteral("applicant"), a.fromName},
                                                   {QStringLiteral("siren"), a.fromSiren}}},
            {QStringLiteral("after"), QJsonObject{{QStringLiteral("applicant"), a.toName},
                                                  {QStringLiteral("siren"), a.toSiren}}},
            {QStringLiteral("changes"), changesToJson(a.changes)}});
    o.insert(QStringLiteral("applicant_changed"), applicantArray);
    o.insert(QStringLiteral("unchanged"), unchanged);
    QJsonArray states;
    for (const StateChange& s : stateChanges)
        states.append(QJsonObject{{QStringLiteral("number"), s.number},
                                  {QStringLiteral("from"), dossier_state::apiName(s.from)},
                                  {QStringLiteral("to"), dossier_state::apiName(s.to)}});
    o.insert(QStringLiteral("state_changes"), states);
    QJsonArray absentArray;
    for (qint64 n : absent)
        absentArray.append(n);
    o.insert(QStringLiteral("absent"), absentArray);
    o.insert(QStringLiteral("partial"), partial);
    o.insert(QStringLiteral("workspace_dossiers"), workspaceDossiers);
    QJsonArray unresolvedArray;
    for (const Unresolved& u : unresolved)
        unresolvedArray.append(QJsonObject{{QStringLiteral("number"), u.number},
                                           {QStringLiteral("applicant"), u.applicant},
                                           {QStringLiteral("siret"), u.siret}});
    o.insert(QStringLiteral("unresolved_applicants"), unresolvedArray);
    return o;
}

QString ImportReport::toText(int maxDetails) const
{
    QString text;
    if (dryRun)
        text += Text::tr("Essai à blanc : rien n'a été enregistré.") + QLatin1Char('\n');
    text += Text::tr("%n ligne(s) lue(s) dans %1.", nullptr, int(rows))
                .arg(files.join(QStringLiteral(", "))) +
            QLatin1Char('\n');
    text += Text::tr("Nouveaux dossiers : %1").arg(added.size()) + QLatin1Char('\n');
    text += Text::tr("Dossiers mis à jour : %1").arg(updated.size()) + QLatin1Char('\n');
    text += Text::tr("Dossiers dont le demandeur a changé : %1").arg(applicantChanges.size()) +
            QLatin1Char('\n');
    text += Text::tr("Dossiers inchangés : %1").arg(unchanged) + QLatin1Char('\n');
    text += Text::tr("Changements d'état DS : %1").arg(stateChanges.size()) + QLatin1Char('\n');
    text += (partial ? Text::tr("Export partiel : les dossiers qu'il ne contient pas n'ont pas "
                                "été marqués absents.")
                     : Text::tr("Dossiers absents de cet export : %1").arg(absent.size())) +
            QLatin1Char('\n');
    text += Text::tr("Demandeurs non reconnus : %1").arg(unresolved.size()) + QLatin1Char('\n');

    auto more = [&](qsizetype total) {
        if (total > maxDetails)
            text += QStringLiteral("  ") +
                    Text::tr("… et %n autre(s)", nullptr, int(total - maxDetails)) +
                    QLatin1Char('\n');
    };
    if (!updated.isEmpty()) {
        text += QLatin1Char('\n') + Text::tr("Mises à jour :") + QLatin1Char('\n');
        for (qsizetype i = 0; i < updated.size() && i < maxDetails; ++i) {
            for (const FieldChange& c : updated.at(i).changes)
                text += describe(updated.at(i).number, c);
        }
        more(updated.size());
    }
    if (!applicantChanges.isEmpty()) {
        text += QLatin1Char('\n') +
                Text::tr("Demandeur changé (l'instruction faite portait sur le précédent : "
                         "revoyez les notes et les liens d'intérêt) :") +
                QLatin1Char('\n');
        for (qsizetype i = 0; i < applicantChanges.size() && i < maxDetails; ++i) {
            const ApplicantChange& a = applicantChanges.at(i);
            text += QStringLiteral("  %1  ").arg(a.number) +
                    Text::tr("%1 (SIREN %2) → %3 (SIREN %4)")
                        .arg(a.fromName, a.fromSiren, a.toName, a.toSiren) +
                    QLatin1Char('\n');
            for (const FieldChange& c : a.changes) {
                if (c.field != QLatin1String("applicant_name"))
                    text += describe(a.number, c);
            }
        }
        more(applicantChanges.size());
    }
    if (!stateChanges.isEmpty()) {
        text += QLatin1Char('\n') + Text::tr("Changements d'état :") + QLatin1Char('\n');
        for (qsizetype i = 0; i < stateChanges.size() && i < maxDetails; ++i)
            text += QStringLiteral("  %1  %2 → %3\n")
                        .arg(stateChanges.at(i).number)
                        .arg(dossier_state::label(stateChanges.at(i).from),
                             dossier_state::label(stateChanges.at(i).to));
        more(stateChanges.size());
    }
    if (!absent.isEmpty()) {
        text += QLatin1Char('\n') + Text::tr("Absents de l'export (signalés, pas supprimés) :") +
                QLatin1Char('\n');
        for (qsizetype i = 0; i < absent.size() && i < maxDetails; ++i)
            text += QStringLiteral("  %1\n").arg(absent.at(i));
        more(absent.size());
    }
    if (!unresolved.isEmpty()) {
        text += QLatin1Char('\n') +
                Text::tr("Demandeurs absents du référentiel (importés, à vérifier) :") +
                QLatin1Char('\n');
        for (qsizetype i = 0; i < unresolved.size() && i < maxDetails; ++i)
            text += QStringLiteral("  %1  %2 (SIRET %3)\n")
                        .arg(unresolved.at(i).number)
                        .arg(unresolved.at(i).applicant, unresolved.at(i).siret);
        more(unresolved.size());
    }
    return text;
}

} // namespace guichet
