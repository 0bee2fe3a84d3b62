#include "DsExportTable.h"

#include "programme/Programme.h"
#include "referential/CollectivityName.h"

#include <QRegularExpression>

#include <array>

namespace guichet {

namespace {

const QStringList kEtablissementColumns = {
    QStringLiteral("Établissement SIRET"),
    QStringLiteral("Établissement siège social"),
    QStringLiteral("Établissement NAF"),
    QStringLiteral("Établissement libellé NAF"),
    QStringLiteral("Établissement Adresse"),
    QStringLiteral("Établissement numero voie"),
    QStringLiteral("Établissement type voie"),
    QStringLiteral("Établissement nom voie"),
    QStringLiteral("Établissement complément adresse"),
    QStringLiteral("Établissement code postal"),
    QStringLiteral("Établissement localité"),
    QStringLiteral("Établissement code INSEE localité"),
    QStringLiteral("Entreprise SIREN"),
    QStringLiteral("Entreprise capital social"),
    QStringLiteral("Entreprise numero TVA intracommunautaire"),
    QStringLiteral("Entreprise forme juridique"),
    QStringLiteral("Entreprise forme juridique code"),
    QStringLiteral("Entreprise nom commercial"),
    QStringLiteral("Entreprise raison sociale"),
    QStringLiteral("Entreprise SIRET siège social"),
    QStringLiteral("Entreprise code effectif entreprise"),
    QStringLiteral("Entreprise date de création"),
    QStringLiteral("Entreprise état administratif"),
    QStringLiteral("Entreprise nom"),
    QStringLiteral("Entreprise prénom"),
    QStringLiteral("Association RNA"),
    QStringLiteral("Association titre"),
    QStringLiteral("Association objet"),
    QStringLiteral("Association date de création"),
    QStringLiteral("Association date de déclaration"),
    QStringLiteral("Association date de publication")};

constexpr std::array kFirstNames = {"Claire", "Julien",   "Sophie", "Marc",    "Nathalie",
                                    "Thomas", "Isabelle", "Pierre", "Aurélie", "Laurent"};
constexpr std::array kLastNames = {"Martin", "Bernard", "Dubois",   "Moreau", "Laurent",
                                   "Girard", "Roux",    "Fournier", "Morel",  "Mercier"};

QString pick(qint64 number, int salt, const auto& list)
{
    return QString::fromUtf8(list[size_t((number / 7 + salt) % qint64(list.size()))]);
}

// Euros as DS writes a decimal_number field: a Float.
DsCell euros(Cents cents)
{
    return DsCell::number(double(cents) / 100.0);
}

QString ascii(QString s)
{
    s = s.normalized(QString::NormalizationForm_D);
    s.remove(QRegularExpression(QStringLiteral("[^a-zA-Z0-9 -]")));
    return s.toLower().replace(QLatin1Char(' '), QLatin1Char('.'));
}

} // namespace

DsExportTable::DsExportTable(const Programme& programme, Era era, Layout layout)
    : m_programme(programme)
    , m_era(era)
    , m_layout(layout)
{}

QStringList DsExportTable::dossierHeaders() const
{
    QStringList h = {QStringLiteral("ID"), QStringLiteral("Email")};
    if (m_era == Era::Y2025)
        h << QStringLiteral("FranceConnect ?");
    if (m_layout == Layout::Csv)
        h << kEtablissementColumns;
    else
        h << QStringLiteral("Entreprise raison sociale");
    h << (m_era == Era::Y2025 ? QStringLiteral("À archiver") : QStringLiteral("Archivé"))
      << QStringLiteral("État du dossier") << QStringLiteral("Dernière mise à jour le");
    if (m_era == Era::Y2025)
        h << QStringLiteral("Dernière mise à jour du dossier le");
    h << QStringLiteral("Déposé le") << QStringLiteral("Passé en instruction le")
      << QStringLiteral("Traité le") << QStringLiteral("Motivation de la décision")
      << QStringLiteral("Instructeurs");
    for (const MappedField& f : m_programme.dsMapping) {
        h << f.label;
        if (f.field == QLatin1String("provider_departement") && m_era == Era::Y2025)
            h << f.label + QStringLiteral(" (Code)");
    }
    return h;
}

QList<DsCell> DsExportTable::etablissementCells(const Dossier& d) const
{
    const QString commune = collectivity::communeOf(d.applicantName);
    QList<DsCell> c;
    c << DsCell::text(d.applicantSiret) << DsCell::boolean(true)
      << DsCell::text(QStringLiteral("84.11Z"))
      << DsCell::text(QStringLiteral("Administration publique générale"))
      << DsCell::text(QStringLiteral("Place de la Mairie 01000 ") +
                      (commune.isEmpty() ? QStringLiteral("Bourg-en-Bresse") : commune))
      << DsCell{} << DsCell::text(QStringLiteral("Place"))
      << DsCell::text(QStringLiteral("de la Mairie")) << DsCell{}
      << DsCell::text(QStringLiteral("01000"))
      << DsCell::text(commune.isEmpty() ? QStringLiteral("Bourg-en-Bresse") : commune)
      << DsCell::text(d.inseeCode) << DsCell::text(d.applicantSiren) << DsCell{}
      << DsCell::text(QStringLiteral("FR") + d.applicantSiren)
      << DsCell::text(d.applicantKind == QLatin1String("commune")
                          ? QStringLiteral("Commune et commune nouvelle")
                          : QStringLiteral("Communauté de communes"))
      << DsCell::text(d.applicantKind == QLatin1String("commune") ? QStringLiteral("7210")
                                                                  : QStringLiteral("7346"))
      << DsCell{} << DsCell::text(d.applicantName.toUpper()) << DsCell::text(d.applicantSiret)
      << DsCell::text(QStringLiteral("22")) << DsCell::date(QDate(1983, 3, 1))
      << DsCell::text(QStringLiteral("actif"));
    for (int i = 0; i < 8; ++i)
        c << DsCell{};
    return c;
}

QList<DsCell> DsExportTable::dossierRow(const Dossier& d) const
{
    const bool decided = d.state == DossierState::Accepte || d.state == DossierState::Refuse ||
                         d.state == DossierState::SansSuite;
    const bool instructed = d.state != DossierState::EnConstruction;
    const QDateTime instructedAt = d.depositedAt.addDays(12);
    const QDateTime decidedAt = d.depositedAt.addDays(45);
    const QDateTime updatedAt = decided ? decidedAt : instructed ? instructedAt : d.depositedAt;
    const QString contact =
        pick(d.number, 0, kFirstNames) + QLatin1Char(' ') + pick(d.number, 3, kLastNames);

    QList<DsCell> r;
    r << DsCell::text(QString::number(d.number))
      << DsCell::text(ascii(contact) + QStringLiteral("@mairie.example.fr"));
    if (m_era == Era::Y2025)
        r << DsCell::boolean(false);
    if (m_layout == Layout::Csv)
        r << etablissementCells(d);
    else
        r << DsCell::text(d.applicantName.toUpper());
    r << DsCell::boolean(false) << DsCell::text(dossier_state::exportLabel(d.state))
      << DsCell::timestamp(updatedAt);
    if (m_era == Era::Y2025)
        r << DsCell::timestamp(d.depositedAt);
    r << DsCell::timestamp(d.depositedAt)
      << (instructed ? DsCell::timestamp(instructedAt) : DsCell{})
      << (decided ? DsCell::timestamp(decidedAt) : DsCell{})
      << (d.state == DossierState::Refuse
              ? DsCell::text(QStringLiteral("Projet ne répondant pas aux critères du guichet."))
              : DsCell{})
      << DsCell::text(instructed ? QStringLiteral("instruction.fitn@ain.gouv.fr") : QString());

    const SubAxis* axis = m_programme.subaxis(d.subaxis);
    for (const MappedField& f : m_programme.dsMapping) {
        const QString& k = f.field;
        if (k == QLatin1String("applicant_kind"))
            r << DsCell::text(d.applicantKind == QLatin1String("commune")
                                  ? QStringLiteral("Commune")
                                  : QStringLiteral("EPCI à fiscalité propre"));
        else if (k == QLatin1String("declared_population"))
            r << DsCell::integer(d.population.value_or(0));
        else if (k == QLatin1String("subaxis"))
            r << DsCell::text(d.subaxis + QStringLiteral(" - ") + (axis ? axis->title : QString()));
        else if (k == QLatin1String("title"))
            r << DsCell::text(d.title);
        else if (k == QLatin1String("description"))
            r << DsCell::text(d.description);
        else if (k == QLatin1String("audiences"))
            r << DsCell::text(d.subaxis == QLatin1String("3b") ? QStringLiteral("Agents")
                                                               : QStringLiteral("Agents, Usagers"));
        else if (k == QLatin1String("agents_count"))
            r << DsCell::integer(5 + d.number % 60);
        else if (k == QLatin1String("users_count"))
            r << DsCell::integer(d.subaxis == QLatin1String("3b") ? 0 : d.population.value_or(0));
        else if (k == QLatin1String("total_cost"))
            r << euros(d.totalCost);
        else if (k == QLatin1String("personnel_cost"))
            r << euros(d.personnelCost);
        else if (k == QLatin1String("it_equipment_cost"))
            r << euros(d.itEquipmentCost);
        else if (k == QLatin1String("non_eu_licences_cost"))
            r << euros(d.nonEuLicencesCost);
        else if (k == QLatin1String("requested_amount"))
            r << euros(d.requested);
        else if (k == QLatin1String("other_funding"))
            r << DsCell::text(QStringLiteral("Autofinancement"));
        else if (k == QLatin1String("start_date"))
            r << DsCell::text(d.startDate.toString(Qt::ISODate));
        else if (k == QLatin1String("end_date"))
            r << DsCell::text(d.endDate.toString(Qt::ISODate));
        else if (k == QLatin1String("providers"))
            r << DsCell::text(QStringLiteral("Numérique Bresse Conseil"));
        else if (k == QLatin1String("provider_departement")) {
            r << DsCell::text(QStringLiteral("Ain"));
            if (m_era == Era::Y2025)
                r << DsCell::text(QStringLiteral("01"));
        } else if (k == QLatin1String("joint_project"))
            r << DsCell::text(d.applicantKind == QLatin1String("epci") ? QStringLiteral("Oui")
                                                                       : QStringLiteral("Non"));
        else if (k == QLatin1String("partners") || k == QLatin1String("instructor_comment") ||
                 k == QLatin1String("instructor_opinion"))
            r << DsCell{};
        else if (k == QLatin1String("deliberation"))
            r << DsCell::text(QStringLiteral("deliberation_conseil.pdf"));
        else if (k == QLatin1String("quotes"))
            r << DsCell::text(QStringLiteral("devis_prestataire.pdf, devis_complementaire.pdf"));
        else if (k == QLatin1String("team"))
            r << DsCell::text(QStringLiteral("Directeur général des services, chargé de mission "
                                             "numérique,\nélu référent"));
        else if (k == QLatin1String("contact_name"))
            r << DsCell::text(contact);
        else if (k == QLatin1String("contact_email"))
            r << DsCell::text(ascii(contact) + QStringLiteral("@mairie.example.fr"));
        else if (k == QLatin1String("contact_phone"))
            r << DsCell::text(
                QStringLiteral("04 74 %1 %2").arg(10 + d.number % 89).arg(10 + d.number / 89 % 89));
        else if (k == QLatin1String("attestation"))
            r << DsCell::text(QStringLiteral("on"));
        else if (k == QLatin1String("proposed_amount"))
            r << DsCell::number(0);
        else
            r << DsCell{};
    }
    return r;
}

QStringList DsExportTable::etablissementHeaders()
{
    QStringList h = {QStringLiteral("Dossier ID"), QStringLiteral("Champ")};
    h << kEtablissementColumns;
    h.insert(3, QStringLiteral("Etablissement enseigne"));
    return h;
}

QList<DsCell> DsExportTable::etablissementRow(const Dossier& d) const
{
    QList<DsCell> r = {DsCell::text(QString::number(d.number)),
                       DsCell::text(QStringLiteral("Dossier"))};
    r << etablissementCells(d);
    r.insert(3, DsCell{});
    return r;
}

QStringList DsExportTable::avisHeaders()
{
    return {
        QStringLiteral("Dossier ID"), QStringLiteral("Introduction"),    QStringLiteral("Réponse"),
        QStringLiteral("Question"),   QStringLiteral("Réponse oui/non"), QStringLiteral("Créé le"),
        QStringLiteral("Répondu le"), QStringLiteral("Instructeur"),     QStringLiteral("Expert")};
}

} // namespace guichet
