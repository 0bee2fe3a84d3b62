#include "DsRowParser.h"

#include "FieldParsers.h"
#include "common/Siret.h"
#include "common/TextFold.h"
#include "referential/CollectivityName.h"

#include <QCoreApplication>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    const QChar* data = text.constData();
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = data[i].unicode();
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + start, i - start); // the plain run before this character
        start = i + 1;
        switch (c) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out.append(data + start, text.size() - start);
    out += QLatin1Char('"');
}

QString applicantKindFromDs(QStringView value)
{
    const QString folded = text::fold(value.trimmed());
    if (folded.startsWith(QLatin1String("commune")))
        return QStringLiteral("commune");
    if (folded.startsWith(QLatin1String("epci")) ||
        folded.startsWith(QLatin1String("communaute")) ||
        folded.startsWith(QLatin1String("metropole")))
        return QStringLiteral("epci");
    if (folded.startsWith(QLatin1String("syndicat")))
        return QStringLiteral("syndicat");
    if (folded.startsWith(QLatin1String("departement")))
        return QStringLiteral("departement");
    if (folded.startsWith(QLatin1String("region")))
        return QStringLiteral("region");
    return QStringLiteral("autre");
}
} // namespace

DsRowParser::DsRowParser(QString file, const ColumnMapping& mapping, const Programme& programme,
                         ApplicantEstablishments establishments)
    : m_file(std::move(file))
    , m_mapping(mapping)
    , m_programme(programme)
    , m_referential(Referential::instance())
    , m_establishments(std::move(establishments))
{
    for (int f = 0; f < FieldCount; ++f)
        m_index[f] = mapping.column(QString::fromLatin1(kFieldNames[f]));
    // Every column whose value a Dossier does not hold verbatim is kept as a raw value: the
    // unmapped ones, and mapped ones the dossier does not store (contact, team, audiences…) or
    // overrides (the declared population and kind, the company name).
    static const QSet<QString> stored = {QStringLiteral("ds_number"),
                                         QStringLiteral("ds_state"),
                                         QStringLiteral("ds_deposited_at"),
                                         QStringLiteral("ds_archived"),
                                         QStringLiteral("applicant_siret"),
                                         QStringLiteral("subaxis"),
                                         QStringLiteral("title"),
                                         QStringLiteral("description"),
                                         QStringLiteral("total_cost"),
                                         QStringLiteral("requested_amount"),
                                         QStringLiteral("personnel_cost"),
                                         QStringLiteral("it_equipment_cost"),
                                         QStringLiteral("non_eu_licences_cost"),
                                         QStringLiteral("start_date"),
                                         QStringLiteral("end_date")};
    QSet<QString> used;
    for (int column = 0; column < mapping.headers().size(); ++column) {
        if (stored.contains(mapping.fieldOf(column)))
            continue;
        QString key = mapping.headers().at(column);
        if (key.isEmpty())
            key = Text::tr("colonne %1").arg(column + 1);
        for (int n = 2; used.contains(key); ++n)
            key = mapping.headers().at(column) + QStringLiteral(" (%1)").arg(n);
        used.insert(key);
        m_rawColumns.append(column);
        m_rawKeys.append(key);
    }
}

Error DsRowParser::invalid(const ImportRow& row, int column, const QString& problem) const
{
    const QString header = column >= 0 && column < m_mapping.headers().size()
                               ? m_mapping.headers().at(column)
                               : QString();
    const QString value =
        column >= 0 && column < row.cells.size() ? row.cells.at(column).text : QString();
    return Error::badInput(Text::tr("%1, ligne %2, colonne « %3 » : valeur « %4 » : %5")
                               .arg(m_file)
                               .arg(row.position)
                               .arg(header, value, problem));
}

const ImportCell* DsRowParser::cell(const ImportRow& row, Field field) const
{
    const int column = m_index[field];
    return column >= 0 && column < row.cells.size() ? &row.cells.at(column) : nullptr;
}

QString DsRowParser::text(const ImportRow& row, Field field) const
{
    const ImportCell* c = cell(row, field);
    return c ? c->text.trimmed() : QString();
}

Result<qint64> DsRowParser::number(const ImportRow& row) const
{
    const ImportCell* c = cell(row, Number);
    const auto value = c ? field_parsers::integer(*c) : std::nullopt;
    if (!value || *value <= 0)
        return invalid(row, m_index[Number], Text::tr("numéro de dossier invalide"));
    return *value;
}

Result<Cents> DsRowParser::amount(const ImportRow& row, Field field, bool required) const
{
    const ImportCell* c = cell(row, field);
    if (!c || c->text.trimmed().isEmpty()) {
        if (required)
            return invalid(row, m_index[field], Text::tr("montant obligatoire"));
        return Cents(0);
    }
    const auto value = field_parsers::amount(*c);
    if (!value)
        return invalid(row, m_index[field], Text::tr("montant invalide"));
    if (*value < 0)
        return invalid(row, m_index[field], Text::tr("montant négatif"));
    return *value;
}

Result<QDate> DsRowParser::date(const ImportRow& row, Field field) const
{
    const ImportCell* c = cell(row, field);
    if (!c || c->text.trimmed().isEmpty())
        return QDate();
    const auto value = field_parsers::date(*c);
    if (!value)
        return invalid(row, m_index[field], Text::tr("date invalide (AAAA-MM-JJ attendu)"));
    return *value;
}

