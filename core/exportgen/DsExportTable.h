#pragma once

#include "dossier/Dossier.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace guichet {

class Programme;

// One cell of a DS export, with the type DS gives it: the CSV and XLSX writers serialise each
// type the way démarches-simplifiées does (ds-format.md §1.5).
struct DsCell
{
    enum class Type
    {
        Empty,
        Text,
        Number,
        Timestamp,
        Date,
        Boolean
    };
    Type type = Type::Empty;
    QVariant value;

    static DsCell text(const QString& s) { return {Type::Text, s}; }
    static DsCell number(double n) { return {Type::Number, n}; }
    static DsCell integer(qint64 n) { return {Type::Number, n}; }
    static DsCell timestamp(const QDateTime& t)
    {
        return t.isValid() ? DsCell{Type::Timestamp, t} : DsCell{};
    }
    static DsCell date(const QDate& d) { return d.isValid() ? DsCell{Type::Date, d} : DsCell{}; }
    static DsCell boolean(bool b) { return {Type::Boolean, b}; }
};

// A synthetic export of the Ain window's DS form (ds-format.md §4) for demos, tests and
// benchmarks: the same headers, sheets and value forms as a real export.
class DsExportTable
{
public:
    enum class Era
    {
        Y2021,
        Y2025
    }; // 2021: "Archivé"; 2025: "À archiver" and the 2024 columns
    enum class Layout
    {
        Csv,
        Spreadsheet
    };

    DsExportTable(const Programme& programme, Era era, Layout layout);

    QStringList dossierHeaders() const;
    QList<DsCell> dossierRow(const Dossier& d) const;

    static QStringList etablissementHeaders();
    QList<DsCell> etablissementRow(const Dossier& d) const;
    static QStringList avisHeaders();

private:
    QList<DsCell> etablissementCells(const Dossier& d) const;

    const Programme& m_programme;
    Era m_era;
    Layout m_layout;
};

} // namespace guichet
