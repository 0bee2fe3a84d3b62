#include "ScoringPanel.h"

#include "campaign/Campaign.h"
#include "commands/OpinionCommand.h"
#include "commands/ScoreCommand.h"
#include "common/Clock.h"
#include "instruction/ScoringGrid.h"
#include "instruction/ScoringHistory.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace guichet {

CriterionEditor::CriterionEditor(const Criterion& criterion, QWidget* parent)
    : QFrame(parent)
    , m_code(criterion.code)
    , m_min(criterion.scaleMin)
    , m_max(criterion.scaleMax)
    , m_levels(criterion.levels)
    , m_buttons(new QButtonGroup(this))
    , m_descriptor(new QLabel(this))
    , m_comment(new QLineEdit(this))
{
    setObjectName(QStringLiteral("criterion_") + criterion.code);
    // Never squeezed below its natural height: the list scrolls instead.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(criterion.label);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    auto* head = new QHBoxLayout;
    auto* title = new QLabel(tr("<b>%1</b> <span style='color:#555'>(poids %2)</span>")
                                 .arg(criterion.label.toHtmlEscaped())
                                 .arg(criterion.weight),
                             this);
    title->setToolTip(criterion.description);
    title->setWordWrap(true);
    head->addWidget(title, 1);
    m_buttons->setExclusive(false);
    for (int level = m_min; level <= m_max; ++level) {
        auto* button = new QToolButton(this);
        button->setText(QString::number(level));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus); // the keyboard goes through the digits
        button->setToolTip(m_levels.value(level - m_min));
        button->setMinimumWidth(28);
        m_buttons->addButton(button, level);
        head->addWidget(button);
    }
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int level) {
        setFocus(Qt::MouseFocusReason);
        emit levelChosen(m_level == level ? std::nullopt : std::optional<int>(level));
    });
    layout->addLayout(head);
    m_descriptor->setWordWrap(true);
    m_descriptor->setStyleSheet(QStringLiteral("color: #333;"));
    layout->addWidget(m_descriptor);
    m_comment->setPlaceholderText(tr("Commentaire sur ce critère"));
    m_comment->setAccessibleName(tr("Commentaire : %1").arg(criterion.label));
    m_comment->setClearButtonEnabled(true);
    connect(m_comment, &QLineEdit::editingFinished, this, [this] {
        if (m_comment->isModified()) {
            m_comment->setModified(false);
            emit commentEdited(m_comment->text());
        }
    });
    layout->addWidget(m_comment);
    updateLook();
}

void CriterionEditor::setScore(const std::optional<int>& level, const QString& comment)
{
    m_level = level;
    for (QAbstractButton* button : m_buttons->buttons())
        button->setChecked(level && m_buttons->id(button) == *level);
    // Never over a comment being typed: it is saved when the field is left.
    if (!(m_comment->hasFocus() && m_comment->isModified())) {
        m_comment->setText(comment);
        m_comment->setModified(false);
    }
    updateLook();
}

QString CriterionEditor::comment() const
{
    return m_comment->text();
}

