#pragma once

#include "dossier/Dossier.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace guichet {

class Workspace;

// Everything about the selected dossier, readable, with the instructor's note and the history
// of local changes to it.
class DossierDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DossierDetailPane(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void showDossier(const std::optional<Dossier>& dossier);
    std::optional<qint64> currentNumber() const;

public slots:
    void saveNote();

signals:
    void noteSaved(qint64 number);
    void errorOccurred(const QString& message);

private:
    void refreshHistory();
    static QString describe(const Dossier& d, const QString& subaxisTitle);

    Workspace* m_workspace = nullptr;
    std::optional<Dossier> m_dossier;
    QTextBrowser* m_details;
    QPlainTextEdit* m_note;
    QPushButton* m_saveNote;
    QLabel* m_history;
};

} // namespace guichet
