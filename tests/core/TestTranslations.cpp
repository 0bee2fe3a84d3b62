#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// French is the source language; English must be complete, and both catalogues must load.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishCatalogueIsComplete()
    {
        QFile file(QStringLiteral(GUICHET_SOURCE_DIR "/translations/guichet_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("obsolete") || type == QLatin1String("vanished")) {
                    --messages;
                    continue;
                }
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    unfinished.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    void cataloguesLoad()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/guichet_en.qm")));
        QCoreApplication::installTranslator(&english);
        QCOMPARE(QCoreApplication::translate("DossierList", "Montant sollicité"),
                 QStringLiteral("Requested amount"));
        QCoreApplication::removeTranslator(&english);

        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/guichet_fr.qm")));
        QCoreApplication::installTranslator(&french);
        QCOMPARE(QCoreApplication::translate("Cli", "%1 : %n erreur(s)", nullptr, 1)
                     .arg(QStringLiteral("f")),
                 QStringLiteral("f : 1 erreur"));
        QCOMPARE(QCoreApplication::translate("Cli", "%1 : %n erreur(s)", nullptr, 3)
                     .arg(QStringLiteral("f")),
                 QStringLiteral("f : 3 erreurs"));
        QCoreApplication::removeTranslator(&french);

        // Qt's own file dialog, whose French catalogue lacks « Folder ».
        QTranslator supplement;
        QVERIFY(supplement.load(QStringLiteral(":/i18n/qt_supplement_fr.qm")));
        QCoreApplication::installTranslator(&supplement);
        QCOMPARE(QCoreApplication::translate("QAbstractFileIconProvider", "Folder",
                                             "All other platforms"),
                 QStringLiteral("Dossier"));
        QCoreApplication::removeTranslator(&supplement);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
