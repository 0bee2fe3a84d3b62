#include "ExportDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace guichet::export_dialog {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportDialog)
};
} // namespace

Result<QString> exportSheet(QWidget* parent, const QString& title, const QString& baseName,
                            const std::function<Sheet()>& build)
{
    const QStringList filters = {Text::tr("Classeur Excel (*.xlsx)"),
                                 Text::tr("CSV (Excel) (*.csv)"),
                                 Text::tr("CSV (UTF-8, virgule) (*.csv)")};
    const sheet::Format formats[] = {sheet::Format::Xlsx, sheet::Format::CsvExcel,
                                     sheet::Format::CsvPlain};
    QString selected = filters.constFirst();
    QString path = QFileDialog::getSaveFileName(parent, title, baseName + QStringLiteral(".xlsx"),
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return QString();
    const sheet::Format format = formats[std::max<qsizetype>(0, filters.indexOf(selected))];
    const QString suffix =
        format == sheet::Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    // A CSV filter with the name proposed for a workbook: the extension follows the format.
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path = QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() +
               QLatin1Char('.') + suffix;
    if (Status status = sheet::write(build(), path, format); !status)
        return status.error();
    return path;
}

QString writtenTo(const QString& path)
{
    return Text::tr("Exporté dans %1")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

} // namespace guichet::export_dialog
