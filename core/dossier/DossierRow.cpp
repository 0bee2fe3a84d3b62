#include "DossierRow.h"

#include <QVariant>

namespace guichet::dossier_row {

namespace {

constexpr int kColumnCount = 23;

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

} // namespace

const QString& columns()
{
    static const QString list = QStringLiteral(
        "number, state, applicant_name, applicant_siren, applicant_siret, applicant_kind, "
        "insee_code, departement, population, subaxis, title, description, total_cost_cents, "
        "requested_cents, personnel_cents, it_equipment_cents, non_eu_licences_cents, start_date, "
        "end_date, deposited_at, archived, applicant_resolved, absent_since");
    return list;
}

QString placeholders()
{
    QStringList marks(kColumnCount, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

Dossier read(const QSqlQuery& q)
{
    Dossier d;
    d.number = q.value(0).toLongLong();
    d.state =
        dossier_state::fromApiName(q.value(1).toString()).value_or(DossierState::EnConstruction);
    d.applicantName = q.value(2).toString();
    d.applicantSiren = q.value(3).toString();
    d.applicantSiret = q.value(4).toString();
    d.applicantKind = q.value(5).toString();
    d.inseeCode = q.value(6).toString();
    d.departement = q.value(7).toString();
    if (!q.value(8).isNull())
        d.population = q.value(8).toInt();
    d.subaxis = q.value(9).toString();
    d.title = q.value(10).toString();
    d.description = q.value(11).toString();
    d.totalCost = q.value(12).toLongLong();
    d.requested = q.value(13).toLongLong();
    d.personnelCost = q.value(14).toLongLong();
    d.itEquipmentCost = q.value(15).toLongLong();
    d.nonEuLicencesCost = q.value(16).toLongLong();
    d.startDate = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    d.endDate = QDate::fromString(q.value(18).toString(), Qt::ISODate);
    d.depositedAt = QDateTime::fromString(q.value(19).toString(), Qt::ISODate);
    d.archived = q.value(20).toBool();
    d.applicantResolved = q.value(21).toBool();
    if (!q.value(22).isNull())
        d.absentSince = q.value(22).toLongLong();
    return d;
}

QVariantList values(const Dossier& d)
{
    return {d.number,
            dossier_state::apiName(d.state),
            d.applicantName,
            nullableText(d.applicantSiren),
            nullableText(d.applicantSiret),
            d.applicantKind,
            nullableText(d.inseeCode),
            nullableText(d.departement),
            d.population ? QVariant(*d.population) : QVariant(QMetaType::fromType<int>()),
            d.subaxis,
            d.title,
            d.description.isNull() ? QStringLiteral("") : d.description,
            d.totalCost,
            d.requested,
            d.personnelCost,
            d.itEquipmentCost,
            d.nonEuLicencesCost,
            nullableDate(d.startDate),
            nullableDate(d.endDate),
            isoTimestamp(d.depositedAt),
            d.archived,
            d.applicantResolved,
            d.absentSince ? QVariant(*d.absentSince) : QVariant(QMetaType::fromType<qint64>())};
}

void bind(QSqlQuery& query, const Dossier& d)
{
    const QVariantList list = values(d);
    for (int i = 0; i < list.size(); ++i)
        query.bindValue(i, list.at(i));
}

} // namespace guichet::dossier_row
