#include "FakeClock.h"
#include "TestWorkspace.h"
#include "common/Siret.h"
#include "dossier/DossierRepository.h"
#include "exportgen/XlsxWriter.h"
#include "importer/DossierImporter.h"
#include "importer/ImportStore.h"
#include "importer/TableReader.h"
#include "storage/AuditLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace guichet;

namespace {

const QString kExport = QStringLiteral(GUICHET_TEST_DATA_DIR "/import/ds-2021-csv/input.csv");

QList<QStringList> exportRows()
{
    return testing::parseCsv(QString::fromUtf8(testing::readFile(kExport)));
}

int column(const QList<QStringList>& rows, const QString& header)
{
    return int(rows.constFirst().indexOf(header));
}

// The line of the CSV where rows[index] starts: fields may span lines.
int lineOf(const QList<QStringList>& rows, int index)
{
    int line = 1;
    for (int r = 0; r < index; ++r)
        line += 1 + int(rows.at(r).join(QString()).count(QLatin1Char('\n')));
    return line;
}

// Writes a zip with the given entries (name -> content), as a crafted archive would be.
void writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& entries)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const auto& [name, content] : entries) {
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        file.write(content);
        file.close();
    }
    zip.close();
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void reimportKeepsLocalWorkAndReportsChanges()
    {
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("w.guichet")));
        QVERIFY(ws);
        QVERIFY(DossierImporter(*ws).run({kExport}).ok());
        DossierRepository repository(*ws);
        QList<QStringList> rows = exportRows();
        const qint64 first = rows.at(1).at(0).toLongLong();
        const qint64 second = rows.at(2).at(0).toLongLong();
        const qint64 third = rows.at(3).at(0).toLongLong();
        QVERIFY(repository.setNote(first, QStringLiteral("Délibération reçue")).ok());

        // DS moves on: a new title, a decision, and a dossier gone from the export.
        rows[1][column(rows, QStringLiteral("Intitulé du projet"))] =
            QStringLiteral("Portail famille v2");
        rows[2][column(rows, QStringLiteral("État du dossier"))] = QStringLiteral("Accepté");
        rows.removeAt(3);
        const QString next = dir.path(QStringLiteral("next.csv"));
        testing::writeFile(next, testing::toCsv(rows));
        auto report = DossierImporter(*ws).run({next});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->added.size(), 0);
        QCOMPARE(report->updated.size(), 2);
        QCOMPARE(report->unchanged, 3);
        QCOMPARE(report->absent, QList<qint64>{third});
        QCOMPARE(report->stateChanges.size(), 1);
        QCOMPARE(report->stateChanges.constFirst().number, second);
        QCOMPARE(report->stateChanges.constFirst().to, DossierState::Accepte);
        const ImportReport::Updated& titleChange = report->updated.constFirst();
        QCOMPARE(titleChange.number, first);
        QCOMPARE(titleChange.changes.size(), 1);
        QCOMPARE(titleChange.changes.constFirst().field, QStringLiteral("title"));
        QCOMPARE(titleChange.changes.constFirst().after, QStringLiteral("Portail famille v2"));

        QCOMPARE(repository.find(first)->title, QStringLiteral("Portail famille v2"));
        QCOMPARE(repository.note(first), QStringLiteral("Délibération reçue"));
        QCOMPARE(repository.count(), qint64(6)); // flagged, not deleted
        QVERIFY(repository.find(third)->absentSince.has_value());
        QCOMPARE(ImportStore(ws->database()).records().size(), 2);
        QCOMPARE(AuditLog(ws->database())
                     .entriesFor(QStringLiteral("dossier"), QString::number(first))
                     .size(),
                 1);

        // The dossier comes back in a later export: no longer flagged.
        auto again = DossierImporter(*ws).run({kExport});
        QVERIFY(again.ok());
        QVERIFY(!repository.find(third)->absentSince.has_value());
    }

    void mostAbsentIsAskedBeforeAnythingIsWritten()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        auto ws = testing::createWorkspace(path);
        QVERIFY(ws);
        QVERIFY(DossierImporter(*ws).run({kExport}).ok());
        // An export of two of the six dossiers would flag the four others.
        const QString subset = dir.path(QStringLiteral("subset.csv"));
        testing::writeFile(subset, testing::toCsv(exportRows().mid(0, 3)));
        const QByteArray before = testing::contentDigest(path);

        auto refused = DossierImporter(*ws).run({subset});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().isInputError());
        QVERIFY2(refused.error().message.contains(QStringLiteral("4")) &&
                     refused.error().message.contains(QStringLiteral("6")),
                 qPrintable(refused.error().message));
        QCOMPARE(testing::contentDigest(path), before);

        DossierImporter::Options options;
        QList<qint64> asked;
        options.askAbsent = [&asked](qint64 flagged, qint64 total) {
            asked = {flagged, total};
            return std::optional<DossierImporter::Absent>();
        };
        QVERIFY(!DossierImporter(*ws).run({subset}, options).ok());
        QCOMPARE(asked, (QList<qint64>{4, 6}));
        QCOMPARE(testing::contentDigest(path), before);

        options.askAbsent = [](qint64, qint64) {
            return DossierImporter::Absent::Ignore;
        };
        auto partial = DossierImporter(*ws).run({subset}, options);
        QVERIFY(partial.ok());
        QVERIFY(partial->partial);
        QVERIFY(partial->absent.isEmpty());
        QCOMPARE(partial->workspaceDossiers, qint64(6));
        DossierRepository repository(*ws);
        const auto loaded = repository.loadAll(); // the range must outlive the loop
        QVERIFY(loaded.ok());
        for (const Dossier& d : loaded.value())
            QVERIFY(!d.absentSince.has_value());

        options.askAbsent = [](qint64, qint64) {
            return DossierImporter::Absent::Mark;
        };
        auto marked = DossierImporter(*ws).run({subset}, options);
        QVERIFY(marked.ok());
        QCOMPARE(marked->absent.size(), 4);
        // Those already flagged are not flagged again: nothing to ask the next time.
        auto again = DossierImporter(*ws).run({subset});
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->absent.size(), 4);
    }

    void changedApplicantIsNotAnOrdinaryUpdate()
    {
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("w.guichet")));
        QVERIFY(ws);
        QVERIFY(DossierImporter(*ws).run({kExport}).ok());
        QList<QStringList> rows = exportRows();
        const qint64 number = rows.at(3).at(0).toLongLong();
        rows[3][column(rows, QStringLiteral("Établissement SIRET"))] =
            siret::make(QStringLiteral("210100343"), 1); // Belley
        rows[3][column(rows, QStringLiteral("Entreprise SIREN"))] = QStringLiteral("210100343");
        const QString next = dir.path(QStringLiteral("next.csv"));
        testing::writeFile(next, testing::toCsv(rows));
        auto report = DossierImporter(*ws).run({next});
        QVERIFY(report.ok());
        QVERIFY(report->updated.isEmpty());
        QCOMPARE(report->applicantChanges.size(), 1);
        const ImportReport::ApplicantChange& change = report->applicantChanges.constFirst();
        QCOMPARE(change.number, number);
        QCOMPARE(change.fromSiren, QStringLiteral("210100210"));
        QCOMPARE(change.toSiren, QStringLiteral("210100343"));
        QCOMPARE(change.toName, QStringLiteral("Commune de Belley"));
        const QJsonArray json =
            report->toJson().value(QStringLiteral("applicant_changed")).toArray();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.at(0)[QStringLiteral("after")][QStringLiteral("siren")].toString(),
                 QStringLiteral("210100343"));
        QCOMPARE(ImportStore(ws->database()).records().constLast().updated, qint64(1));
    }

    void reimportOfTheSameFileChangesNothing()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        auto ws = testing::createWorkspace(path);
        QVERIFY(ws);
        QVERIFY(DossierImporter(*ws).run({kExport}).ok());
        const QDateTime at(QDate(2021, 3, 15), QTime(9, 0, 0, 250), Qt::UTC);
        const FakeClock clock(at);
        auto report = DossierImporter(*ws).run({kExport});
        QVERIFY(report.ok());
        QCOMPARE(report->unchanged, 6);
        QVERIFY(report->added.isEmpty() && report->updated.isEmpty() && report->absent.isEmpty());
        const ImportRecord last = ImportStore(ws->database()).records().constLast();
        QCOMPARE(last.unchanged, 6);
        QCOMPARE(last.fileName, QStringLiteral("input.csv"));
        QCOMPARE(last.importedAt, at);
        QCOMPARE(last.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(testing::readFile(kExport),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
    }

    void badValuesRejectTheWholeFile_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::addRow("amount") << "Coût total du projet (€ HT)" << 4 << "12,3,4"
                                << "montant invalide";
        QTest::addRow("three decimals")
            << "Montant de la subvention sollicitée (€)" << 2 << "100.123"
            << "montant invalide";
        QTest::addRow("negative amount") << "Dont dépenses de personnel (€)" << 3 << "-5"
                                         << "montant négatif";
        QTest::addRow("timestamp") << "Déposé le" << 5 << "2021-13-45 10:00:00 +0100"
                                   << "date de dépôt invalide";
        QTest::addRow("date") << "Date prévisionnelle de fin" << 2 << "demain"
                              << "date invalide";
        QTest::addRow("siret key") << "Établissement SIRET" << 3 << "21010244800012"
                                   << "SIRET invalide";
        QTest::addRow("state") << "État du dossier" << 6 << "Brouillon"
                               << "état de dossier inconnu";
        QTest::addRow("number") << "ID" << 2 << "abc"
                                << "numéro de dossier invalide";
        QTest::addRow("subaxis") << "Sous-axe" << 4 << "4z - Autre"
                                 << "sous-axe inconnu";
        QTest::addRow("title") << "Intitulé du projet" << 5 << ""
                               << "intitulé obligatoire";
    }
    void badValuesRejectTheWholeFile()
    {
        QFETCH(QString, header);
        QFETCH(int, row);
        QFETCH(QString, value);
        QFETCH(QString, message);
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        auto ws = testing::createDemoWorkspace(path, 3);
        QVERIFY(ws);
        QVERIFY(DossierRepository(*ws)
                    .setNote(DossierRepository(*ws).loadAll().value().constFirst().number,
                             QStringLiteral("travail en cours"))
                    .ok());
        const QByteArray before = testing::contentDigest(path);

        QList<QStringList> rows = exportRows();
        rows[row - 1][column(rows, header)] = value;
        const QString broken = dir.path(QStringLiteral("broken.csv"));
        testing::writeFile(broken, testing::toCsv(rows));
        auto report = DossierImporter(*ws).run({broken});
        QVERIFY(!report.ok());
        const QString error = report.error().message;
        QCOMPARE(report.error().kind, Error::Kind::BadInput);
        QVERIFY2(error.contains(broken), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("ligne %1,").arg(lineOf(rows, row - 1))),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("« %1 »").arg(header)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("« %1 »").arg(value)), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(testing::contentDigest(path), before);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << QByteArray() << "vide";
        QTest::addRow("blank line only") << QByteArray("\n") << "aucun dossier";
        const QByteArray real = testing::readFile(kExport);
        QTest::addRow("unterminated quote") << real + "4899999,\"abc\n"
                                            << "guillemet";
        QTest::addRow("ragged row") << real + "4899999,a,b\n"
                                    << "3 colonnes";
        QTest::addRow("not an export")
            << QByteArray("nom;prénom\nDupont;Jean\n") << "aucune colonne";
        QTest::addRow("zip but not a workbook") << QByteArray("PK\x03\x04"
                                                              "garbage")
                                                << "archive";
    }
    void brokenFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        auto ws = testing::createDemoWorkspace(path, 3);
        QVERIFY(ws);
        const QByteArray before = testing::contentDigest(path);
        const QString file = dir.path(QStringLiteral("export.csv"));
        testing::writeFile(file, content);
        auto report = DossierImporter(*ws).run({file});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
        QVERIFY(report.error().message.contains(file));
        QCOMPARE(testing::contentDigest(path), before);
    }

    // A spreadsheet's error names the file, the sheet, the row and what was expected.
    void spreadsheetErrorsNameTheSheetAndTheRow()
    {
        testing::TestDir dir;
        const QString file = dir.path(QStringLiteral("liste.xlsx"));
        XlsxWriter writer(file);
        QVERIFY(writer.open().ok());
        writer.beginSheet(QStringLiteral("Dossiers"));
        writer.beginRow();
        writer.addText(QStringLiteral("ID"));
        writer.addText(QStringLiteral("Nom"));
        writer.endRow();
        writer.beginRow();
        writer.addText(QStringLiteral("1"));
        writer.addText(QStringLiteral("Belley"));
        writer.addText(QStringLiteral("de trop"));
        writer.endRow();
        QVERIFY(writer.close().ok());
        auto reader = TableReader::forFile(file);
        QVERIFY(reader.ok());
        QVERIFY(reader.value()->open().ok());
        ImportRow row;
        QVERIFY(!reader.value()->next(row));
        QVERIFY(reader.value()->error());
        const QString message = reader.value()->error()->message;
        QVERIFY2(message.contains(file) &&
                     message.contains(QStringLiteral("feuille « Dossiers », ligne 2")) &&
                     message.contains(QStringLiteral("hors des colonnes de l'en-tête")),
                 qPrintable(message));
    }

    void archivesAreCheckedBeforeTheyAreTrusted_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addRow("zip bomb") << "xl/workbook.xml" << QByteArray(64 << 20, ' ') << "démesurée";
        QTest::addRow("path traversal") << "../../evil.xml" << QByteArray("x") << "refusé";
        QTest::addRow("absolute path") << "/etc/evil.xml" << QByteArray("x") << "refusé";
        QTest::addRow("missing sheet")
            << "xl/workbook.xml" << QByteArray("<workbook/>") << "manque";
    }
    void archivesAreCheckedBeforeTheyAreTrusted()
    {
        QFETCH(QString, entry);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        auto ws = testing::createWorkspace(path);
        QVERIFY(ws);
        const QString file = dir.path(QStringLiteral("export.xlsx"));
        writeZip(file,
                 {{entry, content},
                  {QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray("<Relationships/>")}});
        const QByteArray before = testing::contentDigest(path);
        auto report = DossierImporter(*ws).run({file});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
        QCOMPARE(testing::contentDigest(path), before);
    }

    // A bit flipped inside an entry's deflate stream (as a bad disk or a truncated download
    // does): the read error is an end, the import fails at once naming the entry, nothing is
    // written. It used to spin forever.
    void damagedCompressedStreamsAreRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("entry");
        QTest::addRow("ods") << QStringLiteral(GUICHET_TEST_DATA_DIR "/import/ods/input.ods")
                             << QStringLiteral("content.xml");
        QTest::addRow("xlsx") << QStringLiteral(GUICHET_TEST_DATA_DIR
                                                "/import/ds-2021-xlsx/input.xlsx")
                              << QStringLiteral("xl/worksheets/sheet1.xml");
    }
    void damagedCompressedStreamsAreRefusedAtOnce()
    {
        QFETCH(QString, source);
        QFETCH(QString, entry);
        QByteArray bytes = testing::readFile(source);
        // Find the entry's local header: signature, sizes and name, then its compressed data.
        const QByteArray name = entry.toUtf8();
        qsizetype data = -1;
        qint64 compressed = 0;
        for (qsizetype at = bytes.indexOf("PK\x03\x04"); at >= 0;
             at = bytes.indexOf("PK\x03\x04", at + 4)) {
            auto u16 = [&](qsizetype i) {
                return quint16(uchar(bytes[i]) | uchar(bytes[i + 1]) << 8);
            };
            auto u32 = [&](qsizetype i) {
                return quint32(u16(i) | quint32(u16(i + 2)) << 16);
            };
            const quint16 nameLength = u16(at + 26);
            if (bytes.mid(at + 30, nameLength) == name) {
                compressed = u32(at + 18);
                data = at + 30 + nameLength + u16(at + 28);
                break;
            }
        }
        QVERIFY2(data > 0 && compressed > 200, qPrintable(source));
        for (int k = 0; k < 5; ++k)
            bytes[data + compressed / 3 + k * 37] =
                char(bytes[data + compressed / 3 + k * 37] ^ 0x55);
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        auto ws = testing::createDemoWorkspace(path, 3);
        QVERIFY(ws);
        const QByteArray before = testing::contentDigest(path);
        const QString file = dir.path(QFileInfo(source).fileName());
        testing::writeFile(file, bytes);
        auto report = DossierImporter(*ws).run({file});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(entry) &&
                     report.error().message.contains(QStringLiteral("endommagée")),
                 qPrintable(report.error().message));
        QVERIFY(report.error().message.contains(file));
        QCOMPARE(testing::contentDigest(path), before);
    }

    void dryRunAndCancelWriteNothing()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        auto ws = testing::createWorkspace(path);
        QVERIFY(ws);
        const QByteArray before = testing::contentDigest(path);
        DossierImporter::Options dryRun;
        dryRun.dryRun = true;
        auto report = DossierImporter(*ws).run({kExport}, dryRun);
        QVERIFY(report.ok());
        QCOMPARE(report->added.size(), 6);
        QCOMPARE(testing::contentDigest(path), before);

        // A large export, cancelled half way.
        const QString large = dir.path(QStringLiteral("large.csv"));
        QList<QStringList> rows = exportRows();
        const QList<QStringList> model = rows;
        for (int i = 0; i < 3000; ++i) {
            QStringList copy = model.at(1 + i % 6);
            copy[0] = QString::number(9000000 + i);
            rows.append(copy);
        }
        testing::writeFile(large, testing::toCsv(rows));
        DossierImporter::Options cancel;
        int calls = 0;
        cancel.progress = [&calls](qint64, qint64) {
            return ++calls < 3;
        };
        auto cancelled = DossierImporter(*ws).run({large}, cancel);
        QVERIFY(!cancelled.ok());
        QVERIFY(calls >= 3);
        QCOMPARE(testing::contentDigest(path), before);
    }

    void unknownColumnsNeedAMapping()
    {
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("w.guichet")));
        QVERIFY(ws);
        QList<QStringList> rows = exportRows();
        rows[0][column(rows, QStringLiteral("Coût total du projet (€ HT)"))] =
            QStringLiteral("Budget global");
        const QString renamed = dir.path(QStringLiteral("renamed.csv"));
        testing::writeFile(renamed, testing::toCsv(rows));

        auto refused = DossierImporter(*ws).run({renamed});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::MissingMapping);
        QVERIFY(refused.error().message.contains(QStringLiteral("Coût total du projet")));

        auto preview = DossierImporter(*ws).preview(renamed);
        QVERIFY(preview.ok());
        QCOMPARE(preview->mapping.missingRequired(), QStringList{QStringLiteral("total_cost")});
        QCOMPARE(preview->samples.size(), 3);
        QVERIFY(ImportStore(ws->database())
                    .saveMapping({{QStringLiteral("total_cost"), QStringLiteral("Budget global")}})
                    .ok());
        auto imported = DossierImporter(*ws).run({renamed});
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->added.size(), 6);
    }

    void unmappedColumnsAreKept()
    {
        testing::TestDir dir;
        auto ws = testing::createWorkspace(dir.path(QStringLiteral("w.guichet")));
        QVERIFY(ws);
        QVERIFY(DossierImporter(*ws).run({kExport}).ok());
        const QList<QStringList> rows = exportRows();
        const QJsonObject raw =
            ImportStore(ws->database()).rawFields(rows.at(1).at(0).toLongLong());
        QCOMPARE(raw.value(QStringLiteral("Email")).toString(), rows.at(1).at(1));
        // Mapped but not a dossier field: kept too.
        QCOMPARE(raw.value(QStringLiteral("Référent du projet – nom")).toString(),
                 rows.at(1).at(column(rows, QStringLiteral("Référent du projet – nom"))));
        QCOMPARE(raw.value(QStringLiteral("Établissement NAF")).toString(),
                 QStringLiteral("84.11Z"));
        QVERIFY(!raw.contains(QStringLiteral("ID"))); // a dossier field: not repeated
        QVERIFY(!raw.contains(QStringLiteral("Intitulé du projet")));
    }

    void duplicateNumbersAreRefused()
    {
        testing::TestDir dir;
        const QString path = dir.path(QStringLiteral("w.guichet"));
        auto ws = testing::createWorkspace(path);
        QVERIFY(ws);
        QList<QStringList> rows = exportRows();
        rows.append(rows.at(2));
        const QString file = dir.path(QStringLiteral("twice.csv"));
        testing::writeFile(file, testing::toCsv(rows));
        auto report = DossierImporter(*ws).run({file});
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.contains(QStringLiteral("deux fois")));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
