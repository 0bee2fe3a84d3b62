#include "DossierRepository.h"

#include "DossierRow.h"
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
    query.prepare(QStringLiteral("SELECT ") + dossier_row::columns() +
                  QStringLiteral(" FROM dossiers WHERE number > ? ORDER BY number LIMIT ?"));
    query.addBindValue(afterNumber);
    query.addBindValue(limit);
    QList<Dossier> dossiers;
    if (!query.exec())
        return dossiers;
    while (query.next())
        dossiers.append(dossier_row::read(query));
    return dossiers;
}

QList<Dossier> DossierRepository::loadAll() const
{
    return loadChunk(std::numeric_limits<qint64>::min(), -1);
}

std::optional<Dossier> DossierRepository::find(qint64 number) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + dossier_row::columns() +
                  QStringLiteral(" FROM dossiers WHERE number = ?"));
    query.addBindValue(number);
    if (query.exec() && query.next())
        return dossier_row::read(query);
    return std::nullopt;
}

Status DossierRepository::insert(const QList<Dossier>& dossiers)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO dossiers (") + dossier_row::columns() +
                  QStringLiteral(") VALUES (") + dossier_row::placeholders() + QStringLiteral(")"));
    for (const Dossier& d : dossiers) {
        dossier_row::bind(query, d);
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
