#include "DossierRow.h"

#include <QVariant>

namespace guichet::dossier_row {

using namespace dossier_columns;

namespace {

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// "2021-03-15T14:52:35+01:00", as QDateTime::toString(Qt::ISODate) writes it with an offset,
// but without its printf-based formatting: imports write 100 000 of them.
// Two digits of `v` at p.
char* twoDigits(char* p, int v)
{
    *p++ = char('0' + v / 10);
    *p++ = char('0' + v % 10);
    return p;
}

// "2021-03-15": as QDate::toString(Qt::ISODate), without its printf-based formatting.
char* isoDate(char* p, const QDate& d)
{
    p = twoDigits(p, d.year() / 100);
    p = twoDigits(p, d.year() % 100);
    *p++ = '-';
    p = twoDigits(p, d.month());
    *p++ = '-';
    return twoDigits(p, d.day());
}

// "2021-03-15T14:52:35+01:00", as QDateTime::toString(Qt::ISODate) writes it with an offset:
// imports write 100 000 of them.
QString isoTimestamp(const QDateTime& t)
{
    if (!t.isValid() || t.date().year() < 1000 || t.date().year() > 9999)
        return t.toString(Qt::ISODate);
    const QTime time = t.time();
    const int offset = t.offsetFromUtc() / 60;
    char text[32];
    char* p = isoDate(text, t.date());
    *p++ = 'T';
    p = twoDigits(p, time.hour());
    *p++ = ':';
    p = twoDigits(p, time.minute());
    *p++ = ':';
    p = twoDigits(p, time.second());
    if (t.timeSpec() == Qt::UTC) {
        *p++ = 'Z';
    } else if (t.timeSpec() != Qt::LocalTime) {
        *p++ = offset < 0 ? '-' : '+';
        p = twoDigits(p, std::abs(offset) / 60);
        *p++ = ':';
        p = twoDigits(p, std::abs(offset) % 60);
    }
    return QString::fromLatin1(text, p - text);
}

QVariant nullableDate(const QDate& date)
{
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999)
        return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                              : QVariant(QMetaType::fromType<QString>());
    char text[10];
    isoDate(text, date);
    return QString::fromLatin1(text, 10);
}

QVariant nullableImport(const std::optional<qint64>& importId)
{
    return importId ? QVariant(*importId) : QVariant(QMetaType::fromType<qint64>());
}

// Where each column sits in a query's result (sql::Positions), once per query.
struct Positions
{
    explicit Positions(const QSqlQuery& query)
        : position(query)
    {}

