#include "Letterhead.h"

#include "common/Format.h"
#include "common/TextFold.h"
#include "referential/CollectivityName.h"
#include "storage/AuditLog.h"
#include "storage/SqlColumns.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Letterhead)
};

constexpr sql::Table kTable{"letterhead"};
constexpr sql::Column kKey{"key"};
constexpr sql::Column kValue{"value"};

const QString kIntitule = QStringLiteral("intitule");
const QString kDelegationDate = QStringLiteral("delegation_date");
const QString kNominationDate = QStringLiteral("nomination_date");
const QString kLogo = QStringLiteral("logo");

QList<Letterhead::Field> makeFields()
{
    const QString unknown = Letterhead::unknown();
    // The Ain's public facts (ain.gouv.fr); the rest is the préfecture's to give.
    return {
        {kIntitule, Text::tr("Intitulé du bloc-marque"), QStringLiteral("PRÉFET DE L'AIN")},
        {QStringLiteral("prefet"), Text::tr("Titre du préfet dans les actes"),
         QStringLiteral("Le préfet de l'Ain"), QStringLiteral("La préfète de l'Ain")},
        {QStringLiteral("prefet_nom"),
         Text::tr("Préfet : civilité, prénom et nom (« Mme Anne Martin »)"), unknown},
        {kNominationDate, Text::tr("Décret de nomination du préfet : date (AAAA-MM-JJ)"), unknown},
        {kLogo, Text::tr("Logo (fichier image fourni par la préfecture)"), QString()},
        {QStringLiteral("logo_alt"), Text::tr("Texte de remplacement du logo"),
         QStringLiteral("Bloc-marque de l'État")},
        {QStringLiteral("direction"), Text::tr("Timbre : direction"), unknown},
        {QStringLiteral("bureau"), Text::tr("Timbre : bureau"), unknown},
        {QStringLiteral("affaire_nom"), Text::tr("Affaire suivie par : nom"), unknown},
        {QStringLiteral("affaire_telephone"), Text::tr("Affaire suivie par : téléphone"), unknown},
        {QStringLiteral("affaire_courriel"), Text::tr("Affaire suivie par : courriel"), unknown},
        {QStringLiteral("signataire_nom"), Text::tr("Signataire : prénom et nom"), unknown},
        {QStringLiteral("delegation_qualite"),
         Text::tr("Délégataire : qualité (vide si le préfet signe)"),
         QStringLiteral("le secrétaire général")},
        {QStringLiteral("delegation_reference"),
         Text::tr("Arrêté de délégation de signature : référence"), unknown},
        {kDelegationDate, Text::tr("Arrêté de délégation de signature : date (AAAA-MM-JJ)"),
         unknown},
        {QStringLiteral("lieu"), Text::tr("Lieu de signature"), QStringLiteral("Bourg-en-Bresse")},
        {QStringLiteral("adresse"), Text::tr("Adresse de la préfecture"),
         QStringLiteral("45 avenue Alsace-Lorraine – CS 80400 – 01012 Bourg-en-Bresse Cedex")},
        {QStringLiteral("pied_de_page"), Text::tr("Pied de page"),
         QStringLiteral("Standard : 04 74 32 30 00 – www.ain.gouv.fr")},
        {QStringLiteral("imputation"),
         Text::tr("Imputation budgétaire (programme, BOP, centre financier, activité)"), unknown},
        {QStringLiteral("comptable"), Text::tr("Comptable assignataire"),
         QStringLiteral("le directeur départemental des finances publiques de l'Ain")},
        {QStringLiteral("tribunal"), Text::tr("Tribunal administratif compétent"),
         QStringLiteral("tribunal administratif de Lyon, 184 rue Duguesclin, 69433 Lyon Cedex 03")},
    };
}

} // namespace

QString Letterhead::unknown()
{
    return Text::tr("à compléter");
}

const QList<Letterhead::Field>& Letterhead::fields()
{
    static const QList<Field> list = makeFields();
    return list;
}

