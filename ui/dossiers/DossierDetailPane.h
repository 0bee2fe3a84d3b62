#pragma once

#include "dossier/Dossier.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace guichet {

class Campaign;
class Editing;
struct DossierAmounts;
struct EligibilityAssessment;

// Everything about the selected dossier, readable, with the instructor's note and the history
// of local changes to it.
class DossierDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DossierDetailPane(Editing* editing, QWidget* parent = nullptr);

    // The campaign whose dossiers are shown; the pane follows its changes.
    void setCampaign(Campaign* campaign);
    // Whether the note may be edited (false while the file is verified, or read-only).
    void setWritable(bool writable);
    void showDossier(const std::optional<Dossier>& dossier);
    std::optional<qint64> currentNumber() const;
    // Saves the note being typed, if any (before an undo, a dossier change, closing).
    void commitPendingEdits();

public slots:
    void saveNote();

signals:
    void noteSaved(qint64 number);
    void errorOccurred(const QString& message);

private:
    void reload(); // the dossier shown, as the campaign has it now
    void refreshHistory();
    static QString describe(const Dossier& d, const QString& subaxisTitle,
                            const QString& eligibility);
    static QString describeRaw(const QJsonObject& fields);
    static QString describeEligibility(const EligibilityAssessment& assessment);
    static QString describeAmounts(const DossierAmounts& amounts);

    bool isEditable() const;

    Editing* m_editing;
    Campaign* m_campaign = nullptr;
    bool m_writable = true;
    std::optional<Dossier> m_dossier;
    QTextBrowser* m_details;
    QPlainTextEdit* m_note;
    QPushButton* m_saveNote;
    QLabel* m_history;
};

} // namespace guichet
