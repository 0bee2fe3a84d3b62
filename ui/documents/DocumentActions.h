#pragma once

#include "PdfRenderer.h"
#include "common/Result.h"
#include "dossier/Dossier.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;

namespace guichet {

class Campaign;
class Editing;
class RegisterDialog;

// The « Documents » menu: the letterhead and the templates, each in its dialog; the documents
// of the dossier shown, previewed then issued; and the documents of every decision issued in
// one run, with a progress bar and Cancel (a document cancelled takes no number; a run again
// goes on from where it stopped). The register of issued documents, in a window beside the
// main one. Also the working papers printed to PDF: the instruction sheet of the dossier shown,
// the selection grid.
class DocumentActions : public QObject
{
    Q_OBJECT

public:
    DocumentActions(QMainWindow* window, Editing* editing,
                    std::function<std::optional<Dossier>()> currentDossier);
    void addTo(QMenu* menu);
    void setCampaign(Campaign* campaign);
    void setWritable(bool writable);

    void editLetterhead();
    void editTemplates();
    void previewDossier();
    // Shows the register (one window, raised when already open) and returns it.
    RegisterDialog* showRegister();
    // Issues the documents of every decision into `folder`, asked when empty.
    void issueAll(QString folder = {});
    // Print to a PDF at `path`, asked when empty.
    void printSheet(QString path = {});
    void printGrid(QString path = {});

signals:
    void message(const QString& text, int milliseconds);

private:
    void updateActions();
    // Writes `sheet` to `path` (asked, proposing `suggested`, when empty) and says where.
    void print(const Result<PageSource>& sheet, const QString& suggested, QString path);

    QMainWindow* m_window;
    Editing* m_editing;
    std::function<std::optional<Dossier>()> m_currentDossier;
    QAction* m_letterhead;
    QAction* m_templates;
    QAction* m_preview;
    QAction* m_issueAll;
    QAction* m_printSheet;
    QAction* m_printGrid;
    QAction* m_register;
    QPointer<RegisterDialog> m_registerDialog;
    bool m_writable = false;
    QPointer<Campaign> m_campaign;
};

} // namespace guichet
