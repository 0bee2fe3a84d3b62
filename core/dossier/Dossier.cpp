#include "Dossier.h"

#include <QCoreApplication>

namespace guichet {

namespace dossier_state {

const QList<DossierState>& all()
{
    static const QList<DossierState> states = {DossierState::EnConstruction,
                                               DossierState::EnInstruction, DossierState::Accepte,
                                               DossierState::Refuse, DossierState::SansSuite};
    return states;
}

QString apiName(DossierState state)
{
    switch (state) {
    case DossierState::EnConstruction:
        return QStringLiteral("en_construction");
    case DossierState::EnInstruction:
        return QStringLiteral("en_instruction");
    case DossierState::Accepte:
        return QStringLiteral("accepte");
    case DossierState::Refuse:
        return QStringLiteral("refuse");
    case DossierState::SansSuite:
        return QStringLiteral("sans_suite");
    }
    return {};
}

std::optional<DossierState> fromApiName(QStringView name)
{
    for (DossierState state : all()) {
        if (apiName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString label(DossierState state)
{
    switch (state) {
    case DossierState::EnConstruction:
        return QCoreApplication::translate("DossierState", "En construction");
    case DossierState::EnInstruction:
        return QCoreApplication::translate("DossierState", "En instruction");
    case DossierState::Accepte:
        return QCoreApplication::translate("DossierState", "Accepté");
    case DossierState::Refuse:
        return QCoreApplication::translate("DossierState", "Refusé");
    case DossierState::SansSuite:
        return QCoreApplication::translate("DossierState", "Classé sans suite");
    }
    return {};
}

QString exportLabel(DossierState state)
{
    switch (state) {
    case DossierState::EnConstruction:
        return QStringLiteral("En construction");
    case DossierState::EnInstruction:
        return QStringLiteral("En instruction");
    case DossierState::Accepte:
        return QStringLiteral("Accepté");
    case DossierState::Refuse:
        return QStringLiteral("Refusé");
    case DossierState::SansSuite:
        return QStringLiteral("Classé sans suite");
    }
    return {};
}

} // namespace dossier_state

namespace applicant_kind {

QString label(const QString& kind)
{
    if (kind == QLatin1String("commune"))
        return QCoreApplication::translate("ApplicantKind", "Commune");
    if (kind == QLatin1String("epci"))
        return QCoreApplication::translate("ApplicantKind", "EPCI");
    if (kind == QLatin1String("syndicat"))
        return QCoreApplication::translate("ApplicantKind", "Syndicat");
    if (kind == QLatin1String("departement"))
        return QCoreApplication::translate("ApplicantKind", "Département");
    if (kind == QLatin1String("region"))
        return QCoreApplication::translate("ApplicantKind", "Région");
    return QCoreApplication::translate("ApplicantKind", "Autre");
}

} // namespace applicant_kind
} // namespace guichet
