#include "AmountRules.h"

#include "common/Format.h"

#include <QCoreApplication>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Amounts)
};

// The applicant kinds as the basis names them: « commune », « EPCI ».
QString kindWord(const QString& kind)
{
    if (kind == QLatin1String("commune"))
        return Text::tr("commune");
    if (kind == QLatin1String("epci"))
        return Text::tr("EPCI");
    if (kind == QLatin1String("syndicat"))
        return Text::tr("syndicat");
    if (kind == QLatin1String("departement"))
        return Text::tr("département");
    if (kind == QLatin1String("region"))
        return Text::tr("région");
    return Text::tr("autre");
}

// « < 5 000 hab. », « ≥ 5 000 hab. », « 5 000 à 9 999 hab. », or nothing for every population.
QString band(int min, std::optional<int> max)
{
    if (min == 0 && !max)
        return QString();
    if (!max)
        return Text::tr("≥ %1 hab.").arg(format::integer(min));
    if (min == 0)
        return Text::tr("< %1 hab.").arg(format::integer(qint64(*max) + 1));
    return Text::tr("%1 à %2 hab.").arg(format::integer(min), format::integer(*max));
}

QString forfaitWords(const Forfait& forfait)
{
    QStringList kinds;
    for (const QString& kind : forfait.applicantKinds)
        kinds.append(kindWord(kind));
    const QString where = band(forfait.populationMin, forfait.populationMax);
    return Text::tr("forfait %1").arg(kinds.join(QStringLiteral(", "))) +
           (where.isEmpty() ? QString() : QLatin1Char(' ') + where);
}
} // namespace

AmountRules::AmountRules(const Programme& programme)
    : m_programme(programme)
{
    for (const Forfait& forfait : programme.forfaits)
        m_forfaitWords.append(forfaitWords(forfait));
}

QString ProposedAmount::basis() const
{
    QString words;
    QStringList notes;
    switch (source) {
    case Source::Forfait:
        words = forfait;
        break;
    case Source::ProgrammeRate:
        words = QStringLiteral("%1 × %2").arg(money::formatRate(rate), money::format(eligibleCost));
        break;
    case Source::InstructorRate:
        words = QStringLiteral("%1 × %2").arg(money::formatRate(rate), money::format(eligibleCost));
        notes.append(Text::tr("taux fixé par l'instructeur"));
        break;
    case Source::InstructorAmount:
        words = scenario.isEmpty() ? Text::tr("montant fixé par l'instructeur")
                                   : Text::tr("montant du scénario « %1 »").arg(scenario);
        break;
    }
    if (cappedAtRequested)
        notes.append(Text::tr("plafonné au montant sollicité"));
    if (cappedAtMaxRate)
        notes.append(Text::tr("plafonné à %1 du coût éligible").arg(money::formatRate(rate)));
    return notes.isEmpty()
               ? words
               : words + QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + QLatin1Char(')');
}

Cents AmountRules::eligibleCost(const Dossier& d)
{
    return std::max<Cents>(0, d.totalCost - d.personnelCost - d.itEquipmentCost);
}

ProposedAmount AmountRules::capped(const Dossier& d, ProposedAmount p) const
{
    const Cents byMaxRate = money::applyRate(p.eligibleCost, m_programme.maxRate());
    if (p.source == ProposedAmount::Source::Forfait && p.amount > byMaxRate) {
        p.amount = byMaxRate;
        p.rate = m_programme.maxRate();
        p.cappedAtMaxRate = true;
    }
    if (p.amount > d.requested) {
        p.amount = d.requested;
        p.cappedAtRequested = true;
        p.cappedAtMaxRate = false; // the lower ceiling is the one that applies
    }
    return p;
}

std::optional<ProposedAmount> AmountRules::fromRules(const Dossier& d) const
{
    ProposedAmount p;
    p.eligibleCost = eligibleCost(d);
    if (const Forfait* forfait = m_programme.forfaitFor(d.subaxis, d.applicantKind, d.population)) {
        p.source = ProposedAmount::Source::Forfait;
        p.forfait = m_forfaitWords.at(forfait - m_programme.forfaits.constData());
        p.amount = forfait->amount;
        return capped(d, p);
    }
    if (m_programme.rates.isEmpty()) {
        p.rate = m_programme.maxRate(); // a version 1 programme: its maximum rate for all
    } else if (const FundingRate* rate = m_programme.rateFor(d.applicantKind, d.population)) {
        p.rate = rate->rate;
    } else {
        return std::nullopt;
    }
    p.source = ProposedAmount::Source::ProgrammeRate;
    p.amount = money::applyRate(p.eligibleCost, p.rate);
    return capped(d, p);
}

ProposedAmount AmountRules::fromMovement(const Dossier& d, const Movement& proposal) const
{
    ProposedAmount p;
    p.eligibleCost = eligibleCost(d);
    if (proposal.rate) {
        p.source = ProposedAmount::Source::InstructorRate;
        p.rate = *proposal.rate;
        p.amount = money::applyRate(p.eligibleCost, p.rate);
        return capped(d, p);
    }
    p.source = ProposedAmount::Source::InstructorAmount;
    p.amount = proposal.amount;
    if (proposal.adoption != 0)
        p.scenario = proposal.reference;
    return p;
}

std::optional<ProposedAmount> AmountRules::current(const Dossier& d,
                                                   const std::optional<Movement>& proposal) const
{
    return proposal ? std::optional(fromMovement(d, *proposal)) : fromRules(d);
}

Status AmountRules::checkAmount(const Dossier& d, Cents amount) const
{
    if (amount < 0)
        return Error::badInput(Text::tr("Un montant proposé n'est pas négatif."));
    if (amount > d.requested)
        return Error::badInput(Text::tr("%1 dépasse le montant sollicité (%2).")
                                   .arg(money::format(amount), money::format(d.requested)));
    const Cents ceiling = money::applyRate(eligibleCost(d), m_programme.maxRate());
    if (amount > ceiling)
        return Error::badInput(
            Text::tr("%1 dépasse le taux maximal du programme : %2 du coût éligible (%3), soit %4.")
                .arg(money::format(amount), money::formatRate(m_programme.maxRate()),
                     money::format(eligibleCost(d)), money::format(ceiling)));
    return success();
}

Status AmountRules::checkRate(Rate rate) const
{
    if (rate <= 0 || rate > m_programme.maxRate())
        return Error::badInput(
            Text::tr("Le taux doit être compris entre 0 et %1 (taux maximal du "
                     "programme), pas %2.")
                .arg(money::formatRate(m_programme.maxRate()), money::formatRate(rate)));
    return success();
}

} // namespace guichet
