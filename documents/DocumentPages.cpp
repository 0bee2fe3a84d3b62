#include "DocumentPages.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace guichet::document_pages {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPages)
};

QString escaped(const Letterhead& letterhead, const QString& key)
{
    return letterhead.value(key).toHtmlEscaped();
}

QString blocMarque(const Letterhead& letterhead)
{
    const QString logo = letterhead.value(u"logo"_s);
    if (!logo.isEmpty())
        return u"<img src=\"%1\" height=\"90\" alt=\"%2\"/>"_s.arg(
            QUrl::fromLocalFile(logo).toString().toHtmlEscaped(),
            escaped(letterhead, u"logo_alt"_s));
    return u"<b>%1</b><br/><i>Liberté<br/>Égalité<br/>Fraternité</i>"_s.arg(
        escaped(letterhead, u"intitule"_s));
}

} // namespace

QString header(const Letterhead& letterhead, const QString& reference)
{
    const QString affaire =
        Text::tr("Affaire suivie par : %1<br/>Tél. : %2<br/>Courriel : %3")
            .arg(escaped(letterhead, u"affaire_nom"_s), escaped(letterhead, u"affaire_telephone"_s),
                 escaped(letterhead, u"affaire_courriel"_s));
    // One paragraph per cell: Qt's ODF writer turns each paragraph of a cell into a cell of its
    // own, which scattered the timbre of the minutes' ODT across the page.
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
           "<td width=\"60%\"><p style=\"margin:0\">%1<br/><br/><span style=\"font-size:9pt\">"
           "%2<br/>%3</span><br/><br/><span style=\"font-size:8pt\">%4</span></p></td>"
           "<td width=\"40%\" align=\"right\" valign=\"top\"><p style=\"font-size:9pt\">%5</p>"
           "</td></tr></table>"_s.arg(blocMarque(letterhead), escaped(letterhead, u"direction"_s),
                                      escaped(letterhead, u"bureau"_s), affaire,
                                      reference.toHtmlEscaped());
}

QString footer(const Letterhead& letterhead)
{
    return letterhead.value(u"adresse"_s) + u" – "_s + letterhead.value(u"pied_de_page"_s);
}

QString page(const Letterhead& letterhead, const QString& reference, const QString& body)
{
    return u"<html><body>"_s + header(letterhead, reference) + body + u"</body></html>"_s;
}

} // namespace guichet::document_pages
