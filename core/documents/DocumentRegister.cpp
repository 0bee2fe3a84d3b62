#include "DocumentRegister.h"

#include "common/Clock.h"
#include "common/Format.h"
#include "storage/AuditLog.h"
#include "storage/SqlColumns.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRegister)
};

constexpr sql::Table kTable{"documents"};
constexpr sql::Column kId{"id"};
constexpr sql::Column kNumber{"number"};
constexpr sql::Column kYear{"year"};
constexpr sql::Column kKind{"kind"};
constexpr sql::Column kSequence{"sequence"};
constexpr sql::Column kTemplate{"template"};
constexpr sql::Column kDossier{"dossier_number"};
constexpr sql::Column kSession{"session"};
constexpr sql::Column kDate{"document_date"};
constexpr sql::Column kIssuedAt{"issued_at"};
constexpr sql::Column kIssuedBy{"issued_by"};
constexpr sql::Column kVersions{"template_versions"};
constexpr sql::Column kReplaces{"replaces"};
constexpr sql::Column kSha256{"sha256"};
constexpr sql::Column kContent{"content"};
const sql::Columns kListed = {kId,       kNumber,   kYear,     kKind,  kSequence,
                              kTemplate, kDossier,  kSession,  kDate,  kIssuedAt,
                              kIssuedBy, kVersions, kReplaces, kSha256};

QList<IssuedDocument> read(QSqlQuery& query, bool withContent)
{
    QList<IssuedDocument> list;
    while (query.next()) {
        IssuedDocument d;
        d.id = query.value(kId.name).toLongLong();
        d.number = query.value(kNumber.name).toString();
        d.year = query.value(kYear.name).toInt();
        d.kind = query.value(kKind.name).toString();
        d.sequence = query.value(kSequence.name).toInt();
        d.templateName = query.value(kTemplate.name).toString();
        d.dossier = query.value(kDossier.name).toLongLong();
        d.session = query.value(kSession.name).toLongLong();
        d.date = QDate::fromString(query.value(kDate.name).toString(), Qt::ISODate);
        d.issuedAt = clock::fromText(query.value(kIssuedAt.name).toString());
        d.issuedBy = query.value(kIssuedBy.name).toString();
        d.templateVersions = query.value(kVersions.name).toString();
        d.replaces = query.value(kReplaces.name).toString();
        d.sha256 = query.value(kSha256.name).toString();
        if (withContent)
            d.content = query.value(kContent.name).toByteArray();
        list.append(std::move(d));
    }
    return list;
}

Error writeFailure(const QString& detail)
{
    return Error::failure(Text::tr("Écriture impossible dans le classeur : %1").arg(detail));
}

} // namespace

const QStringList& DocumentRegister::series()
{
    static const QStringList list = {u"ARR"_s, u"NOT"_s, u"REF"_s, u"PV"_s};
    return list;
}

QString DocumentRegister::seriesLabel(const QString& kind)
{
    if (kind == "ARR"_L1)
        return Text::tr("Arrêté attributif");
    if (kind == "NOT"_L1)
        return Text::tr("Lettre de notification");
    if (kind == "REF"_L1)
        return Text::tr("Lettre de refus ou de classement sans suite");
    if (kind == "PV"_L1)
        return Text::tr("Compte rendu du comité");
    return kind;
}

QString DocumentRegister::numberOf(int year, const QString& kind, int sequence)
{
    return u"%1-%2-%3"_s.arg(year).arg(kind).arg(sequence, 4, 10, QLatin1Char('0'));
}

QList<IssuedDocument> DocumentRegister::list() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql::select(kTable, kListed) + " ORDER BY "_L1 + kId.name))
        return {};
    return read(query, false);
}

std::optional<IssuedDocument> DocumentRegister::find(const QString& number) const
{
    QSqlQuery query(m_db);
    query.prepare(sql::select(kTable, sql::Columns(kListed) << kContent) + sql::where({kNumber}));
    query.addBindValue(number);
    if (!query.exec())
        return std::nullopt;
    QList<IssuedDocument> found = read(query, true);
    return found.isEmpty() ? std::nullopt : std::optional(found.takeFirst());
}

std::optional<IssuedDocument> DocumentRegister::latestWhere(const sql::Column& owner, qint64 id,
                                                            const QString& templateName) const
{
    QSqlQuery query(m_db);
    query.prepare(sql::select(kTable, kListed) + sql::where({owner, kTemplate}) + " ORDER BY "_L1 +
                  kId.name + " DESC LIMIT 1"_L1);
    query.addBindValue(id);
    query.addBindValue(templateName);
    if (!query.exec())
        return std::nullopt;
    QList<IssuedDocument> found = read(query, false);
    return found.isEmpty() ? std::nullopt : std::optional(found.takeFirst());
}

