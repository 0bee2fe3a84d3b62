#pragma once

#include "Dossier.h"
#include "common/Result.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace guichet {

class Workspace;

// Reads and writes dossiers and their local notes. SQL about dossiers lives here only.
class DossierRepository
{
public:
    explicit DossierRepository(QSqlDatabase db, QString actor = {});
    explicit DossierRepository(const Workspace& workspace);

    qint64 count() const;
    // Dossiers ordered by DS number, starting after `afterNumber`, at most `limit` of them;
    // an error (Kind::Damaged) when the file cannot be read.
    Result<QList<Dossier>> loadChunk(qint64 afterNumber, int limit) const;
    Result<QList<Dossier>> loadAll() const;
    // Every dossier with only what eligibility and amounts read (no names, title, description
    // or filing time): the envelope's balances over 100 000 dossiers read in a blink.
    Result<QList<Dossier>> loadFigures() const;
    std::optional<Dossier> find(qint64 number) const;
    QSet<qint64> numbers() const;

    // Inserts new dossiers in one transaction; fails whole if any number already exists.
    Status insert(const QList<Dossier>& dossiers);

    QString note(qint64 number) const;
    // The dossiers that have a note (an empty note is no note).
    QSet<qint64> numbersWithNote() const;
    // Saves the instructor's note, with its audit row, in one transaction.
    Status setNote(qint64 number, const QString& note);

private:
    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace guichet
