#include "Placeholders.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace guichet::placeholders {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Placeholders)
};

const QRegularExpression& pattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([a-z_]+)\\s*\\}\\}"));
    return re;
}

QList<Placeholder> makeAll()
{
    return {
        {QStringLiteral("numero_registre"), Text::tr("Numéro au registre des actes")},
        {QStringLiteral("date_document"), Text::tr("Date du document")},
        {QStringLiteral("numero_dossier"), Text::tr("Numéro du dossier (démarches-simplifiées)")},
        {QStringLiteral("beneficiaire"), Text::tr("Bénéficiaire (« Commune de Belley »)")},
        {QStringLiteral("le_beneficiaire"),
         Text::tr("Bénéficiaire avec son article (« la commune d'Évosges »)")},
        {QStringLiteral("au_beneficiaire"), Text::tr("« à la commune de Belley »")},
        {QStringLiteral("du_beneficiaire"), Text::tr("« de la commune d'Ambérieu-en-Bugey »")},
        {QStringLiteral("destinataire"),
         Text::tr("Destinataire (« Madame ou Monsieur le maire de Belley »)")},
        {QStringLiteral("appel"), Text::tr("Formule d'appel (« Madame, Monsieur le Maire, »)")},
        {QStringLiteral("appel_sans_virgule"), Text::tr("Formule d'appel sans virgule")},
        {QStringLiteral("siret"), Text::tr("SIRET du bénéficiaire")},
        {QStringLiteral("intitule_projet"), Text::tr("Intitulé du projet")},
        {QStringLiteral("sous_axe"), Text::tr("Sous-axe")},
        {QStringLiteral("cout_total"), Text::tr("Coût total du projet")},
        {QStringLiteral("depense_subventionnable"), Text::tr("Dépense subventionnable")},
        {QStringLiteral("montant_sollicite"), Text::tr("Montant sollicité")},
        {QStringLiteral("montant"), Text::tr("Montant attribué, en chiffres")},
        {QStringLiteral("montant_lettres"), Text::tr("Montant attribué, en lettres")},
        {QStringLiteral("taux"), Text::tr("Taux de la subvention")},
        {QStringLiteral("date_depot"), Text::tr("Date de réception de la demande")},
        {QStringLiteral("date_debut"), Text::tr("Date de début du projet")},
        {QStringLiteral("date_fin"), Text::tr("Date prévisionnelle d'achèvement")},
        {QStringLiteral("date_decision"), Text::tr("Date de la décision")},
        {QStringLiteral("date_comite"), Text::tr("Date du comité de sélection")},
        {QStringLiteral("visa_comite"),
         Text::tr("Visa de l'avis du comité (rien si aucun comité n'a donné d'avis)"), true},
        {QStringLiteral("motif"), Text::tr("Motif de la décision (rien s'il n'est pas donné)"),
         true},
        {QStringLiteral("prefet"), Text::tr("Le préfet (« Le préfet de l'Ain »)")},
        {QStringLiteral("le_prefet"), Text::tr("« le préfet de l'Ain », dans une phrase")},
        {QStringLiteral("du_prefet"), Text::tr("« du préfet de l'Ain »")},
        {QStringLiteral("lieu"), Text::tr("Lieu de signature")},
        {QStringLiteral("signature"), Text::tr("Bloc de signature")},
        {QStringLiteral("visa_nomination"), Text::tr("Visa du décret de nomination du préfet")},
        {QStringLiteral("delegation_reference"), Text::tr("Arrêté de délégation de signature")},
        {QStringLiteral("imputation"), Text::tr("Imputation budgétaire")},
        {QStringLiteral("comptable"), Text::tr("Comptable assignataire")},
        {QStringLiteral("tribunal"), Text::tr("Tribunal administratif")},
        {QStringLiteral("voies_de_recours"), Text::tr("Voies et délais de recours (bloc)")},
        {QStringLiteral("mentions_rgpd"), Text::tr("Protection des données (bloc)")},
    };
}

bool isOptional(const QString& key)
{
    static const QSet<QString> keys = [] {
        QSet<QString> optional;
        for (const Placeholder& p : all()) {
            if (p.optional)
                optional.insert(p.key);
        }
        return optional;
    }();
    return keys.contains(key);
}

// Drops the line break that ends `text`, blanks after it included.
void dropTrailingBreak(QString& text)
{
    static const QRegularExpression trailingBreak(QStringLiteral("<br\\s*/?>\\s*$"));
    const QRegularExpressionMatch match = trailingBreak.match(text);
    if (match.hasMatch())
        text.truncate(match.capturedStart());
}

} // namespace

const QList<Placeholder>& all()
{
    static const QList<Placeholder> list = makeAll();
    return list;
}

QString token(const QString& key)
{
    return QStringLiteral("{{") + key + QStringLiteral("}}");
}

QString fromText(const QString& text)
{
    // French figures group thousands with a narrow no-break space, which the fallback fonts
    // lack: set with another font, the text layout breaks lines inside « 10 510,00 € ». The
    // plain no-break space keeps the figure whole in every font.
    return text.toHtmlEscaped()
        .replace(QChar(0x202F), QChar(0x00A0))
        .replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString fill(const QString& body, const Values& values, const QString& missing)
{
    QString filled;
    filled.reserve(body.size() + body.size() / 4);
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = pattern().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        filled += QStringView(body).mid(from, match.capturedStart() - from);
        const QString key = match.captured(1);
        const auto value = values.constFind(key);
        if (value != values.cend() && !value->isEmpty())
            filled += *value;
        else if (isOptional(key))
            dropTrailingBreak(filled);
        else
            filled += fromText(missing);
        from = match.capturedEnd();
    }
    filled += QStringView(body).mid(from);
    return filled;
}

QStringList unknownKeys(const QString& body)
{
    QStringList unknown;
    QRegularExpressionMatchIterator it = pattern().globalMatch(body);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        const bool known = std::any_of(all().cbegin(), all().cend(),
                                       [&key](const Placeholder& p) { return p.key == key; });
        if (!known && !unknown.contains(key))
            unknown.append(key);
    }
    return unknown;
}

} // namespace guichet::placeholders
