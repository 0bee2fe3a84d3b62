#pragma once

#include "dossier/Dossier.h"
#include "instruction/Scores.h"

#include <QFrame>
#include <QList>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;

namespace guichet {

struct Criterion;
class Campaign;
class Editing;

// One criterion of the grid being scored: its label and weight, a button per level, the
// chosen level's descriptor and a comment. Digits set the level, Up/Down move to the previous
// or next criterion, Delete clears the level.
class CriterionEditor : public QFrame
{
    Q_OBJECT

public:
    CriterionEditor(const Criterion& criterion, QWidget* parent = nullptr);

    QString code() const { return m_code; }
    void setScore(const std::optional<int>& level, const QString& comment);
    std::optional<int> level() const { return m_level; }
    QString comment() const;
    QLineEdit* commentEdit() const { return m_comment; }

signals:
    void levelChosen(std::optional<int> level);
    void commentEdited(const QString& comment);
    void moveRequested(int step); // -1 previous criterion, +1 next
    void focused();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void updateLook();

    QString m_code;
    int m_min;
    int m_max;
    QStringList m_levels;
    std::optional<int> m_level;
    QButtonGroup* m_buttons;
    QLabel* m_descriptor;
    QLineEdit* m_comment;
};

// The current instructor's scoring of the selected dossier on the criteria of its sub-axis,
// with the level descriptors in view, an overall opinion and the score history. Every change
// is saved at once; level and comment changes go through the undo stack.
class ScoringPanel : public QWidget
{
    Q_OBJECT

public:
    ScoringPanel(Editing* editing, QWidget* parent = nullptr);

    // The campaign whose dossiers are scored; the panel follows its changes.
    void setCampaign(Campaign* campaign);
    void setWritable(bool writable);
    void showDossier(const std::optional<Dossier>& dossier);
    // Saves comments and the opinion's reason still being typed (before leaving a dossier,
    // changing instructor, closing).
    void commitPendingEdits();
    // Puts the focus on the first criterion without a level (the first one when all have).
    void focusFirstCriterion();
    QList<CriterionEditor*> editors() const { return m_editors; }

signals:
    void errorOccurred(const QString& message);

private:
    void rebuild();
    void reload();
    void change(qint64 dossier, const QString& criterion, const std::optional<int>& level,
                const QString& comment);
    void saveOpinion();
    void showLevels(const QString& criterion);
    void updateSummary();

    Campaign* m_campaign = nullptr;
    Editing* m_editing;
    bool m_writable = true;
    std::optional<Dossier> m_dossier;
    QLabel* m_title;
    QLabel* m_banner;
    QLabel* m_summary;
    QWidget* m_criteriaBox;
    QScrollArea* m_scroll;
    QList<CriterionEditor*> m_editors;
    QLabel* m_levels;
    QString m_levelsShown; // the criterion whose scale m_levels shows
    QComboBox* m_stance;
    QLineEdit* m_opinionText;
    QPlainTextEdit* m_history;
};

} // namespace guichet
