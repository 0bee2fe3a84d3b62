#include "Session.h"

#include "common/Format.h"
#include "common/TextFold.h"

#include <QCoreApplication>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Committee)
};
} // namespace

QString SessionMember::seated() const
{
    switch (attendance) {
    case Attendance::Present:
        return name;
    case Attendance::Represented:
        return representedBy;
    case Attendance::Excused:
        break;
    }
    return QString();
}

QString SessionMember::apiName(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Present:
        return QStringLiteral("present");
    case Attendance::Excused:
        return QStringLiteral("excuse");
    case Attendance::Represented:
        return QStringLiteral("represente");
    }
    return QString();
}

std::optional<SessionMember::Attendance> SessionMember::fromApiName(QStringView name)
{
    for (Attendance a : {Attendance::Present, Attendance::Excused, Attendance::Represented}) {
        if (name == apiName(a))
            return a;
    }
    return std::nullopt;
}

QString SessionMember::label(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Present:
        return Text::tr("présent(e)");
    case Attendance::Excused:
        return Text::tr("excusé(e)");
    case Attendance::Represented:
        return Text::tr("représenté(e)");
    }
    return QString();
}

QString Quorum::describe() const
{
    if (!required)
        return Text::tr("sans objet");
    return (isMet() ? Text::tr("atteint (%1 membres présents ou représentés, %2 requis)")
                    : Text::tr("non atteint (%1 membres présents ou représentés, %2 requis)"))
        .arg(seated)
        .arg(*required);
}

const SessionMember* Session::member(const QString& name) const
{
    const QString wanted = text::fold(name.trimmed());
    for (const SessionMember& m : members) {
        if (text::fold(m.name) == wanted)
            return &m;
    }
    return nullptr;
}

Quorum Session::quorum(std::optional<int> required) const
{
    Quorum q;
    q.required = required;
    for (const SessionMember& m : members) {
        if (m.attendance != SessionMember::Attendance::Excused)
            ++q.seated;
    }
    return q;
}

QString Session::title() const
{
    QString text = Text::tr("Séance n° %1 du %2").arg(number).arg(format::date(date));
    if (time.isValid())
        text += Text::tr(" à %1").arg(time.toString(QStringLiteral("HH:mm")));
    if (!place.isEmpty())
        text += QStringLiteral(" — ") + place;
    return text;
}

} // namespace guichet