const Letterhead::Field* Letterhead::field(const QString& key)
{
    for (const Field& f : fields()) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

Letterhead Letterhead::load(const QSqlDatabase& db)
{
    Letterhead letterhead;
    QMap<QString, QString> stored;
    QSqlQuery query(db);
    if (query.exec(sql::select(kTable, {kKey, kValue}))) {
        while (query.next()) {
            const QString key = query.value(kKey.name).toString();
            if (field(key))
                stored.insert(key, query.value(kValue.name).toString());
        }
    }
    letterhead.m_values.insert(kIntitule, stored.value(kIntitule, field(kIntitule)->defaultValue));
    const bool feminine = letterhead.feminine();
    for (const Field& f : fields()) {
        const QString byDefault =
            feminine && !f.feminineDefault.isEmpty() ? f.feminineDefault : f.defaultValue;
        letterhead.m_values.insert(f.key, stored.value(f.key, byDefault));
    }
    return letterhead;
}

QString Letterhead::value(const QString& key) const
{
    return m_values.value(key);
}

Result<QString> Letterhead::check(const QString& key, const QString& value)
{
    if (!field(key)) {
        QStringList keys;
        for (const Field& f : fields())
            keys.append(f.key);
        return Error::badInput(Text::tr("réglage d'en-tête inconnu : « %1 ». Réglages : %2.")
                                   .arg(key, keys.join(QStringLiteral(", "))));
    }
    const QString trimmed = value.trimmed();
    const bool isDate = key == kDelegationDate || key == kNominationDate;
    if (isDate && !trimmed.isEmpty() && trimmed != unknown()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return Error::badInput(
                Text::tr("%1 attend une date AAAA-MM-JJ, pas « %2 ».").arg(key, trimmed));
        return date.toString(Qt::ISODate);
    }
    if (key == kLogo && !trimmed.isEmpty() && !QFileInfo(trimmed).isFile())
        return Error::badInput(Text::tr("logo : fichier introuvable : %1").arg(trimmed));
    return trimmed;
}

Status Letterhead::save(QSqlDatabase db, const QString& actor, const QMap<QString, QString>& values)
{
    const Letterhead before = load(db);
    QMap<QString, QString> checked;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        auto value = check(it.key(), it.value());
        if (!value)
            return value.error();
        checked.insert(it.key(), *value);
    }
    Transaction transaction(db);
    AuditLog audit(db);
    QSqlQuery query(db);
    query.prepare(sql::upsert(kTable, {kKey}, {kValue}));
    for (auto it = checked.cbegin(); it != checked.cend(); ++it) {
        if (before.value(it.key()) == it.value())
            continue;
        query.addBindValue(it.key());
        // An emptied setting (no delegate: the préfet signs) is stored empty: a null string
        // would bind as NULL, which the column refuses.
        query.addBindValue(it.value().isNull() ? QStringLiteral("") : it.value());
        if (!query.exec())
            return Error::failure(Text::tr("Écriture impossible dans le classeur : %1")
                                      .arg(query.lastError().text()));
        if (Status status =
                audit.record(actor, QStringLiteral("letterhead"), it.key(), QStringLiteral("value"),
                             before.value(it.key()), it.value());
            !status)
            return status;
    }
    if (!transaction.commit())
        return Error::failure(transaction.lastError());
    return success();
}

bool Letterhead::delegated() const
{
    return !value(QStringLiteral("delegation_qualite")).isEmpty();
}

bool Letterhead::feminine() const
{
    return text::fold(value(kIntitule)).startsWith(QLatin1String("prefete"));
}

QString Letterhead::prefetInSentence() const
{
    return collectivity::inSentence(value(QStringLiteral("prefet")));
}

QString Letterhead::ofPrefet() const
{
    return collectivity::ofPhrase(prefetInSentence());
}

QString Letterhead::prefetTitle() const
{
    return collectivity::withoutArticle(value(QStringLiteral("prefet")));
}

QDate Letterhead::nominationDate() const
{
    return QDate::fromString(value(kNominationDate), Qt::ISODate);
}

QStringList Letterhead::draftSignature() const
{
    QStringList lines;
    if (delegated()) {
        lines << (feminine() ? Text::tr("Pour la préfète et par délégation,")
                             : Text::tr("Pour le préfet et par délégation,"))
              << value(QStringLiteral("delegation_qualite")) + QLatin1Char(',');
    } else {
        lines << (feminine() ? Text::tr("La préfète,") : Text::tr("Le préfet,"));
    }
    lines << value(QStringLiteral("signataire_nom"));
    return lines;
}

Result<QStringList> Letterhead::signature(QDate date) const
{
    if (!isKnown(QStringLiteral("signataire_nom")))
        return Error::badInput(Text::tr("Le nom du signataire est à compléter dans l'en-tête "
                                        "des documents (« Signataire : prénom et nom ») avant "
                                        "d'émettre un document."));
    if (delegated()) {
        const QDate from = QDate::fromString(value(kDelegationDate), Qt::ISODate);
        if (!from.isValid() || !isKnown(QStringLiteral("delegation_reference")))
            return Error::badInput(Text::tr("La délégation de signature (référence et date de "
                                            "l'arrêté) est à compléter dans l'en-tête avant "
                                            "d'émettre un document signé par délégation."));
        if (from > date)
            return Error::badInput(
                Text::tr("La délégation de signature du %1 est postérieure à la date du "
                         "document (%2) : elle ne le couvre pas.")
                    .arg(format::date(from), format::date(date)));
    }
    return draftSignature();
}

} // namespace guichet
