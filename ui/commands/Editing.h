#pragma once

#include <QObject>

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
    // Records an edit the campaign has already written.
    void push(QUndoCommand* command);

    void reveal(qint64 dossier, Place place) { emit revealRequested(dossier, place); }
    void report(const QString& message) { emit errorOccurred(message); }

signals:
    void revealRequested(qint64 dossier, guichet::Editing::Place place);
    void errorOccurred(const QString& message);

private:
    QUndoStack* m_stack;
    Campaign* m_campaign = nullptr;
};

} // namespace guichet
