#include "Localization.h"
#include "cli/ManPage.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

// guichet_manpage LANGUAGE FILE: writes guichet(1) in LANGUAGE (fr or en) to FILE. Run at build
// time, so that the installed page says what the installed executable says.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: guichet_manpage fr|en FILE\n", stderr);
        return 2;
    }
    guichet::installTranslations(app, arguments.at(1));
    QSaveFile file(arguments.at(2));
    if (!file.open(QIODevice::WriteOnly) || file.write(guichet::cli::manPage().toUtf8()) < 0 ||
        !file.commit()) {
        std::fprintf(stderr, "guichet_manpage: %s\n", qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