void DsRowParser::resolveApplicant(const ImportRow& row, Dossier& d) const
{
    const ApplicantEstablishment establishment = m_establishments.value(d.number);
    auto pick = [&](Field field, const QString& fromSheet) {
        const QString value = text(row, field);
        return value.isEmpty() ? fromSheet : value;
    };
    d.applicantSiret = pick(Siret, establishment.siret);
    d.applicantSiren = pick(Siren, establishment.siren);
    const QString companyName = pick(CompanyName, establishment.companyName);
    d.inseeCode = pick(Insee, establishment.inseeCode);
    if (d.applicantSiren.isEmpty() && d.applicantSiret.size() == 14)
        d.applicantSiren = d.applicantSiret.left(9);

    const Collectivity* c = m_referential.bySiret(d.applicantSiret);
    if (!c)
        c = m_referential.bySiren(d.applicantSiren);
    d.applicantKind = applicantKindFromDs(text(row, Kind));
    const ImportCell* declared = cell(row, Population);
    const auto declaredPopulation = declared ? field_parsers::integer(*declared) : std::nullopt;
    if (declaredPopulation && *declaredPopulation > 0)
        d.population = int(*declaredPopulation);
    if (c) {
        // The referential's figures win over what the applicant typed.
        d.applicantResolved = true;
        d.applicantName = collectivity::displayName(*c);
        d.applicantSiren = c->siren;
        d.applicantKind = c->applicantKind();
        d.population = c->population;
        d.departement = c->departement;
        if (!c->inseeCode.isEmpty())
            d.inseeCode = c->inseeCode;
    } else {
        d.applicantResolved = false;
        d.applicantName = !companyName.isEmpty()        ? companyName
                          : !d.applicantSiret.isEmpty() ? Text::tr("SIRET %1").arg(d.applicantSiret)
                                                        : Text::tr("Demandeur non identifié");
        d.departement = d.inseeCode.left(d.inseeCode.startsWith(QLatin1String("97")) ? 3 : 2);
    }
}

Result<DsRowParser::Parsed> DsRowParser::parse(const ImportRow& row) const
{
    Parsed parsed;
    Dossier& d = parsed.dossier;
    auto number = this->number(row);
    if (!number)
        return number.error();
    d.number = *number;

    const Field stateField = State;
    const auto state = field_parsers::state(text(row, stateField));
    if (!state)
        return invalid(row, m_index[stateField], Text::tr("état de dossier inconnu"));
    d.state = *state;

    const Field depositField = DepositedAt;
    const ImportCell* deposit = cell(row, depositField);
    const auto depositedAt = deposit ? field_parsers::timestamp(*deposit) : std::nullopt;
    if (!depositedAt)
        return invalid(row, m_index[depositField],
                       Text::tr("date de dépôt invalide (AAAA-MM-JJ hh:mm:ss +0100 attendu)"));
    d.depositedAt = *depositedAt;

    if ((m_index[Archived] >= 0)) {
        const auto archived = field_parsers::boolean(text(row, Archived));
        if (!archived)
            return invalid(row, m_index[Archived], Text::tr("true ou false attendu"));
        d.archived = *archived;
    }

    const QString siret = text(row, Siret);
    if (!siret.isEmpty() && !siret::isValid(siret))
        return invalid(row, m_index[Siret],
                       Text::tr("SIRET invalide (14 chiffres dont une clé de contrôle)"));
    resolveApplicant(row, d);

    const QString subaxisText = text(row, Subaxis);
    for (const SubAxis& axis : m_programme.subaxes) {
        if (subaxisText.startsWith(axis.code, Qt::CaseInsensitive) &&
            (subaxisText.size() == axis.code.size() ||
             !subaxisText.at(axis.code.size()).isLetterOrNumber()))
            d.subaxis = axis.code;
    }
    if (d.subaxis.isEmpty())
        return invalid(row, m_index[Subaxis], Text::tr("sous-axe inconnu"));

    d.title = text(row, Title);
    if (d.title.isEmpty())
        return invalid(row, m_index[Title], Text::tr("intitulé obligatoire"));
    d.description = text(row, Description);

    struct AmountField
    {
        Field field;
        Cents Dossier::*target;
        bool required;
    };
    for (const AmountField& a : {AmountField{TotalCost, &Dossier::totalCost, true},
                                 AmountField{Requested, &Dossier::requested, true},
                                 AmountField{Personnel, &Dossier::personnelCost, false},
                                 AmountField{ItEquipment, &Dossier::itEquipmentCost, false},
                                 AmountField{NonEuLicences, &Dossier::nonEuLicencesCost, false}}) {
        auto value = amount(row, a.field, a.required);
        if (!value)
            return value.error();
        d.*a.target = *value;
    }
    auto start = date(row, Start);
    if (!start)
        return start.error();
    d.startDate = *start;
    auto end = date(row, End);
    if (!end)
        return end.error();
    d.endDate = *end;

    // A JSON array aligned with rawColumnNames(), built as text: a QJsonArray costs more than
    // the rest of the row.
    QString& json = parsed.rawCells;
    json.reserve(2048);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < m_rawColumns.size(); ++i) {
        const int column = m_rawColumns.at(i);
        if (i > 0)
            json += QLatin1Char(',');
        appendJsonString(json, column < row.cells.size() ? row.cells.at(column).text : QString());
    }
    json += QLatin1Char(']');
    return parsed;
}

} // namespace guichet
