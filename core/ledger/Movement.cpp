#include "Movement.h"

#include <QCoreApplication>

#include <array>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
};

struct Name
{
    Movement::Kind kind;
    const char* api;
};

constexpr std::array kNames = {
    Name{Movement::Kind::Proposal, "proposal"},
    Name{Movement::Kind::ProposalReset, "proposal_reset"},
    Name{Movement::Kind::Attribution, "attribution"},
    Name{Movement::Kind::Refus, "refus"},
    Name{Movement::Kind::SansSuite, "sans_suite"},
    Name{Movement::Kind::Reduction, "reduction"},
    Name{Movement::Kind::Cancellation, "cancellation"},
    Name{Movement::Kind::Avance, "avance"},
    Name{Movement::Kind::Acompte, "acompte"},
    Name{Movement::Kind::Solde, "solde"},
    Name{Movement::Kind::EnvelopeAmendment, "envelope_amendment"},
};
} // namespace

Cents Movement::committedDelta() const
{
    switch (kind) {
    case Kind::Attribution:
        return amount;
    case Kind::Reduction:
    case Kind::Cancellation:
        return -amount;
    default:
        return 0;
    }
}

Cents Movement::paidDelta() const
{
    return isPayment() ? amount : 0;
}

QString Movement::apiName(Kind kind)
{
    for (const Name& name : kNames) {
        if (name.kind == kind)
            return QLatin1String(name.api);
    }
    return QString();
}

std::optional<Movement::Kind> Movement::fromApiName(QStringView text)
{
    for (const Name& name : kNames) {
        if (text == QLatin1String(name.api))
            return name.kind;
    }
    return std::nullopt;
}

QString Movement::label(Kind kind)
{
    switch (kind) {
    case Kind::Proposal:
        return Text::tr("Montant proposé");
    case Kind::ProposalReset:
        return Text::tr("Montant proposé selon les règles");
    case Kind::Attribution:
        return Text::tr("Attribution");
    case Kind::Refus:
        return Text::tr("Refus");
    case Kind::SansSuite:
        return Text::tr("Classement sans suite");
    case Kind::Reduction:
        return Text::tr("Réduction");
    case Kind::Cancellation:
        return Text::tr("Annulation");
    case Kind::Avance:
        return Text::tr("Avance");
    case Kind::Acompte:
        return Text::tr("Acompte");
    case Kind::Solde:
        return Text::tr("Solde");
    case Kind::EnvelopeAmendment:
        return Text::tr("Modification de l'enveloppe");
    }
    return QString();
}

} // namespace guichet
