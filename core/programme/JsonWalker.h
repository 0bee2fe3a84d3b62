#pragma once

#include "ProgrammeReader.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace guichet {

// Reads typed values out of a JSON tree and records every problem with its JSON path,
// so that validation goes on after the first error and reports them all.
class JsonWalker
{
public:
    enum ArrayFlag
    {
        None = 0,
        MayBeEmpty = 1,
        Optional = 2
    };

    explicit JsonWalker(QList<ProgrammeIssue>& issues)
        : m_issues(issues)
    {}

    void error(const QString& path, const QString& message);

    QString string(const QJsonObject& o, const QString& path, const QString& key,
                   const QString& pattern = {});
    QString optionalString(const QJsonObject& o, const QString& path, const QString& key);
    QString oneOf(const QJsonObject& o, const QString& path, const QString& key,
                  const QStringList& allowed);
    qint64 integer(const QJsonObject& o, const QString& path, const QString& key, qint64 min,
                   qint64 max);
    QDate date(const QJsonObject& o, const QString& path, const QString& key);
    QJsonObject object(const QJsonObject& o, const QString& path, const QString& key);
    QJsonArray array(const QJsonObject& o, const QString& path, const QString& key,
                     int flags = None);
    QJsonObject element(const QJsonArray& list, qsizetype index, const QString& path);

    // Reports keys outside `allowed`: a misspelt key must not be silently ignored.
    void allowOnly(const QJsonObject& o, const QString& path, const QStringList& allowed);
    // False (and an error) when `value` was already seen.
    bool unique(QSet<QString>& seen, const QString& value, const QString& path);

private:
    bool present(const QJsonObject& o, const QString& path, const QString& key);

    QList<ProgrammeIssue>& m_issues;
    // Objects found missing or malformed: problems inside them are not reported again.
    QStringList m_broken;
};

} // namespace guichet
