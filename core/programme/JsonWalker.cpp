#include "JsonWalker.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace guichet {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeReader)
};

QString child(const QString& path, const QString& key)
{
    return path + QLatin1Char('.') + key;
}
} // namespace

void JsonWalker::error(const QString& path, const QString& message)
{
    for (const QString& broken : std::as_const(m_broken)) {
        if (path.startsWith(broken) &&
            (path.size() == broken.size() || path.at(broken.size()) == QLatin1Char('.')))
            return;
    }
    m_issues.append({path, message});
    m_broken.append(path);
}

bool JsonWalker::present(const QJsonObject& o, const QString& path, const QString& key)
{
    if (o.contains(key) && !o.value(key).isNull())
        return true;
    error(child(path, key), Text::tr("champ obligatoire absent"));
    return false;
}

QString JsonWalker::string(const QJsonObject& o, const QString& path, const QString& key,
                           const QString& pattern)
{
    if (!present(o, path, key))
        return {};
    const QJsonValue value = o.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        error(child(path, key), Text::tr("texte non vide attendu"));
        return {};
    }
    const QString text = value.toString();
    if (!pattern.isEmpty() && !QRegularExpression(pattern).match(text).hasMatch()) {
        error(child(path, key), Text::tr("valeur « %1 » mal formée").arg(text));
        return {};
    }
    return text;
}

QString JsonWalker::optionalString(const QJsonObject& o, const QString& path, const QString& key)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        error(child(path, key), Text::tr("texte attendu"));
        return {};
    }
    return value.toString();
}

QString JsonWalker::oneOf(const QJsonObject& o, const QString& path, const QString& key,
                          const QStringList& allowed)
{
    if (!present(o, path, key))
        return {};
    const QString text = o.value(key).toString();
    if (!allowed.contains(text)) {
        error(child(path, key),
              Text::tr("valeur « %1 » inconnue (valeurs admises : %2)")
                  .arg(o.value(key).toVariant().toString(), allowed.join(QStringLiteral(", "))));
        return {};
    }
    return text;
}

qint64 JsonWalker::integer(const QJsonObject& o, const QString& path, const QString& key,
                           qint64 min, qint64 max)
{
    if (!present(o, path, key))
        return min;
    const QJsonValue value = o.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number))) {
        error(child(path, key), Text::tr("nombre entier attendu"));
        return min;
    }
    const qint64 integer = qint64(number);
    if (integer < min || integer > max) {
        error(child(path, key),
              Text::tr("%1 hors de l'intervalle [%2, %3]").arg(integer).arg(min).arg(max));
        return min;
    }
    return integer;
}

QDate JsonWalker::date(const QJsonObject& o, const QString& path, const QString& key)
{
    if (!present(o, path, key))
        return {};
    const QDate date = QDate::fromString(o.value(key).toString(), Qt::ISODate);
    if (!date.isValid())
        error(child(path, key), Text::tr("date AAAA-MM-JJ attendue"));
    return date;
}

QJsonObject JsonWalker::object(const QJsonObject& o, const QString& path, const QString& key)
{
    if (!present(o, path, key))
        return {};
    if (!o.value(key).isObject()) {
        error(child(path, key), Text::tr("objet JSON attendu"));
        return {};
    }
    return o.value(key).toObject();
}

QJsonArray JsonWalker::array(const QJsonObject& o, const QString& path, const QString& key,
                             int flags)
{
    if ((flags & Optional) && !o.contains(key))
        return {};
    if (!present(o, path, key))
        return {};
    if (!o.value(key).isArray()) {
        error(child(path, key), Text::tr("tableau JSON attendu"));
        return {};
    }
    const QJsonArray list = o.value(key).toArray();
    if (list.isEmpty() && !(flags & MayBeEmpty))
        error(child(path, key), Text::tr("tableau vide"));
    return list;
}

QJsonObject JsonWalker::element(const QJsonArray& list, qsizetype index, const QString& path)
{
    if (!list.at(index).isObject()) {
        error(path, Text::tr("objet JSON attendu"));
        return {};
    }
    return list.at(index).toObject();
}

void JsonWalker::allowOnly(const QJsonObject& o, const QString& path, const QStringList& allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            error(child(path, it.key()), Text::tr("clé inconnue"));
    }
}

bool JsonWalker::unique(QSet<QString>& seen, const QString& value, const QString& path)
{
    if (seen.contains(value)) {
        error(path, Text::tr("« %1 » apparaît plusieurs fois").arg(value));
        return false;
    }
    seen.insert(value);
    return true;
}

} // namespace guichet