void CriterionEditor::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && !(event->modifiers() & Qt::ControlModifier)) {
        const int level = key - Qt::Key_0;
        if (level >= m_min && level <= m_max)
            emit levelChosen(level);
        return;
    }
    switch (key) {
    case Qt::Key_Up:
        emit moveRequested(-1);
        return;
    case Qt::Key_Down:
        emit moveRequested(+1);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        emit levelChosen(std::nullopt);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void CriterionEditor::focusInEvent(QFocusEvent* event)
{
    QFrame::focusInEvent(event);
    updateLook();
    emit focused();
}

void CriterionEditor::focusOutEvent(QFocusEvent* event)
{
    QFrame::focusOutEvent(event);
    updateLook();
}

void CriterionEditor::updateLook()
{
    // The focused criterion stands out by its frame, and its descriptor says where it stands.
    setStyleSheet(hasFocus() ? QStringLiteral("CriterionEditor { border: 2px solid #1f5fa8; "
                                              "background: #f3f7fc; }")
                             : QStringLiteral("CriterionEditor { border: 1px solid #c8c8c8; }"));
    m_descriptor->setText(
        m_level ? tr("Niveau %1 : %2").arg(*m_level).arg(m_levels.value(*m_level - m_min))
                : tr("Pas encore noté — tapez %1 à %2.").arg(m_min).arg(m_max));
}

ScoringPanel::ScoringPanel(Editing* editing, QWidget* parent)
    : QWidget(parent)
    , m_editing(editing)
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_criteriaBox(new QWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_levels(new QLabel(this))
    , m_stance(new QComboBox(this))
    , m_opinionText(new QLineEdit(this))
    , m_history(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("scoringPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    // Texts that change from dossier to dossier wrap within the panel's width instead of
    // widening it: the list beside it stays where it is.
    for (QLabel* label : {m_title, m_banner, m_summary}) {
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    layout->addWidget(m_title);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: "
                                           "1px solid #e0c060; padding: 4px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_summary->setObjectName(QStringLiteral("scoreSummaryLabel"));
    layout->addWidget(m_summary);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    new QVBoxLayout(m_criteriaBox);
    m_criteriaBox->layout()->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(m_criteriaBox);
    layout->addWidget(m_scroll, 3);

    m_levels->setObjectName(QStringLiteral("levelDescriptorsLabel"));
    m_levels->setWordWrap(true);
    m_levels->setTextFormat(Qt::RichText);
    m_levels->setStyleSheet(
        QStringLiteral("QLabel { background: #f6f6f6; border: 1px solid #ddd; padding: 4px; }"));
    layout->addWidget(m_levels);

    auto* opinion = new QFormLayout;
    m_stance->setObjectName(QStringLiteral("stanceComboBox"));
    for (Opinion::Stance s : {Opinion::Stance::None, Opinion::Stance::Favourable,
                              Opinion::Stance::Reserved, Opinion::Stance::Unfavourable})
        m_stance->addItem(Opinion::label(s), Opinion::apiName(s));
    m_opinionText->setPlaceholderText(tr("Motif de l'avis"));
    connect(m_stance, &QComboBox::activated, this, &ScoringPanel::saveOpinion);
    connect(m_opinionText, &QLineEdit::editingFinished, this, [this] {
        if (m_opinionText->isModified())
            saveOpinion();
    });
    opinion->addRow(tr("&Avis global :"), m_stance);
    opinion->addRow(tr("&Motif :"), m_opinionText);
    layout->addLayout(opinion);

    auto* historyLabel = new QLabel(tr("Historique des notes de ce dossier :"), this);
    layout->addWidget(historyLabel);
    m_history->setObjectName(QStringLiteral("scoreHistory"));
    m_history->setReadOnly(true);
    m_history->setMaximumHeight(110);
    layout->addWidget(m_history, 1);
    rebuild();
}

void ScoringPanel::setCampaign(Campaign* campaign)
{
    commitPendingEdits();
    if (m_campaign)
        disconnect(m_campaign, nullptr, this, nullptr);
    m_dossier.reset();
    m_campaign = campaign;
    if (m_campaign) {
        // What others change on the dossier shown (an undo, a merge, a declaration) shows here.
        connect(m_campaign, &Campaign::changed, this, [this](const Change& change) {
            if (m_dossier && change.changesInstruction() && change.concerns(m_dossier->number))
                reload();
        });
    }
    rebuild();
}

void ScoringPanel::setWritable(bool writable)
{
    m_writable = writable;
    reload(); // enables or disables the editors; rebuilding would drop what is being typed
}

void ScoringPanel::commitPendingEdits()
{
    if (!m_campaign || !m_dossier)
        return;
    // Everything pending is read first: a write refreshes the list, which may move the
    // selection and show another dossier in this panel before the next write.
    if (m_opinionText->isModified())
        saveOpinion();
    struct Pending
    {
        QString criterion;
        std::optional<int> level;
        QString comment;
    };
    QList<Pending> pending;
    for (CriterionEditor* editor : std::as_const(m_editors)) {
        if (editor->commentEdit()->isModified()) {
            editor->commentEdit()->setModified(false);
            pending.append({editor->code(), editor->level(), editor->comment()});
        }
    }
    const qint64 dossier = m_dossier->number;
    for (const Pending& p : std::as_const(pending))
        change(dossier, p.criterion, p.level, p.comment);
}

void ScoringPanel::showDossier(const std::optional<Dossier>& dossier)
{
    commitPendingEdits(); // on the dossier being left
    const bool same = dossier && m_dossier && dossier->number == m_dossier->number &&
                      dossier->subaxis == m_dossier->subaxis;
    if (!dossier || !m_dossier || dossier->number != m_dossier->number)
        m_scroll->verticalScrollBar()->setValue(0); // a new dossier is read from its top
    m_dossier = dossier;
    if (same)
        reload();
    else
        rebuild();
}

void ScoringPanel::rebuild()
{
    // Later: a rebuild may come from one of these editors' own signals.
    for (CriterionEditor* editor : std::as_const(m_editors)) {
        editor->hide();
        editor->deleteLater();
    }
    m_editors.clear();
    m_levelsShown.clear();
    if (!m_campaign || !m_dossier) {
        m_title->setText(tr("Sélectionnez un dossier pour le noter."));
        m_summary->clear();
        m_levels->clear();
        m_banner->hide();
        m_history->clear();
        setEnabled(false);
        return;
    }
    setEnabled(true);
    const Programme& programme = m_campaign->programme();
    auto* layout = static_cast<QVBoxLayout*>(m_criteriaBox->layout());
    QWidget* previous = nullptr;
    for (const Criterion& criterion : programme.criteriaFor(m_dossier->subaxis)) {
        auto* editor = new CriterionEditor(criterion, m_criteriaBox);
        const QString code = criterion.code;
        connect(editor, &CriterionEditor::levelChosen, this,
                [this, editor, code](std::optional<int> level) {
                    change(m_dossier->number, code, level, editor->comment());
                });
        connect(editor, &CriterionEditor::commentEdited, this,
                [this, editor, code](const QString& comment) {
                    change(m_dossier->number, code, editor->level(), comment);
                });
        connect(editor, &CriterionEditor::moveRequested, this, [this, editor](int step) {
            const qsizetype next = m_editors.indexOf(editor) + step;
            if (next >= 0 && next < m_editors.size())
                m_editors.at(next)->setFocus(Qt::TabFocusReason);
        });
        // The criterion a digit would score is always in view.
        connect(editor, &CriterionEditor::focused, this, [this, editor, code] {
            m_scroll->ensureWidgetVisible(editor, 0, 4);
            showLevels(code);
        });
        layout->addWidget(editor);
        // Shown now, not at the next event loop as a layout would: F8 gives it the focus at once
        // (a hidden widget takes no focus, which would stay on the opinion below).
        editor->show();
        // Tab: criterion, its comment, the next criterion…
        if (previous)
            QWidget::setTabOrder(previous, editor);
        QWidget::setTabOrder(editor, editor->commentEdit());
        previous = editor->commentEdit();
        m_editors.append(editor);
    }
    if (previous)
        QWidget::setTabOrder(previous, m_stance);
    QWidget::setTabOrder(m_stance, m_opinionText);
    reload();
}

void ScoringPanel::reload()
{
    if (!m_campaign || !m_dossier)
        return;
    const QString me = m_campaign->actor();
    const InstructionStore& store = m_campaign->instruction();
    const auto conflict = store.conflictFor(me, m_dossier->number);
    const bool editable = m_writable && !m_campaign->isReadOnly() && !conflict;
    m_title->setText(tr("<b>Notation de %1</b> — dossier n° %2, sous-axe %3")
                         .arg(me.toHtmlEscaped())
                         .arg(m_dossier->number)
                         .arg(m_dossier->subaxis));
    m_banner->setVisible(conflict.has_value());
    if (conflict)
        m_banner->setText(tr("Vous avez déclaré un lien avec %1 (%2) : vous ne notez pas ses "
                             "dossiers (déport).")
                              .arg(conflict->applicantName, conflict->link));
    const QList<Score> scores = store.scores(m_dossier->number);
    for (CriterionEditor* editor : std::as_const(m_editors)) {
        std::optional<int> level;
        QString comment;
        for (const Score& s : scores) {
            if (s.instructor == me && s.criterion == editor->code()) {
                level = s.level;
                comment = s.comment;
            }
        }
        editor->setScore(level, comment);
        editor->setEnabled(editable);
    }
    const QSignalBlocker blockStance(m_stance);
    const QSignalBlocker blockText(m_opinionText);
    // A reason being typed stays as typed, whatever changed meanwhile (an undo, a merge).
    const bool typing = m_opinionText->isModified();
    m_stance->setCurrentIndex(0);
    if (!typing)
        m_opinionText->clear();
    for (const Opinion& o : store.opinions(m_dossier->number)) {
        if (o.instructor != me)
            continue;
        m_stance->setCurrentIndex(m_stance->findData(Opinion::apiName(o.stance)));
        if (!typing)
            m_opinionText->setText(o.text);
    }
    m_opinionText->setModified(typing);
    m_stance->setEnabled(editable);
    m_opinionText->setEnabled(editable);

    const QStringList lines =
        scoring_history::lines(m_campaign->programme(), store.history(m_dossier->number));
    m_history->setPlainText(lines.isEmpty() ? tr("Aucune note pour l'instant.")
                                            : lines.join(QLatin1Char('\n')));
    updateSummary();
    // The scale of the criterion last looked at stays in view (the first one on a new dossier).
    QString shown = m_editors.isEmpty() ? QString() : m_editors.constFirst()->code();
    for (const CriterionEditor* editor : std::as_const(m_editors)) {
        if (editor->code() == m_levelsShown)
            shown = m_levelsShown;
    }
    if (!shown.isEmpty())
        showLevels(shown);
}

void ScoringPanel::updateSummary()
{
    QHash<QString, double> levels;
    int scored = 0;
    for (const CriterionEditor* editor : std::as_const(m_editors)) {
        if (editor->level()) {
            levels.insert(editor->code(), *editor->level());
            ++scored;
        }
    }
    const auto score =
        ScoringGrid(m_campaign->programme()).weightedScore(m_dossier->subaxis, levels);
    m_summary->setText(score ? tr("Votre note : <b>%1 / 100</b> (tous les critères notés)")
                                   .arg(scoring::format(*score))
                             : tr("%n critère(s) noté(s) sur %1 — la note pondérée apparaît "
                                  "quand tous le sont.",
                                  nullptr, scored)
                                   .arg(m_editors.size()));
}

void ScoringPanel::showLevels(const QString& code)
{
    const Criterion* criterion = ScoringGrid(m_campaign->programme()).criterion(code);
    if (!criterion)
        return;
    m_levelsShown = code;
    std::optional<int> chosen;
    for (const CriterionEditor* editor : std::as_const(m_editors)) {
        if (editor->code() == code)
            chosen = editor->level();
    }
    QString html = QStringLiteral("<b>%1</b><br>").arg(criterion->label.toHtmlEscaped());
    for (int level = criterion->scaleMin; level <= criterion->scaleMax; ++level) {
        const QString line = QStringLiteral("%1 — %2").arg(level).arg(
            criterion->levels.value(level - criterion->scaleMin).toHtmlEscaped());
        html += (chosen == level ? QStringLiteral("<b>▶ %1</b>") : QStringLiteral("%1")).arg(line) +
                QStringLiteral("<br>");
    }
    m_levels->setText(html);
}

void ScoringPanel::focusFirstCriterion()
{
    if (m_editors.isEmpty())
        return;
    CriterionEditor* first = m_editors.constFirst();
    for (CriterionEditor* editor : std::as_const(m_editors)) {
        if (!editor->level() && editor->isEnabled()) {
            first = editor;
            break;
        }
    }
    // Already focused (the same criterion on the next dossier), it gets no focus event: it is
    // brought into view here too.
    first->setFocus(Qt::ShortcutFocusReason);
    m_scroll->ensureWidgetVisible(first, 0, 4);
}

void ScoringPanel::change(qint64 dossier, const QString& criterion, const std::optional<int>& level,
                          const QString& comment)
{
    if (!m_campaign)
        return;
    // The stored score, not the editor: its comment field may already hold the new text.
    Score before{dossier, m_campaign->actor(), criterion, std::nullopt, QString(), {}};
    for (const Score& s : m_campaign->instruction().scores(dossier)) {
        if (s.instructor == before.instructor && s.criterion == criterion)
            before = s;
    }
    Score after = before;
    after.level = level;
    after.comment = comment;
    after.updatedAt = clock::now();
    if (after.sameContent(before))
        return;
    if (Status status = m_campaign->setScore(after); !status) {
        emit errorOccurred(status.error().message);
        return;
    }
    const Criterion* c = ScoringGrid(m_campaign->programme()).criterion(criterion);
    m_editing->push(new ScoreCommand(*m_editing, before, after, c ? c->label : criterion));
}

void ScoringPanel::saveOpinion()
{
    if (!m_campaign || !m_dossier)
        return;
    m_opinionText->setModified(false);
    const QString me = m_campaign->actor();
    Opinion before{m_dossier->number, me, Opinion::Stance::None, QString(), {}};
    for (const Opinion& o : m_campaign->instruction().opinions(m_dossier->number)) {
        if (o.instructor == me)
            before = o;
    }
    const Opinion after{
        m_dossier->number, me,
        Opinion::fromApiName(m_stance->currentData().toString()).value_or(Opinion::Stance::None),
        m_opinionText->text(), clock::now()};
    if (after.stance == before.stance && after.text == before.text)
        return;
    if (Status status = m_campaign->setOpinion(after); !status) {
        emit errorOccurred(status.error().message);
        return;
    }
    m_editing->push(new OpinionCommand(*m_editing, before, after));
}

} // namespace guichet
