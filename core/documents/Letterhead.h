#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace guichet {

// The letterhead of the préfecture's documents, one setting per key, kept in the workspace
// (table letterhead): the intitulé of the bloc-marque, the logo the préfecture supplies (none is
// shipped: the State's bloc-marque is not ours to distribute), the timbre, « affaire suivie
// par », the signatory and the delegation of signature, the place and the footer. Defaults
// fit the Ain; what cannot be known is « à compléter » and is printed so until it is set.
class Letterhead
{
public:
    struct Field
    {
        QString key;   // "intitule", "signataire_nom", ...: the command line's names
        QString label; // « Intitulé du bloc-marque », translated
        QString defaultValue;
        QString feminineDefault = {}; // when it differs under « PRÉFÈTE » (see feminine())
    };
    static const QList<Field>& fields();
    static const Field* field(const QString& key);
    // The mark of a value nobody has given yet.
    static QString unknown();

    // The values as stored over the defaults.
    static Letterhead load(const QSqlDatabase& db);
    QString value(const QString& key) const;
    bool isKnown(const QString& key) const { return value(key) != unknown(); }
    QMap<QString, QString> values() const { return m_values; }

    // Checks a value for `key` (a date for delegation_date and nomination_date, an existing file
    // for logo) and
    // returns it normalised; BadInput naming the key otherwise.
    static Result<QString> check(const QString& key, const QString& value);
    // Writes the values in one transaction, each with its audit row (old and new value).
    static Status save(QSqlDatabase db, const QString& actor, const QMap<QString, QString>& values);

    // Whether signed by delegation: a delegate is named.
    bool delegated() const;
    // Whether a woman holds the post: the intitulé reads « PRÉFÈTE … ». The signature, the
    // delegation formula and the title in the acts (unless set otherwise) follow it.
    bool feminine() const;
    // The title of the acts inside a sentence, « le préfet de l'Ain », and after « de », « du
    // préfet de l'Ain » (« de la préfète de l'Ain »): for the recours and data protection blocks.
    QString prefetInSentence() const;
    QString ofPrefet() const;
    // The title without its article, « préfète de l'Ain »: « nommée en qualité de … ».
    QString prefetTitle() const;
    // The date of the décret that appointed the préfet (invalid until given): the arrêtés' visa.
    QDate nominationDate() const;
    // The signature block for a document dated `date`, one line each: « Pour le préfet et par
    // délégation, » (« Pour la préfète … »), « le secrétaire général, », the name. BadInput when
    // the delegation order is
    // dated after `date` (it did not cover the act) or when the signatory is still unknown.
    Result<QStringList> signature(QDate date) const;
    // The same without the checks, « à compléter » where unknown: for drafts.
    QStringList draftSignature() const;

private:
    QMap<QString, QString> m_values;
};

} // namespace guichet
