#pragma once

#include <QObject>

class QAction;
class QUndoCommand;
class QUndoStack;

namespace guichet {

class Campaign;

// Where the window's edits go: the campaign that writes them and the one undo stack that
// takes back each user action. Undo commands report through it (a refused undo names why, an
// undo on another dossier asks for that dossier to be shown).
class Editing : public QObject
{
    Q_OBJECT

public:
    // Where a revealed dossier is shown: the tab that holds what an undo changed.
    enum class Place
    {
        Detail,
        Scoring
    };

    explicit Editing(QObject* parent = nullptr);

    QUndoStack* undoStack() const { return m_stack; }
    Campaign* campaign() const { return m_campaign; }
    // A new workspace: what could be undone belonged to the previous one.
    void setCampaign(Campaign* campaign);
    // Records an edit the campaign has already written. An edit saved while an undo or redo
    // runs (a note saved as the undone dossier is shown) is recorded right after it.
    void push(QUndoCommand* command);

    // The Undo and Redo actions of a window. They go through undo()/redo(), never straight to
    // the stack: edits still being typed are saved first.
    QAction* createUndoAction(QObject* parent);
    QAction* createRedoAction(QObject* parent);
    void undo();
    void redo();
    // Set by the undo commands while they write.
    void setStepping(bool stepping) { m_stepping = stepping; }

    void reveal(qint64 dossier, Place place) { emit revealRequested(dossier, place); }
    void report(const QString& message) { emit errorOccurred(message); }

signals:
    void revealRequested(qint64 dossier, guichet::Editing::Place place);
    // Before an undo or redo: views save what is being typed, so that the step does not
    // happen under an unsaved edit (which would then be pushed in the middle of the step).
    void aboutToStep();
    void errorOccurred(const QString& message);

private:
    QUndoStack* m_stack;
    Campaign* m_campaign = nullptr;
    bool m_stepping = false;
};

} // namespace guichet
