#include "DossierFilter.h"

#include "common/TextFold.h"

#include <cstring>

namespace guichet {

QByteArray DossierFilter::searchText(const Dossier& dossier)
{
    return text::fold(QString(QString::number(dossier.number) + QLatin1Char('\n') +
                              dossier.applicantName + QLatin1Char('\n') + dossier.title))
        .toUtf8();
}

void DossierFilter::setText(const QString& text)
{
    m_text = text;
    m_words.clear();
    for (const QString& word : text::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        m_words.append(word.toUtf8());
}

bool DossierFilter::narrows(const DossierFilter& previous) const
{
    return m_text.startsWith(previous.m_text) && m_subaxis == previous.m_subaxis &&
           m_state == previous.m_state;
}

bool DossierFilter::matches(const Dossier& dossier, const QByteArray& searchText) const
{
    if (!m_subaxis.isEmpty() && dossier.subaxis != m_subaxis)
        return false;
    if (m_state && dossier.state != *m_state)
        return false;
    for (const QByteArray& word : m_words) {
        // UTF-8 substring search is exact, and glibc's memmem is the fastest scan at hand:
        // this runs 100 000 times per keystroke.
        if (!memmem(searchText.constData(), size_t(searchText.size()), word.constData(),
                    size_t(word.size())))
            return false;
    }
    return true;
}

} // namespace guichet
