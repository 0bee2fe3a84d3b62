#include "Scores.h"

#include "InstructionRows.h"

namespace guichet {

using instruction_rows::Text;

QString Opinion::apiName(Stance stance)
{
    switch (stance) {
    case Stance::Favourable:
        return QStringLiteral("favourable");
    case Stance::Reserved:
        return QStringLiteral("reserved");
    case Stance::Unfavourable:
        return QStringLiteral("unfavourable");
    case Stance::None:
        break;
    }
    return QString();
}

std::optional<Opinion::Stance> Opinion::fromApiName(const QString& name)
{
    for (Stance s : {Stance::None, Stance::Favourable, Stance::Reserved, Stance::Unfavourable}) {
        if (apiName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString Opinion::label(Stance stance)
{
    switch (stance) {
    case Stance::Favourable:
        return Text::tr("Favorable");
    case Stance::Reserved:
        return Text::tr("Réservé");
    case Stance::Unfavourable:
        return Text::tr("Défavorable");
    case Stance::None:
        break;
    }
    return Text::tr("Sans avis");
}

} // namespace guichet
