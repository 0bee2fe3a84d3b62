#pragma once

#include "common/Result.h"
#include "programme/Programme.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace guichet {

// What merging a colleague's package did, item by item.
struct ScoreMergeReport
{
    QString instructor;  // whose package it was
    int added = 0;       // scores, opinions and decisions the workspace did not have
    int identical = 0;   // already there, the same
    int updated = 0;     // a newer edit from the package replaced the workspace's
    int keptNewer = 0;   // the workspace's own edit was newer: kept
    QStringList refused; // one sentence each: conflicts of interest, unknown dossiers

    QJsonObject toJson() const;
    QString toText() const; // translated
};

// The exchange of instruction work between instructors who work offline: one instructor's
// scores, opinions and eligibility decisions in a JSON file carrying the SHA-256 of its
// content, merged into a colleague's workspace (the newer edit of an item wins).
namespace score_package {

struct ExportSummary
{
    int scores = 0;
    int opinions = 0;
    int decisions = 0;

    // "3 notes, 1 avis et 2 décisions d'éligibilité" (translated, plural forms).
    QString toText() const;
};

Result<ExportSummary> write(QSqlDatabase db, const Programme& programme, const QString& instructor,
                            const QString& path);
// Merges the package at `path` in one transaction: nothing is written if it is damaged,
// altered, made for another programme or holds an invalid score. `actor` is who merges.
Result<ScoreMergeReport> merge(QSqlDatabase db, const Programme& programme, const QString& actor,
                               const QString& path);

} // namespace score_package

} // namespace guichet
