#pragma once

#include "common/Result.h"
#include "storage/SqlColumns.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace guichet {

// One document as the register holds it once issued: frozen, never updated nor deleted
// (triggers refuse it).
struct IssuedDocument
{
    qint64 id = 0;
    QString number; // « 2021-ARR-0007 »
    int year = 0;
    QString kind;         // the register's series: "ARR", "NOT", "REF", "PV"
    int sequence = 0;     // within the year and series, from 1, without gaps
    QString templateName; // the template kind that made it ("arrete", "refus-ineligible")
    qint64 dossier = 0;   // 0 for a document of a session (minutes)
    qint64 session = 0;
    QDate date;         // the date the document bears
    QDateTime issuedAt; // UTC
    QString issuedBy;
    QString templateVersions; // "arrete@2 recours@1 rgpd@1"; "arrete@2*": changed for it
    QString replaces;         // the number of the document it corrects, or empty
    QString sha256;           // of content, hexadecimal
    QByteArray content;       // the PDF (left empty by the listing)
};

// What to issue: the caller renders the bytes once the number is known.
struct IssueRequest
{
    QString kind; // "ARR", ...
    QString templateName;
    qint64 dossier = 0;
    qint64 session = 0;
    QDate date;
    QString replaces;
    bool edited = false; // its main template's text was changed for this document only
};

// The chronological register of issued documents (table documents). Numbers run per year (of
// the document's date) and series without gaps: a number is taken in the transaction that
// stores the document, so that a rendering that fails or is cancelled takes none.
class DocumentRegister
{
public:
    static const QStringList& series();              // "ARR", "NOT", "REF", "PV"
    static QString seriesLabel(const QString& kind); // « Arrêté attributif », translated
    static QString numberOf(int year, const QString& kind, int sequence); // « 2021-ARR-0007 »

    DocumentRegister(QSqlDatabase db, QString actor)
        : m_db(std::move(db))
        , m_actor(std::move(actor))
    {}

    // In the order of issue, without their content.
    QList<IssuedDocument> list() const;
    std::optional<IssuedDocument> find(const QString& number) const; // with its content
    // The document of `templateName` issued last for `dossier` (without content).
    std::optional<IssuedDocument> latest(qint64 dossier, const QString& templateName) const;
    // The same for a document of a committee session (the minutes).
    std::optional<IssuedDocument> latestOfSession(qint64 session,
                                                  const QString& templateName) const;

    // Renders and stores one document: `render` gets the number and the time of issue (which
    // the bytes must derive from alone, so that they can be made again identical) and returns
    // the bytes. `prepare` runs first in the same transaction and returns the versions of the
    // templates used (it stores the templates in force).
    // A document already issued for the dossier and template needs request.replaces (a
    // correction cites the document it replaces). All or nothing.
    using Render = std::function<Result<QByteArray>(const QString& number, const QDateTime& at)>;
    Result<IssuedDocument> issue(IssueRequest request, const Render& render,
                                 const std::function<Result<QString>()>& prepare);

private:
    int nextSequence(int year, const QString& kind) const;
    std::optional<IssuedDocument> latestWhere(const sql::Column& owner, qint64 id,
                                              const QString& templateName) const;
    QSqlDatabase m_db;
    QString m_actor;
};

} // namespace guichet
