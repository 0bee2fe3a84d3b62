#include "DueRule.h"

#include "common/Format.h"

#include <QCoreApplication>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Committee)
};
} // namespace

QString SessionDue::apiName(Why why)
{
    switch (why) {
    case Why::NothingFiled:
        return QStringLiteral("nothing_filed");
    case Why::Planned:
        return QStringLiteral("planned");
    case Why::NotYet:
        return QStringLiteral("not_yet");
    case Why::MonthElapsed:
        return QStringLiteral("month_elapsed");
    case Why::DossierCount:
        return QStringLiteral("dossier_count");
    }
    return QString();
}

SessionDue sessionDue(const DueInput& in)
{
    SessionDue due;
    QDate from; // where the month runs from
    for (const QDate& deposit : in.deposits) {
        if (in.lastSession && deposit <= *in.lastSession)
            continue;
        ++due.filedSince;
        if (!in.lastSession && (!from.isValid() || deposit < from))
            from = deposit;
    }
    if (in.lastSession)
        from = *in.lastSession;
    if (from.isValid())
        due.dueBy = from.addMonths(1);
    const QString since =
        in.lastSession ? Text::tr("depuis la séance du %1").arg(format::date(*in.lastSession))
                       : Text::tr("depuis l'ouverture du guichet");
    const QString count =
        Text::tr("%n dossier(s) déposé(s) %1", nullptr, due.filedSince).arg(since);
    if (in.plannedSession) {
        due.why = SessionDue::Why::Planned;
        due.reason = Text::tr("Une séance est déjà convoquée le %1 (%2).")
                         .arg(format::date(*in.plannedSession), count);
        return due;
    }
    if (!in.lastSession && due.filedSince == 0) {
        due.why = SessionDue::Why::NothingFiled;
        due.reason = Text::tr("Aucune séance n'est due : aucun dossier n'a encore été déposé.");
        return due;
    }
    if (in.threshold > 0 && due.filedSince >= in.threshold) {
        due.due = true;
        due.why = SessionDue::Why::DossierCount;
        due.reason = Text::tr("Une séance est due : %1, le seuil du programme est de %2.")
                         .arg(count)
                         .arg(in.threshold);
        return due;
    }
    if (due.dueBy.isValid() && in.today >= due.dueBy) {
        due.due = true;
        due.why = SessionDue::Why::MonthElapsed;
        due.reason =
            in.lastSession
                ? Text::tr("Une séance est due : la dernière s'est tenue le %1, il y a un mois "
                           "ou plus (échéance du %2) ; %3.")
                      .arg(format::date(*in.lastSession), format::date(due.dueBy), count)
                : Text::tr("Une séance est due : le premier dossier a été déposé le %1, il y a "
                           "un mois ou plus (échéance du %2) ; %3.")
                      .arg(format::date(from), format::date(due.dueBy), count);
        return due;
    }
    due.why = SessionDue::Why::NotYet;
    const QString threshold =
        in.threshold > 0 ? Text::tr(" sur les %1 qui la rendent due").arg(in.threshold) : QString();
    due.reason = Text::tr("Pas encore de séance due : %1%2 ; échéance mensuelle le %3.")
                     .arg(count, threshold, format::date(due.dueBy));
    return due;
}

} // namespace guichet
