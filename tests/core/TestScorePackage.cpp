#include "InstructionFixture.h"
#include "dossier/DossierRepository.h"
#include "instruction/InstructionStore.h"
#include "instruction/ScorePackage.h"
#include "storage/AuditLog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <functional>
#include <vector>

using namespace guichet;

namespace {

const QString kAlice = QStringLiteral("Alice");
const QString kMerger = QStringLiteral("Bob");
using testing::kBageName;
using testing::kBageSiren;
using testing::utc;

const QDateTime t0 = utc("2021-10-04T08:00:00.000Z");

Dossier dossier(qint64 number, const QString& name, const QString& siren, const QString& subaxis)
{
    return testing::eligibleDossier(number, name, siren, subaxis);
}

// 101 (3a) and 102 (3b) are Bâgé's, 103 (3c) is the Veyle's.
QList<Dossier> dossiers()
{
    return {dossier(101, kBageName, kBageSiren, QStringLiteral("3a")),
            dossier(102, kBageName, kBageSiren, QStringLiteral("3b")),
            dossier(103, QStringLiteral("CC de la Veyle"), QStringLiteral("200070118"),
                    QStringLiteral("3c"))};
}

Score score(qint64 dossier, const QString& criterion, std::optional<int> level,
            const QString& comment, const QDateTime& at, const QString& instructor = kAlice)
{
    Score s;
    s.dossier = dossier;
    s.instructor = instructor;
    s.criterion = criterion;
    s.level = level;
    s.comment = comment;
    s.updatedAt = at;
    return s;
}

Opinion opinion(qint64 dossier, Opinion::Stance stance, const QString& text, const QDateTime& at)
{
    Opinion o;
    o.dossier = dossier;
    o.instructor = kAlice;
    o.stance = stance;
    o.text = text;
    o.updatedAt = at;
    return o;
}

QString describe(const QList<Score>& scores)
{
    QStringList lines;
    for (const Score& s : scores)
        lines.append(QStringLiteral("%1 %2 %3 %4 [%5] %6")
                         .arg(s.dossier)
                         .arg(s.instructor, s.criterion,
                              s.level ? QString::number(*s.level) : QStringLiteral("-"), s.comment,
                              s.updatedAt.toString(Qt::ISODateWithMs)));
    return lines.join(QLatin1Char('\n'));
}

QString describe(const QList<Opinion>& opinions)
{
    QStringList lines;
    for (const Opinion& o : opinions)
        lines.append(QStringLiteral("%1 %2 %3 [%4] %5")
                         .arg(o.dossier)
                         .arg(o.instructor, Opinion::apiName(o.stance), o.text,
                              o.updatedAt.toString(Qt::ISODateWithMs)));
    return lines.join(QLatin1Char('\n'));
}

QString describe(const QList<EligibilityDecision>& decisions)
{
    QStringList lines;
    for (const EligibilityDecision& d : decisions)
        lines.append(QStringLiteral("%1 %2 %3 [%4] %5 %6")
                         .arg(d.dossier)
                         .arg(d.check, CheckResult::apiName(d.outcome), d.justification,
                              d.instructor, d.decidedAt.toString(Qt::ISODateWithMs)));
    return lines.join(QLatin1Char('\n'));
}

// Everything Alice did in a workspace, as text.
QString aliceWork(const InstructionStore& store)
{
    return describe(store.scoresBy(kAlice)) + QLatin1Char('\n') +
           describe(store.opinionsBy(kAlice)) + QLatin1Char('\n') +
           describe(store.decisionsBy(kAlice));
}

QByteArray sha256(const QJsonObject& package)
{
    return QCryptographicHash::hash(QJsonDocument(package).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

QJsonObject readPackage(const QString& path)
{
    return QJsonDocument::fromJson(testing::readFile(path))
        .object()
        .value(QStringLiteral("package"))
        .toObject();
}

// Writes `package` with a correct digest, as a package someone crafted would be.
void writePackage(const QString& path, const QJsonObject& package)
{
    const QJsonObject document{{QStringLiteral("package"), package},
                               {QStringLiteral("sha256"), QString::fromLatin1(sha256(package))}};
    testing::writeFile(path, QJsonDocument(document).toJson(QJsonDocument::Indented));
}

void setItem(QJsonObject& package, const QString& array, int index, const QString& key,
             const QJsonValue& value)
{
    QJsonArray items = package.value(array).toArray();
    QJsonObject item = items.at(index).toObject();
    item.insert(key, value);
    items.replace(index, item);
    package.insert(array, items);
}

// Two workspaces holding the same dossiers: A is Alice's, B her colleague's.
struct Pair
{
    testing::TestDir dir;
    QString pathA;
    QString pathB;
    std::unique_ptr<Workspace> a;
    std::unique_ptr<Workspace> b;

    bool open()
    {
        pathA = dir.path(QStringLiteral("alice.guichet"));
        pathB = dir.path(QStringLiteral("bob.guichet"));
        a = testing::createWorkspace(pathA);
        b = testing::createWorkspace(pathB);
        return a && b && DossierRepository(*a).insert(dossiers()).ok() &&
               DossierRepository(*b).insert(dossiers()).ok();
    }
    QString file(const QString& name) const { return dir.path(name); }
    const Programme& programme() const { return a->programme(); }
    InstructionStore storeA() const { return InstructionStore(a->database(), programme(), kAlice); }
    InstructionStore storeB(const QString& actor = kMerger) const
    {
        return InstructionStore(b->database(), b->programme(), actor);
    }

    // Alice's work in A: five scores (one a comment without a level), an opinion, a decision:
    // seven items.
    bool aliceScores()
    {
        InstructionStore store = storeA();
        EligibilityDecision decision;
        decision.dossier = 103;
        decision.check = QStringLiteral("digital_transformation");
        decision.outcome = CheckResult::Outcome::Pass;
        decision.instructor = kAlice;
        decision.decidedAt = t0;
        return store
                   .setScore(score(101, QStringLiteral("impact"), 2,
                                   QStringLiteral("Indicateurs « délais » prévus"), t0))
                   .ok() &&
               store.setScore(score(101, QStringLiteral("besoin_mise_a_niveau"), 3, {}, t0)).ok() &&
               store
                   .setScore(score(102, QStringLiteral("developpement_competences"), 1,
                                   QStringLiteral("Formation à un seul outil"), t0))
                   .ok() &&
               store.setScore(score(103, QStringLiteral("impact"), 3, {}, t0)).ok() &&
               store
                   .setScore(score(103, QStringLiteral("essaimage"), std::nullopt,
                                   QStringLiteral("Demander si d'autres EPCI sont intéressés"), t0))
                   .ok() &&
               store
                   .setOpinion(opinion(101, Opinion::Stance::Favourable,
                                       QStringLiteral("Projet solide"), t0))
                   .ok() &&
               store.decide(decision).ok();
    }
    Result<score_package::ExportSummary> exportA(const QString& name) const
    {
        return score_package::write(a->database(), programme(), kAlice, file(name));
    }
    Result<ScoreMergeReport> mergeIntoB(const QString& name) const
    {
        return score_package::merge(b->database(), b->programme(), kMerger, file(name));
    }
};

// A package made invalid in a way that rejects it whole (the digest recomputed).
struct Invalid
{
    const char* name;
    std::function<void(QJsonObject&)> change;
    const char* message;
};

const std::vector<Invalid>& invalidPackages()
{
    // Scores in the package, by dossier then criterion: 0: 101 besoin_mise_a_niveau,
    // 1: 101 impact, 2: 102 developpement_competences, 3: 103 essaimage (no level),
    // 4: 103 impact. The fourth is made invalid, after three good ones.
    static const std::vector<Invalid> list = {
        {"level above the scale",
         [](QJsonObject& p) {
             setItem(p, QStringLiteral("scores"), 3, QStringLiteral("level"), 7);
         },
         "hors de l'échelle"},
        {"level below the scale",
         [](QJsonObject& p) {
             setItem(p, QStringLiteral("scores"), 3, QStringLiteral("level"), -2);
         },
         "hors de l'échelle"},
        {"unknown criterion",
         [](QJsonObject& p) {
             setItem(p, QStringLiteral("scores"), 3, QStringLiteral("criterion"),
                     QStringLiteral("originalite"));
         },
         "Critère inconnu"},
        {"criterion of another sub-axis",
         [](QJsonObject& p) {
             setItem(p, QStringLiteral("scores"), 3, QStringLiteral("criterion"),
                     QStringLiteral("developpement_competences"));
         },
         "ne s'applique pas"},
        {"level as text",
         [](QJsonObject& p) {
             setItem(p, QStringLiteral("scores"), 3, QStringLiteral("level"), QStringLiteral("2"));
         },
         "« level »"},
        {"fractional level",
         [](QJsonObject& p) {
             setItem(p, QStringLiteral("scores"), 3, QStringLiteral("level"), 2.5);
         },
         "« level »"},
        {"no edit time",
         [](QJsonObject& p) {
             setItem(p, QStringLiteral("scores"), 3, QStringLiteral("updated_at"), QString());
         },
         "« updated_at »"},
        {"dossier zero",
         [](QJsonObject& p) {
             setItem(p, QStringLiteral("scores"), 3, QStringLiteral("dossier"), 0);
         },
         "« dossier »"},
        {"unknown stance",
         [](QJsonObject& p) {
             setItem(p, QStringLiteral("opinions"), 0, QStringLiteral("stance"),
                     QStringLiteral("enthusiastic"));
         },
         "« stance »"},
        {"unknown outcome",
         [](QJsonObject& p) {
             setItem(p, QStringLiteral("eligibility"), 0, QStringLiteral("outcome"),
                     QStringLiteral("maybe"));
         },
         "inconnu"},
        {"unknown check",
         [](QJsonObject& p) {
             setItem(p, QStringLiteral("eligibility"), 0, QStringLiteral("check"),
                     QStringLiteral("budget_vote"));
         },
         "Vérification inconnue"},
        {"override without justification",
         [](QJsonObject& p) {
             setItem(p, QStringLiteral("eligibility"), 0, QStringLiteral("check"),
                     QStringLiteral("population"));
             setItem(p, QStringLiteral("eligibility"), 0, QStringLiteral("outcome"),
                     QStringLiteral("fail"));
         },
         "justification"},
        {"no instructor",
         [](QJsonObject& p) { p.insert(QStringLiteral("instructor"), QStringLiteral(" ")); },
         "instructeur"},
        {"not a score package",
         [](QJsonObject& p) { p.insert(QStringLiteral("format"), QStringLiteral("guichet-x")); },
         "paquet de notes"},
        {"newer format version", [](QJsonObject& p) { p.insert(QStringLiteral("version"), 2); },
         "version plus récente"},
        {"another programme",
         [](QJsonObject& p) {
             p.insert(QStringLiteral("programme"), QStringLiteral("fitn-axe3-rhone-2021"));
         },
         "fitn-axe3-rhone-2021"},
    };
    return list;
}

} // namespace

class TestScorePackage : public QObject
{
    Q_OBJECT

private slots:
    void exportWritesADigestedPackage()
    {
        Pair pair;
        QVERIFY(pair.open());
        QVERIFY(pair.aliceScores());
        // Someone else's work in A is not Alice's package.
        QVERIFY(
            pair.storeA()
                .setScore(score(101, QStringLiteral("portage"), 1, {}, t0, QStringLiteral("Zoé")))
                .ok());

        const auto summary = pair.exportA(QStringLiteral("alice.json"));
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().scores, 5);
        QCOMPARE(summary.value().opinions, 1);
        QCOMPARE(summary.value().decisions, 1);

        const QJsonObject document =
            QJsonDocument::fromJson(testing::readFile(pair.file(QStringLiteral("alice.json"))))
                .object();
        const QJsonObject package = document.value(QStringLiteral("package")).toObject();
        QCOMPARE(document.value(QStringLiteral("sha256")).toString().toLatin1(), sha256(package));
        QCOMPARE(package.value(QStringLiteral("format")).toString(),
                 QStringLiteral("guichet-scores"));
        QCOMPARE(package.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(package.value(QStringLiteral("programme")).toString(), pair.programme().id);
        QCOMPARE(package.value(QStringLiteral("instructor")).toString(), kAlice);
        const QJsonArray scores = package.value(QStringLiteral("scores")).toArray();
        QCOMPARE(scores.size(), 5);
        QVERIFY(scores.at(3).toObject().value(QStringLiteral("level")).isNull());
        QCOMPARE(scores.at(1).toObject().value(QStringLiteral("criterion")).toString(),
                 QStringLiteral("impact"));
        QCOMPARE(scores.at(1).toObject().value(QStringLiteral("level")).toInt(), 2);
        QCOMPARE(scores.at(1).toObject().value(QStringLiteral("updated_at")).toString(),
                 QStringLiteral("2021-10-04T08:00:00.000Z"));
        QCOMPARE(package.value(QStringLiteral("opinions")).toArray().size(), 1);
        QCOMPARE(package.value(QStringLiteral("eligibility")).toArray().size(), 1);
    }

    void mergeAddsThenFindsEverythingIdentical()
    {
        Pair pair;
        QVERIFY(pair.open());
        QVERIFY(pair.aliceScores());
        // B's own work is left alone.
        QVERIFY(
            pair.storeB().setScore(score(101, QStringLiteral("impact"), 0, {}, t0, kMerger)).ok());
        const auto summary = pair.exportA(QStringLiteral("alice.json"));
        QVERIFY(summary.ok());
        const int count =
            summary.value().scores + summary.value().opinions + summary.value().decisions;
        QCOMPARE(count, 7);

        const qint64 audited = AuditLog(pair.b->database()).count();
        const auto report = pair.mergeIntoB(QStringLiteral("alice.json"));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report.value().instructor, kAlice);
        QCOMPARE(report.value().added, count);
        QCOMPARE(report.value().identical, 0);
        QCOMPARE(report.value().updated, 0);
        QCOMPARE(report.value().keptNewer, 0);
        QVERIFY(report.value().refused.isEmpty());
        QCOMPARE(report.value().toJson().value(QStringLiteral("added")).toInt(), count);

        const InstructionStore a = pair.storeA();
        const InstructionStore b = pair.storeB();
        QCOMPARE(describe(b.scoresBy(kAlice)), describe(a.scoresBy(kAlice)));
        QCOMPARE(aliceWork(b), aliceWork(a));
        QCOMPARE(describe(b.scoresBy(kMerger)),
                 QStringLiteral("101 Bob impact 0 [] 2021-10-04T08:00:00.000Z"));
        // Each merged item is audited, in B's name.
        QCOMPARE(AuditLog(pair.b->database()).count(), audited + count);
        const QList<AuditEntry> history = b.history(101);
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const AuditEntry& e) {
            return e.field == QLatin1String("score:Alice:impact") && e.who == kMerger;
        }));

        // Again: nothing new.
        const QByteArray digest = testing::contentDigest(pair.pathB);
        const auto again = pair.mergeIntoB(QStringLiteral("alice.json"));
        QVERIFY(again.ok());
        QCOMPARE(again.value().added, 0);
        QCOMPARE(again.value().identical, count);
        QCOMPARE(again.value().updated, 0);
        QCOMPARE(again.value().keptNewer, 0);
        QVERIFY(again.value().refused.isEmpty());
        QCOMPARE(testing::contentDigest(pair.pathB), digest);
    }

    void newerEditReplaces()
    {
        Pair pair;
        QVERIFY(pair.open());
        QVERIFY(pair.aliceScores());
        QVERIFY(pair.exportA(QStringLiteral("monday.json")).ok());
        QVERIFY(pair.mergeIntoB(QStringLiteral("monday.json")).ok());

        // Alice revises a level and her opinion later.
        const QDateTime t1 = t0.addDays(1);
        InstructionStore a = pair.storeA();
        QVERIFY(a.setScore(score(101, QStringLiteral("impact"), 3,
                                 QStringLiteral("Gains chiffrés après échange"), t1))
                    .ok());
        QVERIFY(a.setOpinion(
                     opinion(101, Opinion::Stance::Reserved, QStringLiteral("Devis à revoir"), t1))
                    .ok());
        QVERIFY(pair.exportA(QStringLiteral("tuesday.json")).ok());
        const auto report = pair.mergeIntoB(QStringLiteral("tuesday.json"));
        QVERIFY(report.ok());
        QCOMPARE(report.value().updated, 2);
        QCOMPARE(report.value().identical, 5);
        QCOMPARE(report.value().added, 0);
        QCOMPARE(report.value().keptNewer, 0);

        const InstructionStore b = pair.storeB();
        QCOMPARE(aliceWork(b), aliceWork(a));
        const QList<Score> on101 = b.scores(101);
        QCOMPARE(on101.size(), 2);
        QCOMPARE(on101.at(1).criterion, QStringLiteral("impact"));
        QCOMPARE(on101.at(1).level.value_or(-1), 3);
        QCOMPARE(on101.at(1).updatedAt, t1);
        QCOMPARE(b.opinions(101).first().stance, Opinion::Stance::Reserved);

        // Monday's package is older than what B now holds: B keeps it.
        const QByteArray digest = testing::contentDigest(pair.pathB);
        const auto old = pair.mergeIntoB(QStringLiteral("monday.json"));
        QVERIFY(old.ok());
        QCOMPARE(old.value().keptNewer, 2);
        QCOMPARE(old.value().identical, 5);
        QCOMPARE(old.value().updated, 0);
        QCOMPARE(testing::contentDigest(pair.pathB), digest);
    }

    void olderPackageKeepsNewerLocalEdit()
    {
        Pair pair;
        QVERIFY(pair.open());
        QVERIFY(pair.aliceScores());
        QVERIFY(pair.exportA(QStringLiteral("first.json")).ok());
        QVERIFY(pair.mergeIntoB(QStringLiteral("first.json")).ok());

        // Alice edits in A on day 1 and, on B's computer, on day 2.
        const QDateTime t1 = t0.addDays(1);
        const QDateTime t2 = t0.addDays(2);
        QVERIFY(pair.storeA()
                    .setScore(score(101, QStringLiteral("impact"), 1, QStringLiteral("A"), t1))
                    .ok());
        QVERIFY(pair.storeB(kAlice)
                    .setScore(score(101, QStringLiteral("impact"), 0, QStringLiteral("B"), t2))
                    .ok());
        QVERIFY(pair.exportA(QStringLiteral("second.json")).ok());

        const QByteArray digest = testing::contentDigest(pair.pathB);
        const auto report = pair.mergeIntoB(QStringLiteral("second.json"));
        QVERIFY(report.ok());
        QCOMPARE(report.value().keptNewer, 1);
        QCOMPARE(report.value().identical, 6);
        QCOMPARE(report.value().updated, 0);
        QCOMPARE(report.value().added, 0);
        QCOMPARE(testing::contentDigest(pair.pathB), digest);
        const QList<Score> kept = pair.storeB().scores(101);
        QCOMPARE(kept.at(1).criterion, QStringLiteral("impact"));
        QCOMPARE(kept.at(1).level.value_or(-1), 0);
        QCOMPARE(kept.at(1).comment, QStringLiteral("B"));
        QCOMPARE(kept.at(1).updatedAt, t2);
    }

    void handEditedPackageIsRefused()
    {
        Pair pair;
        QVERIFY(pair.open());
        QVERIFY(pair.aliceScores());
        QVERIFY(pair.exportA(QStringLiteral("alice.json")).ok());
        const QString path = pair.file(QStringLiteral("alice.json"));
        QByteArray text = testing::readFile(path);
        const QByteArray original = text;
        QVERIFY(text.contains("\"level\": 2"));
        text.replace("\"level\": 2", "\"level\": 3");
        QVERIFY(text != original);
        QVERIFY(!QJsonDocument::fromJson(text).isNull()); // still valid JSON
        testing::writeFile(path, text);

        const QByteArray digest = testing::contentDigest(pair.pathB);
        const auto report = pair.mergeIntoB(QStringLiteral("alice.json"));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::BadInput);
        QVERIFY2(report.error().message.contains(QStringLiteral("SHA-256")),
                 qPrintable(report.error().message));
        QVERIFY(report.error().message.contains(QStringLiteral("alice.json")));
        QCOMPARE(testing::contentDigest(pair.pathB), digest);
        QVERIFY(pair.storeB().scoresBy(kAlice).isEmpty());

        // A digest edited too (but not recomputed) is no better.
        QJsonObject document = QJsonDocument::fromJson(original).object();
        document.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('0')));
        testing::writeFile(path, QJsonDocument(document).toJson());
        QVERIFY(!pair.mergeIntoB(QStringLiteral("alice.json")).ok());
        QCOMPARE(testing::contentDigest(pair.pathB), digest);

        // Not JSON at all, or no file.
        testing::writeFile(path, "scores: 2");
        const auto garbage = pair.mergeIntoB(QStringLiteral("alice.json"));
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().kind, Error::Kind::BadInput);
        const auto missing = pair.mergeIntoB(QStringLiteral("nowhere.json"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::BadInput);
        QCOMPARE(testing::contentDigest(pair.pathB), digest);
    }

    void recomputedDigestIsAccepted()
    {
        // The test's own digest agrees with the package's: the crafted packages below are
        // refused for what they hold, not for their digest.
        Pair pair;
        QVERIFY(pair.open());
        QVERIFY(pair.aliceScores());
        QVERIFY(pair.exportA(QStringLiteral("alice.json")).ok());
        const QString path = pair.file(QStringLiteral("alice.json"));
        QJsonObject package = readPackage(path);
        setItem(package, QStringLiteral("scores"), 1, QStringLiteral("level"), 1);
        writePackage(path, package);
        const auto report = pair.mergeIntoB(QStringLiteral("alice.json"));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report.value().added, 7);
        QCOMPARE(pair.storeB().scores(101).at(1).level.value_or(-1), 1);
    }

    void invalidPackageIsRejectedWhole_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < invalidPackages().size(); ++i)
            QTest::addRow("%s", invalidPackages()[i].name) << int(i);
    }
    void invalidPackageIsRejectedWhole()
    {
        QFETCH(int, index);
        const Invalid& invalid = invalidPackages()[size_t(index)];
        Pair pair;
        QVERIFY(pair.open());
        QVERIFY(pair.aliceScores());
        QVERIFY(
            pair.storeB().setScore(score(102, QStringLiteral("impact"), 2, {}, t0, kMerger)).ok());
        QVERIFY(pair.exportA(QStringLiteral("alice.json")).ok());
        const QString path = pair.file(QStringLiteral("alice.json"));
        QJsonObject package = readPackage(path);
        invalid.change(package);
        writePackage(path, package);

        const QByteArray digest = testing::contentDigest(pair.pathB);
        const auto report = pair.mergeIntoB(QStringLiteral("alice.json"));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::BadInput);
        QVERIFY2(report.error().message.contains(QString::fromUtf8(invalid.message)),
                 qPrintable(report.error().message));
        QCOMPARE(testing::contentDigest(pair.pathB), digest);
        QVERIFY(pair.storeB().scoresBy(kAlice).isEmpty());
    }

    void unknownDossierIsRefusedTheRestMerged()
    {
        Pair pair;
        QVERIFY(pair.open());
        // A holds a dossier B does not have.
        QVERIFY(DossierRepository(*pair.a)
                    .insert({dossier(105, QStringLiteral("Commune de Pont-de-Veyle"),
                                     QStringLiteral("210103057"), QStringLiteral("3a"))})
                    .ok());
        QVERIFY(pair.aliceScores());
        QVERIFY(pair.storeA().setScore(score(105, QStringLiteral("impact"), 2, {}, t0)).ok());
        const auto summary = pair.exportA(QStringLiteral("alice.json"));
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().scores, 6);

        const auto report = pair.mergeIntoB(QStringLiteral("alice.json"));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report.value().added, 7);
        QCOMPARE(report.value().refused.size(), 1);
        QVERIFY2(report.value().refused.first().contains(QStringLiteral("105")),
                 qPrintable(report.value().refused.first()));
        QVERIFY(report.value().toText().contains(QStringLiteral("105")));
        const InstructionStore b = pair.storeB();
        QCOMPARE(b.scoresBy(kAlice).size(), 5);
        QVERIFY(b.scores(105).isEmpty());
        QList<Score> fromA = pair.storeA().scoresBy(kAlice);
        fromA.removeIf([](const Score& s) { return s.dossier == 105; });
        QCOMPARE(describe(b.scoresBy(kAlice)), describe(fromA));
    }

    void declaredConflictRefusesThoseItems()
    {
        Pair pair;
        QVERIFY(pair.open());
        QVERIFY(pair.aliceScores());
        QVERIFY(pair.exportA(QStringLiteral("alice.json")).ok());
        // In B, Alice is declared linked to Bâgé (101 and 102).
        const auto withdrawn = pair.storeB().declareConflict(
            {kAlice, kBageSiren, kBageName, QStringLiteral("adjointe au maire"), {}});
        QVERIFY(withdrawn.ok());
        QCOMPARE(withdrawn->scores.size(), 0);

        const auto report = pair.mergeIntoB(QStringLiteral("alice.json"));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        // 103's scores and decision come in; 101's two scores and opinion, 102's score do not.
        QCOMPARE(report.value().added, 3);
        QCOMPARE(report.value().refused.size(), 4);
        for (const QString& line : report.value().refused) {
            QVERIFY2(line.contains(kBageName), qPrintable(line));
            QVERIFY2(line.contains(kAlice), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("101")) || line.contains(QStringLiteral("102")),
                     qPrintable(line));
        }
        const InstructionStore b = pair.storeB();
        QCOMPARE(describe(b.scoresBy(kAlice)),
                 QStringLiteral("103 Alice essaimage - [Demander si d'autres EPCI sont "
                                "intéressés] 2021-10-04T08:00:00.000Z\n"
                                "103 Alice impact 3 [] 2021-10-04T08:00:00.000Z"));
        QVERIFY(b.opinionsBy(kAlice).isEmpty());
        QCOMPARE(b.decisionsBy(kAlice).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScorePackage)
#include "TestScorePackage.moc"
