#include "ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};
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
    for (const Updated& u : updated) {
        QJsonArray changes;
        for (const FieldChange& c : u.changes)
            changes.append(QJsonObject{{QStringLiteral("field"), c.field},
                                       {QStringLiteral("before"), c.before},
                                       {QStringLiteral("after"), c.after}});
        updatedArray.append(QJsonObject{{QStringLiteral("number"), u.number},
                                        {QStringLiteral("changes"), changes}});
    }
    o.insert(QStringLiteral("updated"), updatedArray);
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
    text += Text::tr("Dossiers inchangés : %1").arg(unchanged) + QLatin1Char('\n');
    text += Text::tr("Changements d'état DS : %1").arg(stateChanges.size()) + QLatin1Char('\n');
    text += Text::tr("Dossiers absents de cet export : %1").arg(absent.size()) + QLatin1Char('\n');
    text += Text::tr("Demandeurs non reconnus : %1").arg(unresolved.size()) + QLatin1Char('\n');

    auto more = [&](qsizetype total) {
        if (total > maxDetails)
            text += QStringLiteral("  ") + Text::tr("… et %1 autre(s)").arg(total - maxDetails) +
                    QLatin1Char('\n');
    };
    if (!updated.isEmpty()) {
        text += QLatin1Char('\n') + Text::tr("Mises à jour :") + QLatin1Char('\n');
        for (qsizetype i = 0; i < updated.size() && i < maxDetails; ++i) {
            for (const FieldChange& c : updated.at(i).changes)
                text += QStringLiteral("  %1  %2 : « %3 » → « %4 »\n")
                            .arg(updated.at(i).number)
                            .arg(c.field, c.before, c.after);
        }
        more(updated.size());
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
