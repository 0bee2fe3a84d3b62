#include "DocumentTemplates.h"

#include "common/Clock.h"
#include "storage/AuditLog.h"
#include "storage/SqlColumns.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplates)
};

constexpr sql::Table kTable{"document_templates"};
constexpr sql::Column kKind{"kind"};
constexpr sql::Column kVersion{"version"};
constexpr sql::Column kBody{"body"};
constexpr sql::Column kSavedAt{"saved_at"};
constexpr sql::Column kSavedBy{"saved_by"};
const sql::Columns kAll = {kKind, kVersion, kBody, kSavedAt, kSavedBy};

using Kind = DocumentTemplate::Kind;

QList<DocumentTemplate> read(const QSqlDatabase& db, Kind kind, const QString& tail)
{
    QSqlQuery query(db);
    query.prepare(sql::select(kTable, kAll) + sql::where({kKind}) + tail);
    query.addBindValue(DocumentTemplate::apiName(kind));
    QList<DocumentTemplate> list;
    if (!query.exec())
        return list;
    while (query.next()) {
        list.append({kind, query.value(kVersion.name).toInt(), query.value(kBody.name).toString(),
                     clock::fromText(query.value(kSavedAt.name).toString()),
                     query.value(kSavedBy.name).toString()});
    }
    return list;
}

} // namespace

const QList<Kind>& DocumentTemplate::kinds()
{
    static const QList<Kind> list = {
        Kind::Arrete,           Kind::Notification, Kind::RefusIneligible, Kind::RefusIncomplete,
        Kind::RefusNotSelected, Kind::SansSuite,    Kind::Recours,         Kind::Rgpd};
    return list;
}

QString DocumentTemplate::apiName(Kind kind)
{
    switch (kind) {
    case Kind::Arrete:
        return QStringLiteral("arrete");
    case Kind::Notification:
        return QStringLiteral("notification");
    case Kind::RefusIneligible:
        return QStringLiteral("refus-ineligible");
    case Kind::RefusIncomplete:
        return QStringLiteral("refus-incomplet");
    case Kind::RefusNotSelected:
        return QStringLiteral("refus-non-retenu");
    case Kind::SansSuite:
        return QStringLiteral("sans-suite");
    case Kind::Recours:
        return QStringLiteral("recours");
    case Kind::Rgpd:
        return QStringLiteral("rgpd");
    }
    return QString();
}

std::optional<Kind> DocumentTemplate::fromApiName(QStringView name)
{
    for (const Kind kind : kinds()) {
        if (apiName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString DocumentTemplate::label(Kind kind)
{
    switch (kind) {
    case Kind::Arrete:
        return Text::tr("Arrêté attributif");
    case Kind::Notification:
        return Text::tr("Lettre de notification");
    case Kind::RefusIneligible:
        return Text::tr("Lettre de refus : projet non éligible");
    case Kind::RefusIncomplete:
        return Text::tr("Lettre de refus : dossier incomplet");
    case Kind::RefusNotSelected:
        return Text::tr("Lettre de refus : projet non retenu");
    case Kind::SansSuite:
        return Text::tr("Lettre de classement sans suite");
    case Kind::Recours:
        return Text::tr("Voies et délais de recours");
    case Kind::Rgpd:
        return Text::tr("Mentions sur la protection des données");
    }
    return QString();
}

QString DocumentTemplate::shipped(Kind kind)
{
    QFile file(u":/templates/"_s + apiName(kind) + u".html"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

DocumentTemplate TemplateStore::current(Kind kind) const
{
    const QList<DocumentTemplate> newest =
        read(m_db, kind, " ORDER BY "_L1 + kVersion.name + " DESC LIMIT 1"_L1);
    if (!newest.isEmpty())
        return newest.constFirst();
    return {kind, 0, DocumentTemplate::shipped(kind), {}, {}};
}

DocumentTemplate TemplateStore::version(Kind kind, int number) const
{
    for (const DocumentTemplate& t : versions(kind)) {
        if (t.version == number)
            return t;
    }
    return {kind, 0, DocumentTemplate::shipped(kind), {}, {}};
}

QList<DocumentTemplate> TemplateStore::versions(Kind kind) const
{
    return read(m_db, kind, " ORDER BY "_L1 + kVersion.name);
}

Result<DocumentTemplate> TemplateStore::insert(Kind kind, const QString& body, const QString& actor)
{
    const int next = current(kind).version + 1;
    const QDateTime now = clock::now();
    QSqlQuery query(m_db);
    query.prepare(sql::insert(kTable, kAll));
    query.addBindValue(DocumentTemplate::apiName(kind));
    query.addBindValue(next);
    query.addBindValue(body);
    query.addBindValue(clock::toText(now));
    query.addBindValue(actor);
    if (!query.exec())
        return Error::failure(
            Text::tr("Écriture impossible dans le classeur : %1").arg(query.lastError().text()));
    if (Status status = AuditLog(m_db).record(actor, QStringLiteral("template"),
                                              DocumentTemplate::apiName(kind),
                                              QStringLiteral("version"), next - 1, next);
        !status)
        return status.error();
    return DocumentTemplate{kind, next, body, now, actor};
}

Result<DocumentTemplate> TemplateStore::save(Kind kind, const QString& body, const QString& actor)
{
    if (body.trimmed().isEmpty())
        return Error::badInput(
            Text::tr("Le modèle « %1 » ne peut pas être vide.").arg(DocumentTemplate::label(kind)));
    Transaction transaction(m_db);
    auto saved = insert(kind, body, actor);
    if (saved && !transaction.commit())
        return Error::failure(transaction.lastError());
    return saved;
}

Result<DocumentTemplate> TemplateStore::inForce(Kind kind, const QString& actor)
{
    DocumentTemplate found = current(kind);
    if (found.version > 0)
        return found;
    return insert(kind, found.body, actor);
}

} // namespace guichet
