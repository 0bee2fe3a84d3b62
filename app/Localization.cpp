#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace guichet {

QString installTranslations(QCoreApplication& app, const QString& requested)
{
    QString language = requested;
    if (language.isEmpty())
        language = QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                                    : QStringLiteral("fr");
    if (language != QLatin1String("en"))
        language = QStringLiteral("fr");
    // Amounts and dates follow French conventions whatever the UI language: they are French
    // public-finance documents.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/guichet_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // What Qt's own catalogue lacks (the file dialog's « Folder »): installed last, looked up
    // first.
    auto* supplement = new QTranslator(&app);
    if (supplement->load(QStringLiteral(":/i18n/qt_supplement_") + language +
                         QStringLiteral(".qm")))
        QCoreApplication::installTranslator(supplement);
    return language;
}

} // namespace guichet
