#pragma once

#include "Programme.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

struct ProgrammeIssue
{
    QString path; // JSON path, e.g. "$.criteria[2].weight"
    QString message;
};

// Reads and validates a programme document. Every problem is reported with its JSON path,
// and a document with any problem yields no programme at all: it never half-loads.
class ProgrammeReader
{
public:
    struct Outcome
    {
        std::optional<Programme> programme;
        QList<ProgrammeIssue> issues;
    };

    static Outcome read(const QByteArray& json);
    static Outcome readFile(const QString& path);

    // The default programme shipped with the application (Ain, 2021).
    static QByteArray builtinDocument();
    static Programme builtin();

    // All issues as lines "path: message", for error messages.
    static QString describe(const QList<ProgrammeIssue>& issues);

    static const QStringList& applicantKinds();
    static const QStringList& mappableFields();
};

} // namespace guichet
