#include "DossierRepository.h"

#include "DossierRow.h"
#include "storage/AuditLog.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DossierRepository)
};

// The instructor's note on a dossier, apart from what DS sends.
namespace notes {
constexpr sql::Table kTable{"dossier_notes"};
constexpr sql::Column kDossierNumber{"dossier_number"};
constexpr sql::Column kNote{"note"};
} // namespace notes

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
    QSqlQuery query(sql::count(dossier_columns::kTable), m_db);
    return query.next() ? query.value(sql::kCount.name).toLongLong() : 0;
}

Result<QList<Dossier>> DossierRepository::loadChunk(qint64 afterNumber, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QLatin1StringView number = dossier_columns::kNumber.name;
    query.prepare(sql::select(dossier_columns::kTable, dossier_row::columns()) + " WHERE "_L1 +
                  number + " > ? ORDER BY "_L1 + number + " LIMIT ?"_L1);
    query.addBindValue(afterNumber);
    query.addBindValue(limit);
    // A read that fails says so: a damaged file must not pass for an empty one.
    auto failed = [&] {
        return Error::of(
            Error::Kind::Damaged,
            Text::tr("Le classeur est endommagé : ses dossiers n'ont pas pu être lus (%1).")
                .arg(query.lastError().text()));
    };
    if (!query.exec())
        return failed();
    QList<Dossier> dossiers = dossier_row::readAll(query);
    if (query.lastError().isValid())
        return failed();
    return dossiers;
}

Result<QList<Dossier>> DossierRepository::loadAll() const
{
    return loadChunk(std::numeric_limits<qint64>::min(), -1);
}

Result<QList<Dossier>> DossierRepository::loadFigures() const
{
    using namespace dossier_columns;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql::select(kTable, {kNumber, kState, kApplicantKind, kPopulation, kSubaxis,
                                         kTotalCost, kRequested, kPersonnelCost, kItEquipmentCost,
                                         kNonEuLicencesCost, kStartDate, kEndDate, kArchived})))
        return Error::of(
            Error::Kind::Damaged,
            QCoreApplication::translate("DossierRepository", "Lecture des dossiers impossible : %1")
                .arg(query.lastError().text()));
    return dossier_row::readAll(query);
}

std::optional<Dossier> DossierRepository::find(qint64 number) const
{
    QSqlQuery query(m_db);
    query.prepare(sql::select(dossier_columns::kTable, dossier_row::columns()) +
                  sql::where({dossier_columns::kNumber}));
    query.addBindValue(number);
    if (!query.exec())
        return std::nullopt;
    const QList<Dossier> found = dossier_row::readAll(query);
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

QSet<qint64> DossierRepository::numbers() const
{
    QSet<qint64> numbers;
    QSqlQuery query(sql::select(dossier_columns::kTable, {dossier_columns::kNumber}), m_db);
    const int number = sql::Positions(query)(dossier_columns::kNumber);
    while (query.next())
        numbers.insert(query.value(number).toLongLong());
    return numbers;
}

Status DossierRepository::insert(const QList<Dossier>& dossiers)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(sql::insert(dossier_columns::kTable, dossier_row::columns()));
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
    query.prepare(sql::select(notes::kTable, {notes::kNote}) + sql::where({notes::kDossierNumber}));
    query.addBindValue(number);
    return query.exec() && query.next() ? query.value(notes::kNote.name).toString() : QString();
}

QSet<qint64> DossierRepository::numbersWithNote() const
{
    QSet<qint64> numbers;
    QSqlQuery query(sql::select(notes::kTable, {notes::kDossierNumber}), m_db);
    const int number = sql::Positions(query)(notes::kDossierNumber);
    while (query.next())
        numbers.insert(query.value(number).toLongLong());
    return numbers;
}

Status DossierRepository::setNote(qint64 number, const QString& note)
{
    const QString previous = this->note(number);
    if (previous == note)
        return success();
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    if (note.isEmpty()) {
        query.prepare(sql::remove(notes::kTable) + sql::where({notes::kDossierNumber}));
        query.addBindValue(number);
    } else {
        query.prepare(sql::upsert(notes::kTable, {notes::kDossierNumber}, {notes::kNote}));
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
