#include "DemoLedger.h"

#include "ledger/LedgerStore.h"
#include "ledger/Scenario.h"
#include "ledger/ScenarioStore.h"

#include <QCoreApplication>

namespace guichet::demo {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

Status saveScenario(QSqlDatabase db, const Programme& programme,
                    const ScenarioDefinition& definition)
{
    auto model = CutoffModel::load(db, programme, definition.subaxis);
    if (!model)
        return model.error();
    model->setCutoffRank(definition.cutoffRank);
    model->setPartialLast(definition.partialLast);
    return ScenarioStore(db, QStringLiteral("Claire Martin"))
        .save(definition, model->available(), model->snapshot());
}
} // namespace

Status addLedger(QSqlDatabase db, const Programme& programme)
{
    auto model = CutoffModel::load(db, programme);
    if (!model)
        return model.error();
    const QList<ScenarioRow> ranked = model->rows();
    LedgerStore instructor(db, programme, QStringLiteral("Claire Martin"));
    LedgerStore prefecture(db, programme, QStringLiteral("Secrétariat général"));
    const QDate june(2021, 6, 15);
    const QDate july(2021, 7, 13);
    auto check = [](const Result<Movement>& written) -> Status {
        return written ? success() : Status(written.error());
    };
    // The first committee funds the five best ranked, the second the next three.
    for (qsizetype i = 0; i < ranked.size() && i < 8; ++i) {
        const qint64 dossier = ranked.at(i).dossier;
        if (i == 1) {
            if (Status s = check(instructor.propose(dossier, std::nullopt, 7400,
                                                    Text::tr("Taux modulé : projet en partie "
                                                             "financé par l'EPCI.")));
                !s)
                return s;
        }
        DecisionRequest decision;
        decision.dossier = dossier;
        decision.date = i < 5 ? june : july;
        decision.reference = QStringLiteral("01-2021-%1-%2")
                                 .arg(decision.date.toString(QStringLiteral("MM-dd")))
                                 .arg(i + 1, 5, 10, QLatin1Char('0'));
        if (Status s = check(prefecture.decide(decision)); !s)
            return s;
    }
    auto amount = [&](int i) {
        return prefecture.dossier(ranked.at(i).dossier).committed;
    };
    if (ranked.size() >= 5) {
        const qint64 first = ranked.at(0).dossier;
        const Cents whole = amount(0);
        for (const auto& [kind, share, date] :
             {std::tuple{Movement::Kind::Avance, 3000, QDate(2021, 7, 1)},
              std::tuple{Movement::Kind::Acompte, 5000, QDate(2021, 9, 20)},
              std::tuple{Movement::Kind::Solde, 2000, QDate(2021, 11, 30)}}) {
            const Cents paid = kind == Movement::Kind::Solde
                                   ? whole - prefecture.dossier(first).paid()
                                   : money::applyRate(whole, share);
            if (Status s = check(prefecture.pay(first, kind, paid, date)); !s)
                return s;
        }
        if (Status s =
                check(prefecture.reduce(ranked.at(2).dossier, amount(2) / 5,
                                        Text::tr("Devis révisé à la baisse."), QDate(2021, 9, 2)));
            !s)
            return s;
        if (Status s = check(prefecture.pay(ranked.at(3).dossier, Movement::Kind::Avance,
                                            money::applyRate(amount(3), 3000), QDate(2021, 7, 5)));
            !s)
            return s;
        if (Status s = check(prefecture.cancel(ranked.at(4).dossier,
                                               Text::tr("Projet abandonné par la commune "
                                                        "(délibération du 6 septembre)."),
                                               QDate(2021, 9, 10)));
            !s)
            return s;
    }
    // A refusal: the first ranked after those decided.
    if (ranked.size() > 8) {
        DecisionRequest refusal{ranked.at(8).dossier,
                                Movement::Kind::Refus,
                                std::nullopt,
                                july,
                                QString(),
                                Text::tr("Projet sans effet concret pour "
                                         "l'usager avant fin 2022."),
                                QString()};
        if (Status s = check(prefecture.decide(refusal)); !s)
            return s;
    }
    if (Status s = saveScenario(db, programme,
                                {Text::tr("Comité de septembre"), QString(),
                                 ranked.size() > 18 ? ranked.at(18).rank : 10, false});
        !s)
        return s;
    return saveScenario(db, programme,
                        {Text::tr("Priorité aux projets 3c"), QStringLiteral("3c"), 8, true});
}

} // namespace guichet::demo
