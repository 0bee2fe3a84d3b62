#include "DossierRepository.h"

#include "storage/AuditLog.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DossierRepository)
};

const auto kColumns = QStringLiteral(
    "number, state, applicant_name, applicant_siren, applicant_siret, applicant_kind, "
    "insee_code, departement, population, subaxis, title, description, total_cost_cents, "
    "requested_cents, personnel_cents, it_equipment_cents, non_eu_licences_cents, start_date, "
    "end_date, deposited_at");

Dossier fromRow(const QSqlQuery& q)
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
    return d;
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

} // namespace

DossierRepository::DossierRepository(QSqlDatabase db, QString actor)
    : m_db(std::move(db))
    , m_actor(std::move(actor))
{}

DossierRepository::DossierRepository(const Workspace& workspace)
    : DossierRepository(workspace.database(), workspace.actor())
{}

qint64 DossierRepository::count() const
{
    QSqlQuery query(QStringLiteral("SELECT COUNT(*) FROM dossiers"), m_db);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<Dossier> DossierRepository::loadChunk(qint64 afterNumber, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM dossiers WHERE number > ? ORDER BY number LIMIT ?"));
    query.addBindValue(afterNumber);
    query.addBindValue(limit);
    QList<Dossier> dossiers;
    if (!query.exec())
        return dossiers;
    while (query.next())
        dossiers.append(fromRow(query));
    return dossiers;
}

QList<Dossier> DossierRepository::loadAll() const
{
    return loadChunk(std::numeric_limits<qint64>::min(), -1);
}

std::optional<Dossier> DossierRepository::find(qint64 number) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM dossiers WHERE number = ?"));
    query.addBindValue(number);
    if (query.exec() && query.next())
        return fromRow(query);
    return std::nullopt;
}

Status DossierRepository::insert(const QList<Dossier>& dossiers)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO dossiers (") + kColumns +
                  QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?)"));
    for (const Dossier& d : dossiers) {
        query.bindValue(0, d.number);
        query.bindValue(1, dossier_state::apiName(d.state));
        query.bindValue(2, d.applicantName);
        query.bindValue(3, nullableText(d.applicantSiren));
        query.bindValue(4, nullableText(d.applicantSiret));
        query.bindValue(5, d.applicantKind);
        query.bindValue(6, nullableText(d.inseeCode));
        query.bindValue(7, nullableText(d.departement));
        query.bindValue(8, d.population ? QVariant(*d.population)
                                        : QVariant(QMetaType::fromType<int>()));
        query.bindValue(9, d.subaxis);
        query.bindValue(10, d.title);
        query.bindValue(11, d.description.isNull() ? QStringLiteral("") : d.description);
        query.bindValue(12, d.totalCost);
        query.bindValue(13, d.requested);
        query.bindValue(14, d.personnelCost);
        query.bindValue(15, d.itEquipmentCost);
        query.bindValue(16, d.nonEuLicencesCost);
        query.bindValue(17, nullableDate(d.startDate));
        query.bindValue(18, nullableDate(d.endDate));
        query.bindValue(19, d.depositedAt.toString(Qt::ISODate));
        if (!query.exec())
            return Error::failure(Text::tr("Impossible d'enregistrer le dossier %1 : %2")
                                      .arg(d.number)
                                      .arg(query.lastError().text()));
    }
    if (!transaction.commit())
        return Error::failure(
            Text::tr("Impossible d'enregistrer les dossiers : %1").arg(transaction.lastError()));
    return success();
}

QString DossierRepository::note(qint64 number) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT note FROM dossier_notes WHERE dossier_number = ?"));
    query.addBindValue(number);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

Status DossierRepository::setNote(qint64 number, const QString& note)
{
    const QString previous = this->note(number);
    if (previous == note)
        return success();
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    if (note.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM dossier_notes WHERE dossier_number = ?"));
        query.addBindValue(number);
    } else {
        query.prepare(QStringLiteral("INSERT INTO dossier_notes (dossier_number, note) VALUES (?, "
                                     "?) ON CONFLICT (dossier_number) DO UPDATE SET note = "
                                     "excluded.note"));
        query.addBindValue(number);
        query.addBindValue(note);
    }
    if (!query.exec())
        return Error::failure(
            Text::tr("Impossible d'enregistrer la note : %1").arg(query.lastError().text()));
    if (Status status =
            AuditLog(m_db).record(m_actor, QStringLiteral("dossier"), QString::number(number),
                                  QStringLiteral("note"), previous, note);
        !status)
        return status;
    if (!transaction.commit())
        return Error::failure(
            Text::tr("Impossible d'enregistrer la note : %1").arg(transaction.lastError()));
    return success();
}

} // namespace guichet
