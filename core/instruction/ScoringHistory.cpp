#include "ScoringHistory.h"

#include <QCoreApplication>
#include <QLocale>

namespace guichet::scoring_history {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScoringHistory)
};

QString criterionLabel(const Programme& programme, const QString& code)
{
    for (const Criterion& criterion : programme.criteria) {
        if (criterion.code == code)
            return criterion.label;
    }
    return code;
}

QString checkLabel(const Programme& programme, const QString& code)
{
    for (const EligibilityCheck& check : programme.eligibilityChecks) {
        if (check.code == code)
            return check.label;
    }
    return code;
}

} // namespace

QStringList lines(const Programme& programme, const QList<AuditEntry>& entries)
{
    QStringList result;
    for (const AuditEntry& e : entries) {
        // Fields are "score:INSTRUCTOR:CRITERION", "opinion:INSTRUCTOR", "eligibility:CHECK".
        const QString kind = e.field.section(QLatin1Char(':'), 0, 0);
        const QString whose = e.field.section(QLatin1Char(':'), 1, 1); // or the check's code
        QString what;
        if (kind == QLatin1String("score"))
            what = criterionLabel(programme, e.field.section(QLatin1Char(':'), 2, 2));
        else if (kind == QLatin1String("opinion"))
            what = Text::tr("avis global");
        else
            what = Text::tr("éligibilité : %1").arg(checkLabel(programme, whose));
        if (kind != QLatin1String("eligibility") && whose != e.who)
            what = Text::tr("%1, note de %2").arg(what, whose); // merged from a colleague's package
        result.prepend(
            Text::tr("%1 — %2 — %3 : « %4 » → « %5 »")
                .arg(QLocale(QLocale::French)
                         .toString(e.at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")),
                     e.who, what, e.oldValue.toString(), e.newValue.toString()));
    }
    return result;
}

} // namespace guichet::scoring_history
