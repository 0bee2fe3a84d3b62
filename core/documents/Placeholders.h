#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace guichet::placeholders {

// A placeholder a template may hold, « {{montant_lettres}} », and what it stands for.
struct Placeholder
{
    QString key;   // "montant_lettres"
    QString label; // « Montant en lettres », translated: what the editor's picker shows
    // A fact that may simply not exist (no committee gave its avis, no reason was given): it
    // then prints nothing, and takes with it the line break just before it, rather than
    // « à compléter ».
    bool optional = false;
};

// Every placeholder the documents fill, in the order of the editor's picker.
const QList<Placeholder>& all();
// « {{key}} », as written in a template.
QString token(const QString& key);

// Values as rich-text fragments, by key.
using Values = QHash<QString, QString>;
// A plain value as a fragment: escaped, line breaks kept.
QString fromText(const QString& text);
// `body` with each « {{key}} » replaced by its value; a key without a value becomes
// `missing` (« à compléter »), so that a draft shows what is lacking, unless it is optional.
QString fill(const QString& body, const Values& values, const QString& missing);
// The keys `body` uses that are not in all(): a template saved with a typo would print it.
QStringList unknownKeys(const QString& body);

} // namespace guichet::placeholders