    sql::Positions position;
    int number = position(kNumber);
    int state = position(kState);
    int applicantName = position(kApplicantName);
    int applicantSiren = position(kApplicantSiren);
    int applicantSiret = position(kApplicantSiret);
    int applicantKind = position(kApplicantKind);
    int inseeCode = position(kInseeCode);
    int departement = position(kDepartement);
    int population = position(kPopulation);
    int subaxis = position(kSubaxis);
    int title = position(kTitle);
    int description = position(kDescription);
    int totalCost = position(kTotalCost);
    int requested = position(kRequested);
    int personnelCost = position(kPersonnelCost);
    int itEquipmentCost = position(kItEquipmentCost);
    int nonEuLicencesCost = position(kNonEuLicencesCost);
    int startDate = position(kStartDate);
    int endDate = position(kEndDate);
    int depositedAt = position(kDepositedAt);
    int archived = position(kArchived);
    int applicantResolved = position(kApplicantResolved);
    int absentSince = position(kAbsentSince);
};

// A column the query did not select reads as null: a lighter query may select only some.
QVariant value(const QSqlQuery& q, int position)
{
    return position < 0 ? QVariant() : q.value(position);
}

Dossier read(const QSqlQuery& q, const Positions& at)
{
    Dossier d;
    d.number = value(q, at.number).toLongLong();
    d.state = dossier_state::fromApiName(value(q, at.state).toString())
                  .value_or(DossierState::EnConstruction);
    d.applicantName = value(q, at.applicantName).toString();
    d.applicantSiren = value(q, at.applicantSiren).toString();
    d.applicantSiret = value(q, at.applicantSiret).toString();
    d.applicantKind = value(q, at.applicantKind).toString();
    d.inseeCode = value(q, at.inseeCode).toString();
    d.departement = value(q, at.departement).toString();
    if (const QVariant population = value(q, at.population); !population.isNull())
        d.population = population.toInt();
    d.subaxis = value(q, at.subaxis).toString();
    d.title = value(q, at.title).toString();
    d.description = value(q, at.description).toString();
    d.totalCost = value(q, at.totalCost).toLongLong();
    d.requested = value(q, at.requested).toLongLong();
    d.personnelCost = value(q, at.personnelCost).toLongLong();
    d.itEquipmentCost = value(q, at.itEquipmentCost).toLongLong();
    d.nonEuLicencesCost = value(q, at.nonEuLicencesCost).toLongLong();
    d.startDate = QDate::fromString(value(q, at.startDate).toString(), Qt::ISODate);
    d.endDate = QDate::fromString(value(q, at.endDate).toString(), Qt::ISODate);
    d.depositedAt = QDateTime::fromString(value(q, at.depositedAt).toString(), Qt::ISODate);
    d.archived = value(q, at.archived).toBool();
    d.applicantResolved = value(q, at.applicantResolved).toBool();
    if (const QVariant absentSince = value(q, at.absentSince); !absentSince.isNull())
        d.absentSince = absentSince.toLongLong();
    return d;
}

} // namespace

QList<Field> dsFields(const Dossier& d)
{
    return {{kState, dossier_state::apiName(d.state)},
            {kApplicantName, d.applicantName},
            {kApplicantSiren, nullableText(d.applicantSiren)},
            {kApplicantSiret, nullableText(d.applicantSiret)},
            {kApplicantKind, d.applicantKind},
            {kInseeCode, nullableText(d.inseeCode)},
            {kDepartement, nullableText(d.departement)},
            {kPopulation,
             d.population ? QVariant(*d.population) : QVariant(QMetaType::fromType<int>())},
            {kSubaxis, d.subaxis},
            {kTitle, d.title},
            {kDescription, d.description.isNull() ? QStringLiteral("") : d.description},
            {kTotalCost, d.totalCost},
            {kRequested, d.requested},
            {kPersonnelCost, d.personnelCost},
            {kItEquipmentCost, d.itEquipmentCost},
            {kNonEuLicencesCost, d.nonEuLicencesCost},
            {kStartDate, nullableDate(d.startDate)},
            {kEndDate, nullableDate(d.endDate)},
            {kDepositedAt, isoTimestamp(d.depositedAt)},
            {kArchived, d.archived},
            {kApplicantResolved, d.applicantResolved}};
}

const sql::Columns& dsColumns()
{
    // Read off dsFields() itself, so that the statements and the values share one order.
    static const sql::Columns list = [] {
        sql::Columns columns;
        for (const Field& field : dsFields(Dossier()))
            columns.append(field.column);
        return columns;
    }();
    return list;
}

const sql::Columns& columns()
{
    static const sql::Columns list =
        sql::Columns{kNumber} + dsColumns() + sql::Columns{kAbsentSince};
    return list;
}

QList<Dossier> readAll(QSqlQuery& query)
{
    const Positions positions(query);
    QList<Dossier> dossiers;
    while (query.next())
        dossiers.append(read(query, positions));
    return dossiers;
}

void bind(QSqlQuery& query, const Dossier& d)
{
    int position = 0;
    query.bindValue(position++, d.number);
    for (const Field& field : dsFields(d))
        query.bindValue(position++, field.value);
    query.bindValue(position, nullableImport(d.absentSince));
}

} // namespace guichet::dossier_row
