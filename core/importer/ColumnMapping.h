#pragma once

#include "programme/Programme.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace guichet {

// Which column of an export holds which domain field. The fixed DS columns are recognised
// across export eras; the form's fields through the programme's mapping profile (label and
// synonyms) and the mappings the user saved. A label that appears twice is told apart by
// position: each field takes the first matching column not taken yet.
class ColumnMapping
{
public:
    struct FieldInfo
    {
        QString field;
        QString label; // for the user (the expected DS label)
        bool required = false;
    };

    // Every field an export can fill: the fixed DS columns, then the programme's profile.
    static QList<FieldInfo> fields(const Programme& programme);

    // `saved`: field -> column label chosen by the user earlier (takes precedence).
    static ColumnMapping build(const QStringList& headers, const Programme& programme,
                               const QHash<QString, QString>& saved = {});

    int column(const QString& field) const { return m_columns.value(field, -1); }
    // The field a column is mapped to, or empty.
    QString fieldOf(int column) const { return m_columns.key(column); }
    bool has(const QString& field) const { return m_columns.contains(field); }
    // Required fields no column maps to.
    QStringList missingRequired() const { return m_missing; }
    const QStringList& headers() const { return m_headers; }
    // A digest of the headers and the mapping: when it changes, every row is read anew.
    QByteArray signature() const;

    // The comparison key of a label: case, accents, apostrophes, dashes and spacing ignored.
    static QString normalise(QStringView label);

private:
    QStringList m_headers;
    QHash<QString, int> m_columns;
    QStringList m_missing;
};

} // namespace guichet