std::optional<IssuedDocument> DocumentRegister::latest(qint64 dossier,
                                                       const QString& templateName) const
{
    return latestWhere(kDossier, dossier, templateName);
}

std::optional<IssuedDocument> DocumentRegister::latestOfSession(qint64 session,
                                                                const QString& templateName) const
{
    return latestWhere(kSession, session, templateName);
}

int DocumentRegister::nextSequence(int year, const QString& kind) const
{
    QSqlQuery query(m_db);
    query.prepare("SELECT COALESCE(MAX("_L1 + kSequence.name + "), 0) AS "_L1 + sql::kCount.name +
                  " FROM "_L1 + kTable.name + sql::where({kYear, kKind}));
    query.addBindValue(year);
    query.addBindValue(kind);
    return query.exec() && query.next() ? query.value(sql::kCount.name).toInt() + 1 : 0;
}

Result<IssuedDocument> DocumentRegister::issue(IssueRequest request, const Render& render,
                                               const std::function<Result<QString>()>& prepare)
{
    if (!series().contains(request.kind) || !request.date.isValid())
        return Error::badInput(Text::tr("Document à émettre incomplet (série ou date)."));
    if (request.dossier != 0 || request.session != 0) {
        const auto previous = request.dossier != 0
                                  ? latest(request.dossier, request.templateName)
                                  : latestOfSession(request.session, request.templateName);
        if (previous && request.replaces != previous->number)
            return Error::badInput(
                Text::tr("%1 a déjà son document « %2 » : n° %3 du %4. Une correction est un "
                         "nouveau document qui cite celui qu'il remplace.")
                    .arg(request.dossier != 0 ? Text::tr("Le dossier %1").arg(request.dossier)
                                              : Text::tr("La séance n° %1").arg(request.session))
                    .arg(seriesLabel(request.kind), previous->number,
                         format::date(previous->date)));
    }
    if (!request.replaces.isEmpty() && !find(request.replaces))
        return Error::badInput(
            Text::tr("Le document remplacé n° %1 n'est pas au registre.").arg(request.replaces));

    Transaction transaction(m_db);
    auto versions = prepare();
    if (!versions)
        return versions.error();
    IssuedDocument d;
    d.year = request.date.year();
    d.kind = request.kind;
    d.sequence = nextSequence(d.year, d.kind);
    if (d.sequence == 0)
        return writeFailure(Text::tr("lecture du registre"));
    d.number = numberOf(d.year, d.kind, d.sequence);
    d.templateName = request.templateName;
    d.dossier = request.dossier;
    d.session = request.session;
    d.date = request.date;
    // Milliseconds dropped: the bytes derive from this time, and it must read back identical.
    d.issuedAt = QDateTime::fromSecsSinceEpoch(clock::now().toSecsSinceEpoch(), Qt::UTC);
    d.issuedBy = m_actor;
    d.templateVersions = versions.value();
    d.replaces = request.replaces;
    auto bytes = render(d.number, d.issuedAt);
    if (!bytes)
        return bytes.error(); // rolled back: the number is not taken
    d.content = std::move(bytes.value());
    d.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(d.content, QCryptographicHash::Sha256).toHex());

    QSqlQuery query(m_db);
    query.prepare(
        sql::insert(kTable, {kNumber, kYear, kKind, kSequence, kTemplate, kDossier, kSession, kDate,
                             kIssuedAt, kIssuedBy, kVersions, kReplaces, kSha256, kContent}));
    query.addBindValue(d.number);
    query.addBindValue(d.year);
    query.addBindValue(d.kind);
    query.addBindValue(d.sequence);
    query.addBindValue(d.templateName);
    query.addBindValue(d.dossier ? QVariant(d.dossier) : QVariant());
    query.addBindValue(d.session ? QVariant(d.session) : QVariant());
    query.addBindValue(d.date.toString(Qt::ISODate));
    query.addBindValue(clock::toText(d.issuedAt));
    query.addBindValue(d.issuedBy);
    query.addBindValue(d.templateVersions.isNull() ? u""_s : d.templateVersions); // not NULL
    query.addBindValue(d.replaces.isEmpty() ? QVariant() : QVariant(d.replaces));
    query.addBindValue(d.sha256);
    query.addBindValue(d.content);
    if (!query.exec())
        return writeFailure(query.lastError().text());
    d.id = query.lastInsertId().toLongLong();
    if (Status status = AuditLog(m_db).record(m_actor, QStringLiteral("document"), d.number,
                                              QStringLiteral("issued"), QVariant(), d.sha256);
        !status)
        return status.error();
    if (!transaction.commit())
        return writeFailure(transaction.lastError());
    return d;
}

} // namespace guichet
