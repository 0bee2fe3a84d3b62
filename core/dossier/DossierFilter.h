#pragma once

#include "Dossier.h"

#include <QString>

#include <optional>

namespace guichet {

// What the dossier list shows: a free-text search across DS number, collectivité and title
// (ignoring case and accents), and optional sub-axis and state filters.
class DossierFilter
{
public:
    // The text a dossier is searched in, folded once when the dossier is loaded.
    static QByteArray searchText(const Dossier& dossier);

    void setText(const QString& text);
    QString text() const { return m_text; }
    void setSubaxis(const QString& subaxis) { m_subaxis = subaxis; }
    QString subaxis() const { return m_subaxis; }
    void setState(std::optional<DossierState> state) { m_state = state; }
    std::optional<DossierState> state() const { return m_state; }
    bool isEmpty() const { return m_words.isEmpty() && m_subaxis.isEmpty() && !m_state; }
    // True when every dossier this filter accepts was accepted by `previous` (text typed at the
    // end, same sub-axis and state): only the rows shown before need checking again.
    bool narrows(const DossierFilter& previous) const;

    // `searchText` must be DossierFilter::searchText(dossier).
    bool matches(const Dossier& dossier, const QByteArray& searchText) const;

private:
    QString m_text;
    QList<QByteArray> m_words; // folded, UTF-8; every word must appear
    QString m_subaxis;
    std::optional<DossierState> m_state;
};

} // namespace guichet
