#include "DemoBuilder.h"

#include "common/Siret.h"
#include "referential/CollectivityName.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace guichet {

namespace {

struct ProjectTemplate
{
    const char* subaxis;
    const char* title;
    const char* description;
    int minCostEuros;
    int maxCostEuros;
};

// Demo data is French content, not UI text: it is not translated.
constexpr std::array kProjects = {
    ProjectTemplate{"3a", "Diagnostic et schéma directeur du numérique",
                    "Accompagnement par un cabinet spécialisé pour établir un diagnostic des "
                    "usages numériques des services et une feuille de route sur trois ans.",
                    8000, 30000},
    ProjectTemplate{"3a", "Assistance à maîtrise d'ouvrage pour la dématérialisation des démarches",
                    "Appui d'un expert pour choisir et intégrer une solution de démarches en "
                    "ligne interfacée avec les logiciels métiers existants.",
                    10000, 35000},
    ProjectTemplate{"3a", "Étude de cadrage d'un portail citoyen",
                    "Étude préalable, ateliers avec les habitants et rédaction du cahier des "
                    "charges d'un portail de services aux usagers.",
                    6000, 20000},
    ProjectTemplate{"3a", "Accompagnement à la mutualisation des outils numériques intercommunaux",
                    "Mission d'accompagnement pour mutualiser les outils numériques entre la "
                    "communauté et ses communes membres.",
                    12000, 40000},
    ProjectTemplate{"3b", "Formation des agents aux outils collaboratifs",
                    "Parcours de formation des agents aux outils collaboratifs et au travail à "
                    "distance, avec évaluation des compétences en début et fin de parcours.",
                    3000, 15000},
    ProjectTemplate{"3b", "Certification Pix des agents d'accueil",
                    "Évaluation et certification des compétences numériques des agents d'accueil "
                    "pour accompagner les usagers dans leurs démarches en ligne.",
                    2500, 9000},
    ProjectTemplate{"3b", "Plan de formation à la culture de la donnée",
                    "Ingénierie pédagogique et sessions de formation pour mieux exploiter les "
                    "données de la collectivité (urbanisme, mobilités).",
                    5000, 22000},
    ProjectTemplate{"3c", "Portail famille en ligne",
                    "Inscriptions et paiement en ligne de la restauration scolaire, du "
                    "périscolaire et de l'accueil de loisirs.",
                    9000, 35000},
    ProjectTemplate{"3c", "Réservation en ligne des salles municipales",
                    "Dématérialisation complète de la réservation et de la gestion des "
                    "équipements publics, accessible 24 heures sur 24.",
                    6000, 25000},
    ProjectTemplate{"3c", "Refonte du site internet et démarches en ligne",
                    "Nouveau site internet accessible (RGAA), démarches en ligne et prise de "
                    "rendez-vous pour l'état civil.",
                    12000, 60000},
    ProjectTemplate{"3c", "Plateforme téléphonique et serveur vocal interactif",
                    "Mise en place d'un accueil téléphonique unifié avec serveur vocal interactif "
                    "et suivi des demandes des usagers.",
                    15000, 80000},
    ProjectTemplate{"3c", "Application mobile de signalement citoyen",
                    "Application permettant aux habitants de signaler un problème sur l'espace "
                    "public et d'en suivre le traitement.",
                    10000, 45000},
    ProjectTemplate{"3c", "Budget participatif en ligne",
                    "Plateforme de dépôt et de vote des projets du budget participatif, avec "
                    "accompagnement des habitants éloignés du numérique.",
                    8000, 30000},
    ProjectTemplate{"3c", "Gestion de la relation usager multicanale",
                    "Outil de gestion de la relation usager unifiant courriel, téléphone, "
                    "accueil physique et formulaires en ligne.",
                    20000, 90000},
};

const QTimeZone& paris()
{
    static const QTimeZone zone("Europe/Paris");
    return zone;
}

// A Paris wall-clock time, stored with its +0100/+0200 offset as DS writes it.
QDateTime parisTime(QDate date, QTime time)
{
    const QDateTime local(date, time, paris());
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

Cents roundedCost(QRandomGenerator& rng, int minEuros, int maxEuros)
{
    const int euros = rng.bounded(minEuros, maxEuros + 1);
    return Cents(euros / 10 * 10) * 100;
}

DossierState pickState(QRandomGenerator& rng)
{
    const int roll = rng.bounded(100);
    if (roll < 25)
        return DossierState::EnConstruction;
    if (roll < 70)
        return DossierState::EnInstruction;
    if (roll < 85)
        return DossierState::Accepte;
    if (roll < 93)
        return DossierState::Refuse;
    return DossierState::SansSuite;
}

void setApplicant(Dossier& d, const Collectivity& c)
{
    d.applicantName = collectivity::displayName(c);
    d.applicantSiren = c.siren;
    d.applicantSiret = siret::make(c.siren, 1); // the town hall, the first establishment
    d.applicantKind = c.applicantKind();
    d.inseeCode = c.inseeCode;
    d.departement = c.departement;
    d.population = c.population;
}

} // namespace

DemoBuilder::DemoBuilder(const Referential& referential, quint32 seed)
    : m_referential(referential)
    , m_seed(seed)
{}

QList<Dossier> DemoBuilder::build(int count) const
{
    QList<const Collectivity*> ain = m_referential.inDepartement(u"01");
    std::sort(ain.begin(), ain.end(),
              [](const Collectivity* a, const Collectivity* b) { return a->siren < b->siren; });
    QList<Dossier> dossiers;
    if (ain.isEmpty() || count <= 0)
        return dossiers;
    dossiers.reserve(count);
    QRandomGenerator rng(m_seed);

    // The commune closest to 8 000 inhabitants files the seed's classic pair of projects:
    // a family portal and room booking, about 28 000 € together.
    const Collectivity* town = *std::min_element(ain.begin(), ain.end(), [](auto* a, auto* b) {
        return a->kind == Collectivity::Kind::Commune &&
               (b->kind != Collectivity::Kind::Commune ||
                std::abs(a->population - 8000) < std::abs(b->population - 8000));
    });

    QList<const Collectivity*> communes, epcis;
    std::vector<double> communeWeights; // cumulative, by the square root of the population
    for (const Collectivity* c : ain) {
        if (c->kind == Collectivity::Kind::Epci) {
            epcis.append(c);
        } else {
            communes.append(c);
            communeWeights.push_back((communeWeights.empty() ? 0.0 : communeWeights.back()) +
                                     std::sqrt(double(std::max(c->population, 1))));
        }
    }

    const QDate campaignStart(2021, 2, 1);
    const int campaignDays = 300;
    QList<QDateTime> deposits;
    deposits.reserve(count);
    for (int i = 0; i < count; ++i)
        deposits.append(parisTime(campaignStart.addDays(rng.bounded(campaignDays)),
                                  QTime(8 + rng.bounded(11), rng.bounded(60), rng.bounded(60))));
    std::sort(deposits.begin(), deposits.end());

    qint64 number = 4812300;
    for (int i = 0; i < count; ++i) {
        Dossier d;
        number += 1 + rng.bounded(40);
        d.number = number;
        d.depositedAt = deposits.at(i);
        d.state = pickState(rng);

        const ProjectTemplate* project = &kProjects[size_t(rng.bounded(int(kProjects.size())))];
        if (i < 2) {
            setApplicant(d, *town);
            project = &kProjects[i == 0 ? 7 : 8];
        } else {
            // EPCI file about one dossier in six; larger communes file more often.
            const bool epci = rng.bounded(6) == 0;
            const QList<const Collectivity*>& pool = epci ? epcis : communes;
            const double roll = rng.generateDouble() * communeWeights.back();
            const qsizetype pick =
                epci ? rng.bounded(epcis.size())
                     : std::upper_bound(communeWeights.cbegin(), communeWeights.cend(), roll) -
                           communeWeights.cbegin();
            setApplicant(d, *pool.at(std::min(pick, pool.size() - 1)));
        }
        d.subaxis = QString::fromLatin1(project->subaxis);
        d.title = QString::fromUtf8(project->title);
        d.description = QString::fromUtf8(project->description);
        d.totalCost = i == 0   ? Cents(16400) * 100
                      : i == 1 ? Cents(11600) * 100
                               : roundedCost(rng, project->minCostEuros, project->maxCostEuros);
        const int ratePercent = i < 2 ? 74 : 50 + rng.bounded(51);
        d.requested = d.totalCost * ratePercent / 100 / 100 * 100;

        // A few dossiers carry costs the programme excludes, so eligibility has work to do.
        const int roll = rng.bounded(100);
        if (roll < 5)
            d.personnelCost = d.totalCost / 5 / 100 * 100;
        else if (roll < 9)
            d.itEquipmentCost = d.totalCost / 4 / 100 * 100;
        else if (roll < 20)
            d.nonEuLicencesCost = d.totalCost * (5 + rng.bounded(20)) / 100 / 100 * 100;

        d.startDate = d.depositedAt.date().addDays(30 + rng.bounded(90));
        d.endDate = d.startDate.addMonths(6 + rng.bounded(rng.bounded(10) == 0 ? 24 : 12));
        dossiers.append(std::move(d));
    }
    return dossiers;
}

} // namespace guichet
