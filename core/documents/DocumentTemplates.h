#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace guichet {

// The templates of the préfecture's documents, in rich text (HTML as QTextDocument reads it)
// with placeholders « {{montant}} » (see placeholders::all()). The application ships one of
// each, in French, following the legal contents of décret 2018-514 and the CJA; the préfecture
// edits them, and each save is a new version kept in the workspace (table document_templates):
// a document records the version that made it.
struct DocumentTemplate
{
    enum class Kind
    {
        Arrete,           // arrêté attributif
        Notification,     // the letter that sends the arrêté
        RefusIneligible,  // refusal: the project or the applicant is not eligible
        RefusIncomplete,  // refusal: the dossier stayed incomplete
        RefusNotSelected, // refusal: eligible, not retained (priorities, envelope)
        SansSuite,        // classement sans suite
        Recours,          // the « voies et délais de recours » block, included by the others
        Rgpd              // the data protection block, included by the others
    };
    Kind kind = Kind::Arrete;
    int version = 0; // 0: as shipped, not yet stored in the workspace
    QString body;
    QDateTime savedAt;
    QString savedBy;

    static const QList<Kind>& kinds();
    static QString apiName(Kind kind); // "arrete", "refus-ineligible", ...
    static std::optional<Kind> fromApiName(QStringView name);
    static QString label(Kind kind); // « Arrêté attributif », translated
    // The text shipped with the application.
    static QString shipped(Kind kind);
};

// The stored versions, the newest in force.
class TemplateStore
{
public:
    explicit TemplateStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The newest stored version, else the shipped text (version 0).
    DocumentTemplate current(DocumentTemplate::Kind kind) const;
    DocumentTemplate version(DocumentTemplate::Kind kind, int version) const;
    QList<DocumentTemplate> versions(DocumentTemplate::Kind kind) const; // oldest first
    // Saves `body` as the next version (audited, in its own transaction); returns it.
    Result<DocumentTemplate> save(DocumentTemplate::Kind kind, const QString& body,
                                  const QString& actor);
    // The version in force, stored first when it is still the shipped text, so that a
    // document can name it; for a caller's transaction (an issue).
    Result<DocumentTemplate> inForce(DocumentTemplate::Kind kind, const QString& actor);

private:
    Result<DocumentTemplate> insert(DocumentTemplate::Kind kind, const QString& body,
                                    const QString& actor);
    QSqlDatabase m_db;
};

} // namespace guichet
