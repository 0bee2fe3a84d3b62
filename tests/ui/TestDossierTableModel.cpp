#include "dossier/DossierFilter.h"
#include "dossiers/DossierFilterProxy.h"
#include "dossiers/DossierTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;

namespace {
Dossier dossier(qint64 number, const QString& applicant, const QString& subaxis, Cents cost)
{
    Dossier d;
    d.number = number;
    d.applicantName = applicant;
    d.applicantKind = QStringLiteral("commune");
    d.subaxis = subaxis;
    d.title = QStringLiteral("Projet ") + applicant;
    d.totalCost = cost;
    d.requested = cost / 2;
    d.population = int(number);
    d.depositedAt = QDateTime(QDate(2021, 3, 1).addDays(int(number)), QTime(10, 0));
    return d;
}

void append(DossierTableModel& model, const QList<Dossier>& dossiers)
{
    QList<QByteArray> texts;
    for (const Dossier& d : dossiers)
        texts.append(DossierFilter::searchText(d));
    model.append(dossiers, texts);
}
} // namespace

class TestDossierTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester()
    {
        DossierTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        DossierFilterProxy proxy(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(DossierTableModel::Applicant);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        append(model, {dossier(1, QStringLiteral("Ferney-Voltaire"), QStringLiteral("3a"), 100000),
                       dossier(2, QStringLiteral("Échenevex"), QStringLiteral("3c"), 250000)});
        append(model, {dossier(3, QStringLiteral("Dortan"), QStringLiteral("3c"), 50000)});
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        proxy.setFilterText(QStringLiteral("echen"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void displayIsFrench()
    {
        DossierTableModel model;
        append(model,
               {dossier(4812305, QStringLiteral("Meximieux"), QStringLiteral("3c"), 1640000)});
        QCOMPARE(model.index(0, DossierTableModel::TotalCost).data().toString(),
                 QStringLiteral("16\u202F400,00\u00A0€"));
        QCOMPARE(model.index(0, DossierTableModel::DepositedAt).data().toString(),
                 QDate(2021, 3, 1).addDays(4812305).toString(QStringLiteral("dd/MM/yyyy")));
        QCOMPARE(model.index(0, DossierTableModel::Population).data().toString(),
                 QStringLiteral("4\u202F812\u202F305"));
        QCOMPARE(model.headerData(DossierTableModel::Requested, Qt::Horizontal).toString(),
                 QStringLiteral("Montant sollicité"));
        QCOMPARE(model.rowOfNumber(4812305), 0);
        QCOMPARE(model.rowOfNumber(1), -1);
    }

    void sortsWithFrenchCollation_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QList<qint64>>("expectedOrder");
        // Accented É sorts with E (between D and F), not after Z as in code-point order.
        QTest::addRow("collectivité")
            << int(DossierTableModel::Applicant) << QList<qint64>{3, 2, 1, 4};
        QTest::addRow("coût total")
            << int(DossierTableModel::TotalCost) << QList<qint64>{3, 1, 4, 2};
        QTest::addRow("numéro") << int(DossierTableModel::Number) << QList<qint64>{1, 2, 3, 4};
    }
    void sortsWithFrenchCollation()
    {
        QFETCH(int, column);
        QFETCH(QList<qint64>, expectedOrder);
        DossierTableModel model;
        DossierFilterProxy proxy(&model);
        append(model, {dossier(1, QStringLiteral("Ferney-Voltaire"), QStringLiteral("3a"), 100000),
                       dossier(2, QStringLiteral("Échenevex"), QStringLiteral("3c"), 250000),
                       dossier(3, QStringLiteral("Dortan"), QStringLiteral("3c"), 50000),
                       dossier(4, QStringLiteral("Zèbre"), QStringLiteral("3b"), 120000)});
        proxy.sort(column, Qt::AscendingOrder);
        QList<qint64> order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order.append(model.dossier(proxy.mapToSource(proxy.index(r, 0)).row()).number);
        QCOMPARE(order, expectedOrder);
    }

    void filtersBySubaxisAndState()
    {
        DossierTableModel model;
        DossierFilterProxy proxy(&model);
        Dossier accepted = dossier(5, QStringLiteral("Oyonnax"), QStringLiteral("3c"), 1);
        accepted.state = DossierState::Accepte;
        append(model, {dossier(1, QStringLiteral("Ferney-Voltaire"), QStringLiteral("3a"), 1),
                       dossier(2, QStringLiteral("Échenevex"), QStringLiteral("3c"), 1), accepted});
        proxy.setSubaxis(QStringLiteral("3c"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setState(DossierState::Accepte);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSubaxis(QString());
        proxy.setState(std::nullopt);
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_MAIN(TestDossierTableModel)
#include "TestDossierTableModel.moc"
