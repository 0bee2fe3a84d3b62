#include "programme/ProgrammeReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace guichet;

namespace {

using Mutation = std::function<void(QJsonObject&)>;

// Replaces root[key][index][field] (index < 0: root[key][field]).
Mutation setIn(const QString& key, int index, const QString& field, const QJsonValue& value)
{
    return [=](QJsonObject& root) {
        if (index < 0) {
            QJsonObject o = root.value(key).toObject();
            if (value.isUndefined())
                o.remove(field);
            else
                o.insert(field, value);
            root.insert(key, o);
            return;
        }
        QJsonArray list = root.value(key).toArray();
        QJsonObject o = list.at(index).toObject();
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        list.replace(index, o);
        root.insert(key, list);
    };
}

Mutation setTop(const QString& key, const QJsonValue& value)
{
    return [=](QJsonObject& root) {
        if (value.isUndefined())
            root.remove(key);
        else
            root.insert(key, value);
    };
}

struct BadCase
{
    const char* name;
    Mutation mutate;
    const char* path;
};

const std::vector<BadCase>& badCases()
{
    static const std::vector<BadCase> cases = {
        {"missing name", setTop(QStringLiteral("name"), QJsonValue::Undefined), "$.name"},
        {"newer schema", setTop(QStringLiteral("schema_version"), 4), "$.schema_version"},
        {"wrong format", setTop(QStringLiteral("format"), QStringLiteral("x")), "$.format"},
        {"envelope as text", setTop(QStringLiteral("envelope_cents"), QStringLiteral("297000")),
         "$.envelope_cents"},
        {"envelope fractional", setTop(QStringLiteral("envelope_cents"), 297000.5),
         "$.envelope_cents"},
        {"negative envelope", setTop(QStringLiteral("envelope_cents"), -1), "$.envelope_cents"},
        {"rate over 100", setTop(QStringLiteral("max_rate_percent"), 120), "$.max_rate_percent"},
        {"misspelt key", setTop(QStringLiteral("envelop_cents"), 1), "$.envelop_cents"},
        {"bad departement code",
         setIn(QStringLiteral("departement"), -1, QStringLiteral("code"), QStringLiteral("Ain")),
         "$.departement.code"},
        {"bad deadline",
         setIn(QStringLiteral("deadlines"), -1, QStringLiteral("end_by"),
               QStringLiteral("31/12/2022")),
         "$.deadlines.end_by"},
        {"end before start",
         setIn(QStringLiteral("deadlines"), -1, QStringLiteral("end_by"),
               QStringLiteral("2020-01-01")),
         "$.deadlines.end_by"},
        {"duplicate subaxis",
         setIn(QStringLiteral("subaxes"), 1, QStringLiteral("code"), QStringLiteral("3a")),
         "$.subaxes[1].code"},
        {"criterion zero weight", setIn(QStringLiteral("criteria"), 2, QStringLiteral("weight"), 0),
         "$.criteria[2].weight"},
        {"criterion unknown subaxis",
         setIn(QStringLiteral("criteria"), 1, QStringLiteral("subaxes"),
               QJsonArray{QStringLiteral("3a"), QStringLiteral("3z")}),
         "$.criteria[1].subaxes[1]"},
        {"criterion levels count",
         setIn(QStringLiteral("criteria"), 0, QStringLiteral("levels"),
               QJsonArray{QStringLiteral("a"), QStringLiteral("b")}),
         "$.criteria[0].levels"},
        {"criterion inverted scale",
         setIn(QStringLiteral("criteria"), 3, QStringLiteral("scale"),
               QJsonObject{{QStringLiteral("min"), 3}, {QStringLiteral("max"), 1}}),
         "$.criteria[3].scale.max"},
        {"duplicate criterion code",
         setIn(QStringLiteral("criteria"), 1, QStringLiteral("code"), QStringLiteral("impact")),
         "$.criteria[1].code"},
        {"unknown rule",
         setIn(QStringLiteral("eligibility_checks"), 0, QStringLiteral("rule"),
               QStringLiteral("magic")),
         "$.eligibility_checks[0].rule"},
        {"rule params",
         setIn(QStringLiteral("eligibility_checks"), 0, QStringLiteral("params"),
               QJsonObject{{QStringLiteral("kinds"), QJsonArray{QStringLiteral("mairie")}}}),
         "$.eligibility_checks[0].params.kinds[0]"},
        {"forfait unknown subaxis",
         setIn(QStringLiteral("forfaits"), 0, QStringLiteral("subaxis"), QStringLiteral("4a")),
         "$.forfaits[0].subaxis"},
        {"forfait amount",
         setIn(QStringLiteral("forfaits"), 1, QStringLiteral("amount_cents"),
               QStringLiteral("10 000")),
         "$.forfaits[1].amount_cents"},
        {"committee frequency",
         setIn(QStringLiteral("committee"), -1, QStringLiteral("frequency"),
               QStringLiteral("weekly")),
         "$.committee.frequency"},
        {"mapping unknown field",
         [](QJsonObject& root) {
             QJsonObject mapping = root.value(QStringLiteral("ds_mapping")).toObject();
             QJsonArray fields = mapping.value(QStringLiteral("fields")).toArray();
             QJsonObject f = fields.at(4).toObject();
             f.insert(QStringLiteral("field"), QStringLiteral("shoe_size"));
             fields.replace(4, f);
             mapping.insert(QStringLiteral("fields"), fields);
             root.insert(QStringLiteral("ds_mapping"), mapping);
         },
         "$.ds_mapping.fields[4].field"},
        {"criteria not an array", setTop(QStringLiteral("criteria"), QStringLiteral("none")),
         "$.criteria"},
        // The quorum came with version 3: a version 2 document must not have it.
        {"quorum in version 2", setIn(QStringLiteral("committee"), -1, QStringLiteral("quorum"), 4),
         "$.committee.quorum"},
    };
    return cases;
}

QJsonObject builtinObject()
{
    return QJsonDocument::fromJson(ProgrammeReader::builtinDocument()).object();
}

} // namespace

