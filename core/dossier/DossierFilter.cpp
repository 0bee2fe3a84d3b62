#include "DossierFilter.h"

#include "common/TextFold.h"

namespace guichet {

QString DossierFilter::searchText(const Dossier& dossier)
{
    return text::fold(QString(QString::number(dossier.number) + QLatin1Char('\n') +
                      dossier.applicantName + QLatin1Char('\n') + dossier.title));
}

void DossierFilter::setText(const QString& text)
{
    m_text = text;
    m_words = text::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool DossierFilter::matches(const Dossier& dossier, const QString& searchText) const
{
    if (!m_subaxis.isEmpty() && dossier.subaxis != m_subaxis)
        return false;
    if (m_state && dossier.state != *m_state)
        return false;
    for (const QString& word : m_words) {
        if (!searchText.contains(word))
            return false;
    }
    return true;
}

} // namespace guichet
