#pragma once

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

// The « Documents » menu: the letterhead and the templates, each in its dialog; the documents
// of the dossier shown, previewed then issued; and the documents of every decision issued in
// one run, with a progress bar and Cancel (a document cancelled takes no number; a run again
// goes on from where it stopped).
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
    // Issues the documents of every decision into `folder`, asked when empty.
    void issueAll(QString folder = {});

signals:
    void message(const QString& text, int milliseconds);

private:
    void updateActions();

    QMainWindow* m_window;
    Editing* m_editing;
    std::function<std::optional<Dossier>()> m_currentDossier;
    QAction* m_letterhead;
    QAction* m_templates;
    QAction* m_preview;
    QAction* m_issueAll;
    bool m_writable = false;
    QPointer<Campaign> m_campaign;
};

} // namespace guichet
