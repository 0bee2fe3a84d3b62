#include "LedgerExport.h"

#include "LedgerStore.h"
#include "common/AtomicFile.h"
#include "common/Clock.h"
#include "common/Csv.h"
#include "exportgen/XlsxWriter.h"

#include <QCoreApplication>

namespace guichet::ledger_export {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
};

// The row of a movement, aligned with columns(); `numeric` tells which cells are numbers.
QStringList cells(const Movement& m)
{
    return {QString::number(m.id),
            m.date.toString(Qt::ISODate),
            clock::toText(m.recordedAt),
            Movement::apiName(m.kind),
            m.dossier ? QString::number(m.dossier) : QString(),
            QString::number(m.amount),
            m.rate ? money::formatPlain(*m.rate) : QString(), // hundredths: "74.00"
            QString::number(m.committedDelta()),
            QString::number(m.paidDelta()),
            QString::number(m.envelopeDelta()),
            m.reference,
            m.author,
            m.reason,
            m.justification,
            m.adoption ? QString::number(m.adoption) : QString()};
}

constexpr bool kNumeric[] = {true, false, false, false, true,  true,  true, true,
                             true, true,  false, false, false, false, true};

Status writeCsv(const LedgerStore& ledger, const QString& path)
{
    QByteArray bytes;
    csv::appendRow(bytes, columns());
    if (Status status = ledger.forEach([&](const Movement& m) { csv::appendRow(bytes, cells(m)); });
        !status)
        return status;
    return writeFileAtomically(path, bytes);
}

Status writeXlsx(const LedgerStore& ledger, const QString& path)
{
    XlsxWriter writer(path);
    if (Status status = writer.open(); !status)
        return status;
    writer.beginSheet(Text::tr("Registre"));
    writer.beginRow();
    for (const QString& column : columns())
        writer.addHeader(column);
    writer.endRow();
    const Status read = ledger.forEach([&](const Movement& m) {
        writer.beginRow();
        const QStringList row = cells(m);
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (row.at(c).isEmpty())
                writer.addEmpty();
            else if (kNumeric[c])
                writer.addNumber(row.at(c).toDouble());
            else
                writer.addText(row.at(c));
        }
        writer.endRow();
    });
    if (!read)
        return read;
    return writer.close();
}
} // namespace

const QStringList& columns()
{
    static const QStringList list = {
        QStringLiteral("id"),
        QStringLiteral("date"),
        QStringLiteral("recorded_at"),
        QStringLiteral("kind"),
        QStringLiteral("dossier_number"),
        QStringLiteral("amount_cents"),
        QStringLiteral("rate_percent"),
        QStringLiteral("committed_delta_cents"),
        QStringLiteral("paid_delta_cents"),
        QStringLiteral("envelope_delta_cents"),
        QStringLiteral("reference"),
        QStringLiteral("author"),
        QStringLiteral("reason"),
        QStringLiteral("justification"),
        QStringLiteral("adoption_id"),
    };
    return list;
}

Status write(const LedgerStore& ledger, const QString& path, Format format)
{
    return format == Format::Csv ? writeCsv(ledger, path) : writeXlsx(ledger, path);
}

} // namespace guichet::ledger_export