class TestProgramme : public QObject
{
    Q_OBJECT

private slots:
    void builtinAinProgramme()
    {
        const ProgrammeReader::Outcome outcome =
            ProgrammeReader::read(ProgrammeReader::builtinDocument());
        QVERIFY2(outcome.programme, qPrintable(ProgrammeReader::describe(outcome.issues)));
        const Programme& p = *outcome.programme;
        QCOMPARE(p.envelope, Cents(29700000));
        QCOMPARE(p.departementCode, QStringLiteral("01"));
        QCOMPARE(p.subaxes.size(), 3);
        QCOMPARE(p.maxRatePercent, 100);
        QCOMPARE(p.committeeDossierThreshold, 10);
        QCOMPARE(p.endBy, QDate(2022, 12, 31));
        for (const Criterion& c : p.criteria)
            QCOMPARE(c.levels.size(), c.scaleMax - c.scaleMin + 1);
        QVERIFY(!p.criteriaFor(QStringLiteral("3b")).isEmpty());
        // The forfaits of the seeds: 5 000 € under 5 000 inhabitants, 10 000 € above, 20 000 € for
        // EPCI.
        QList<Cents> amounts;
        for (const Forfait& f : p.forfaits)
            amounts.append(f.amount);
        QCOMPARE(amounts, (QList<Cents>{500000, 1000000, 2000000}));
    }

    void badDocuments_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < badCases().size(); ++i)
            QTest::addRow("%s", badCases()[i].name) << int(i);
    }
    void badDocuments()
    {
        QFETCH(int, index);
        const BadCase& c = badCases()[size_t(index)];
        QJsonObject root = builtinObject();
        c.mutate(root);
        const ProgrammeReader::Outcome outcome =
            ProgrammeReader::read(QJsonDocument(root).toJson());
        QVERIFY(!outcome.programme); // never half-loaded
        QStringList paths;
        for (const ProgrammeIssue& issue : outcome.issues)
            paths.append(issue.path);
        QVERIFY2(paths.contains(QString::fromLatin1(c.path)),
                 qPrintable(QStringLiteral("expected %1 in: %2")
                                .arg(QString::fromLatin1(c.path),
                                     ProgrammeReader::describe(outcome.issues))));
    }

    // Version 3 adds the committee's quorum, optional: without it, « sans objet ».
    void quorumOfVersion3()
    {
        QJsonObject root = builtinObject();
        QVERIFY(!ProgrammeReader::read(QJsonDocument(root).toJson()).programme->committeeQuorum);
        setTop(QStringLiteral("schema_version"), 3)(root);
        QVERIFY(!ProgrammeReader::read(QJsonDocument(root).toJson()).programme->committeeQuorum);
        setIn(QStringLiteral("committee"), -1, QStringLiteral("quorum"), 4)(root);
        const ProgrammeReader::Outcome outcome =
            ProgrammeReader::read(QJsonDocument(root).toJson());
        QVERIFY2(outcome.programme, qPrintable(ProgrammeReader::describe(outcome.issues)));
        QCOMPARE(outcome.programme->committeeQuorum, std::optional<int>(4));
        setIn(QStringLiteral("committee"), -1, QStringLiteral("quorum"), 0)(root);
        QVERIFY(!ProgrammeReader::read(QJsonDocument(root).toJson()).programme);
    }

    void everyErrorIsReported()
    {
        QJsonObject root = builtinObject();
        setTop(QStringLiteral("name"), QJsonValue::Undefined)(root);
        setIn(QStringLiteral("criteria"), 2, QStringLiteral("weight"), 0)(root);
        setIn(QStringLiteral("forfaits"), 0, QStringLiteral("subaxis"), QStringLiteral("4a"))(root);
        const ProgrammeReader::Outcome outcome =
            ProgrammeReader::read(QJsonDocument(root).toJson());
        QCOMPARE(outcome.issues.size(), 3);
    }

    void malformedJson()
    {
        const ProgrammeReader::Outcome outcome = ProgrammeReader::read("{\"format\": ");
        QVERIFY(!outcome.programme);
        QCOMPARE(outcome.issues.size(), 1);
        QCOMPARE(outcome.issues.constFirst().path, QStringLiteral("$"));
    }

    void weightsNeedNotSumTo100()
    {
        QJsonObject root = builtinObject();
        setIn(QStringLiteral("criteria"), 0, QStringLiteral("weight"), 7)(root);
        QVERIFY(ProgrammeReader::read(QJsonDocument(root).toJson()).programme);
    }
};

QTEST_GUILESS_MAIN(TestProgramme)
#include "TestProgramme.moc"
