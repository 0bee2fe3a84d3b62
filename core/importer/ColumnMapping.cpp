#include "ColumnMapping.h"

#include "common/TextFold.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace guichet {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct FixedColumn
{
    const char* field;
    const char* label; // translated for display in context "Import"
    QStringList labels;
    bool required;
};

// The columns DS itself writes, with their names across eras (ds-format.md §1.3, §1.8, §1.9).
const QList<FixedColumn>& fixedColumns()
{
    static const QList<FixedColumn> list = {
        {"ds_number",
         QT_TRANSLATE_NOOP("Import", "N° de dossier (ID)"),
         {QStringLiteral("ID"), QStringLiteral("N° dossier"), QStringLiteral("Numéro de dossier"),
          QStringLiteral("Dossier ID"), QStringLiteral("Numéro")},
         true},
        {"ds_state",
         QT_TRANSLATE_NOOP("Import", "État du dossier"),
         {QStringLiteral("État du dossier"), QStringLiteral("Statut"), QStringLiteral("État")},
         true},
        {"ds_deposited_at",
         QT_TRANSLATE_NOOP("Import", "Déposé le"),
         {QStringLiteral("Déposé le"), QStringLiteral("Date de dépôt"),
          QStringLiteral("Passé en construction le"),
          QStringLiteral("Date de passage en construction")},
         true},
        {"ds_archived",
         QT_TRANSLATE_NOOP("Import", "Archivé / À archiver"),
         {QStringLiteral("À archiver"), QStringLiteral("Archivé")},
         false},
        {"applicant_siret",
         QT_TRANSLATE_NOOP("Import", "SIRET du demandeur"),
         {QStringLiteral("Établissement SIRET"), QStringLiteral("SIRET")},
         false},
        {"applicant_siren",
         QT_TRANSLATE_NOOP("Import", "SIREN du demandeur"),
         {QStringLiteral("Entreprise SIREN"), QStringLiteral("SIREN")},
         false},
        {"applicant_name",
         QT_TRANSLATE_NOOP("Import", "Raison sociale du demandeur"),
         {QStringLiteral("Entreprise raison sociale"), QStringLiteral("Raison sociale")},
         false},
        {"applicant_insee",
         QT_TRANSLATE_NOOP("Import", "Code INSEE du demandeur"),
         {QStringLiteral("Établissement code INSEE localité")},
         false},
    };
    return list;
}

} // namespace

QString ColumnMapping::normalise(QStringView label)
{
    QString folded = text::fold(label);
    folded.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    folded.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return folded.replace(spaces, QStringLiteral(" ")).trimmed();
}

QList<ColumnMapping::FieldInfo> ColumnMapping::fields(const Programme& programme)
{
    QList<FieldInfo> list;
    for (const FixedColumn& fixed : fixedColumns())
        list.append({QString::fromLatin1(fixed.field),
                     QCoreApplication::translate("Import", fixed.label), fixed.required});
    for (const MappedField& f : programme.dsMapping)
        list.append({f.field, f.label, f.required});
    return list;
}

ColumnMapping ColumnMapping::build(const QStringList& headers, const Programme& programme,
                                   const QHash<QString, QString>& saved)
{
    ColumnMapping mapping;
    mapping.m_headers = headers;
    QStringList normalised;
    for (const QString& header : headers)
        normalised.append(normalise(header));
    QList<bool> taken(headers.size(), false);

    auto claim = [&](const QString& field, const QStringList& labels) {
        for (const QString& label : labels) {
            const QString key = normalise(label);
            for (qsizetype c = 0; c < normalised.size(); ++c) {
                if (!taken.at(c) && normalised.at(c) == key) {
                    taken[c] = true;
                    mapping.m_columns.insert(field, int(c));
                    return true;
                }
            }
        }
        return false;
    };

    // The user's choices first, then the known labels in order of preference.
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        claim(it.key(), {it.value()});
    for (const FixedColumn& fixed : fixedColumns()) {
        const QString field = QString::fromLatin1(fixed.field);
        if (!mapping.m_columns.contains(field) && !claim(field, fixed.labels) && fixed.required)
            mapping.m_missing.append(field);
    }
    for (const MappedField& f : programme.dsMapping) {
        if (mapping.m_columns.contains(f.field))
            continue;
        if (!claim(f.field, QStringList{f.label} + f.synonyms) && f.required)
            mapping.m_missing.append(f.field);
    }
    return mapping;
}

QByteArray ColumnMapping::signature() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString& header : m_headers)
        hash.addData(QByteArray(header.toUtf8() + '\x1f'));
    QStringList fields = m_columns.keys();
    fields.sort();
    for (const QString& field : fields)
        hash.addData(
            QString(field + QLatin1Char('=') + QString::number(m_columns.value(field))).toUtf8());
    return hash.result();
}

} // namespace guichet
